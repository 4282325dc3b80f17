// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { SubscriberKind as _chainbridge_payment_v1_SubscriberKind, SubscriberKind__Output as _chainbridge_payment_v1_SubscriberKind__Output } from '../../../chainbridge/payment/v1/SubscriberKind';

/**
 * Request of ListSubscriptions.
 */
export interface ListSubscriptionsRequest {
  /**
   * Maximum number of subscriptions to return (default 50, coerced to at most 1000).
   */
  'page_size'?: (number);
  /**
   * next_page_token of a previous call with the same filters.
   */
  'page_token'?: (string);
  /**
   * Only subscriptions of this kind; UNSPECIFIED for all.
   */
  'subscriber_kind'?: (_chainbridge_payment_v1_SubscriberKind);
  /**
   * Only subscriptions of this subscriber; empty for all.
   */
  'subscriber_id'?: (string);
}

/**
 * Request of ListSubscriptions.
 */
export interface ListSubscriptionsRequest__Output {
  /**
   * Maximum number of subscriptions to return (default 50, coerced to at most 1000).
   */
  'page_size': (number);
  /**
   * next_page_token of a previous call with the same filters.
   */
  'page_token': (string);
  /**
   * Only subscriptions of this kind; UNSPECIFIED for all.
   */
  'subscriber_kind': (_chainbridge_payment_v1_SubscriberKind__Output);
  /**
   * Only subscriptions of this subscriber; empty for all.
   */
  'subscriber_id': (string);
}
