// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { NotificationDelivery as _chainbridge_payment_v1_NotificationDelivery, NotificationDelivery__Output as _chainbridge_payment_v1_NotificationDelivery__Output } from '../../../chainbridge/payment/v1/NotificationDelivery';

/**
 * Response of ListNotificationDeliveries.
 */
export interface ListNotificationDeliveriesResponse {
  /**
   * One page of deliveries, newest first.
   */
  'deliveries'?: (_chainbridge_payment_v1_NotificationDelivery)[];
  /**
   * Token for the next page; empty on the last page.
   */
  'next_page_token'?: (string);
  /**
   * Number of deliveries matching the filters, over all pages.
   */
  'total_size'?: (number);
}

/**
 * Response of ListNotificationDeliveries.
 */
export interface ListNotificationDeliveriesResponse__Output {
  /**
   * One page of deliveries, newest first.
   */
  'deliveries': (_chainbridge_payment_v1_NotificationDelivery__Output)[];
  /**
   * Token for the next page; empty on the last page.
   */
  'next_page_token': (string);
  /**
   * Number of deliveries matching the filters, over all pages.
   */
  'total_size': (number);
}
