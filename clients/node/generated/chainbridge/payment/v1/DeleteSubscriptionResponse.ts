// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { Subscription as _chainbridge_payment_v1_Subscription, Subscription__Output as _chainbridge_payment_v1_Subscription__Output } from '../../../chainbridge/payment/v1/Subscription';

/**
 * Response of DeleteSubscription.
 */
export interface DeleteSubscriptionResponse {
  /**
   * The subscription as it was.
   */
  'subscription'?: (_chainbridge_payment_v1_Subscription | null);
  /**
   * How many of its pending deliveries were cancelled.
   */
  'cancelled_deliveries'?: (number);
}

/**
 * Response of DeleteSubscription.
 */
export interface DeleteSubscriptionResponse__Output {
  /**
   * The subscription as it was.
   */
  'subscription': (_chainbridge_payment_v1_Subscription__Output | null);
  /**
   * How many of its pending deliveries were cancelled.
   */
  'cancelled_deliveries': (number);
}
