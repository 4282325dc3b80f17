// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { Subscription as _chainbridge_payment_v1_Subscription, Subscription__Output as _chainbridge_payment_v1_Subscription__Output } from '../../../chainbridge/payment/v1/Subscription';

/**
 * Response of ListSubscriptions.
 */
export interface ListSubscriptionsResponse {
  /**
   * One page of subscriptions, oldest first. Secrets are never included.
   */
  'subscriptions'?: (_chainbridge_payment_v1_Subscription)[];
  /**
   * Token for the next page; empty on the last page.
   */
  'next_page_token'?: (string);
  /**
   * Number of subscriptions matching the filters, over all pages.
   */
  'total_size'?: (number);
}

/**
 * Response of ListSubscriptions.
 */
export interface ListSubscriptionsResponse__Output {
  /**
   * One page of subscriptions, oldest first. Secrets are never included.
   */
  'subscriptions': (_chainbridge_payment_v1_Subscription__Output)[];
  /**
   * Token for the next page; empty on the last page.
   */
  'next_page_token': (string);
  /**
   * Number of subscriptions matching the filters, over all pages.
   */
  'total_size': (number);
}
