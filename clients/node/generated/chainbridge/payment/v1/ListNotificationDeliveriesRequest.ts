// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { NotificationDeliveryState as _chainbridge_payment_v1_NotificationDeliveryState, NotificationDeliveryState__Output as _chainbridge_payment_v1_NotificationDeliveryState__Output } from '../../../chainbridge/payment/v1/NotificationDeliveryState';

/**
 * Request of ListNotificationDeliveries.
 */
export interface ListNotificationDeliveriesRequest {
  /**
   * Maximum number of deliveries to return (default 50, coerced to at most 1000).
   */
  'page_size'?: (number);
  /**
   * next_page_token of a previous call with the same filters.
   */
  'page_token'?: (string);
  /**
   * Only deliveries to this subscription; empty for all.
   */
  'subscription_id'?: (string);
  /**
   * Only deliveries in this state; UNSPECIFIED for all.
   */
  'state'?: (_chainbridge_payment_v1_NotificationDeliveryState);
  /**
   * Only deliveries of this event; empty for all.
   */
  'event_id'?: (string);
}

/**
 * Request of ListNotificationDeliveries.
 */
export interface ListNotificationDeliveriesRequest__Output {
  /**
   * Maximum number of deliveries to return (default 50, coerced to at most 1000).
   */
  'page_size': (number);
  /**
   * next_page_token of a previous call with the same filters.
   */
  'page_token': (string);
  /**
   * Only deliveries to this subscription; empty for all.
   */
  'subscription_id': (string);
  /**
   * Only deliveries in this state; UNSPECIFIED for all.
   */
  'state': (_chainbridge_payment_v1_NotificationDeliveryState__Output);
  /**
   * Only deliveries of this event; empty for all.
   */
  'event_id': (string);
}
