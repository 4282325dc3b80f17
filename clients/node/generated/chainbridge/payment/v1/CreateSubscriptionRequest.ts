// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { Subscription as _chainbridge_payment_v1_Subscription, Subscription__Output as _chainbridge_payment_v1_Subscription__Output } from '../../../chainbridge/payment/v1/Subscription';

/**
 * Request of CreateSubscription.
 */
export interface CreateSubscriptionRequest {
  /**
   * The subscription; output-only fields are ignored.
   */
  'subscription'?: (_chainbridge_payment_v1_Subscription | null);
  /**
   * Idempotency key (see CreatePaymentIntentRequest.request_id).
   */
  'request_id'?: (string);
}

/**
 * Request of CreateSubscription.
 */
export interface CreateSubscriptionRequest__Output {
  /**
   * The subscription; output-only fields are ignored.
   */
  'subscription': (_chainbridge_payment_v1_Subscription__Output | null);
  /**
   * Idempotency key (see CreatePaymentIntentRequest.request_id).
   */
  'request_id': (string);
}
