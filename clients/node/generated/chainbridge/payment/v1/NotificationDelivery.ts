// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { NotificationEventType as _chainbridge_payment_v1_NotificationEventType, NotificationEventType__Output as _chainbridge_payment_v1_NotificationEventType__Output } from '../../../chainbridge/payment/v1/NotificationEventType';
import type { NotificationDeliveryState as _chainbridge_payment_v1_NotificationDeliveryState, NotificationDeliveryState__Output as _chainbridge_payment_v1_NotificationDeliveryState__Output } from '../../../chainbridge/payment/v1/NotificationDeliveryState';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

/**
 * One change sent to one subscription, with its delivery state.
 */
export interface NotificationDelivery {
  /**
   * Id of the delivery ("ntd_...").
   */
  'delivery_id'?: (string);
  /**
   * The subscription it goes to.
   */
  'subscription_id'?: (string);
  /**
   * The event's id ("evt_..."): the same on every attempt and for every subscription of
   * the change; receivers deduplicate on it.
   */
  'event_id'?: (string);
  /**
   * What changed.
   */
  'event_type'?: (_chainbridge_payment_v1_NotificationEventType);
  /**
   * Where the delivery stands.
   */
  'state'?: (_chainbridge_payment_v1_NotificationDeliveryState);
  /**
   * Attempts made so far.
   */
  'attempts'?: (number);
  /**
   * HTTP status (webhooks) or SMTP reply code (e-mail) of the last attempt; 0 when none came back.
   */
  'last_status_code'?: (number);
  /**
   * What went wrong in the last attempt; empty after a success.
   */
  'last_error'?: (string);
  /**
   * When the change was queued (in the change's own transaction).
   */
  'create_time'?: (_google_protobuf_Timestamp | null);
  /**
   * When the first attempt was made.
   */
  'first_attempt_time'?: (_google_protobuf_Timestamp | null);
  /**
   * When the last attempt was made.
   */
  'last_attempt_time'?: (_google_protobuf_Timestamp | null);
  /**
   * When the next attempt is due (PENDING only).
   */
  'next_attempt_time'?: (_google_protobuf_Timestamp | null);
  /**
   * When it was delivered, given up or cancelled.
   */
  'finish_time'?: (_google_protobuf_Timestamp | null);
  /**
   * The webhook URL or e-mail address it goes to.
   */
  'destination'?: (string);
  /**
   * The shipment concerned, for milestone events.
   */
  'shipment_id'?: (string);
}

/**
 * One change sent to one subscription, with its delivery state.
 */
export interface NotificationDelivery__Output {
  /**
   * Id of the delivery ("ntd_...").
   */
  'delivery_id': (string);
  /**
   * The subscription it goes to.
   */
  'subscription_id': (string);
  /**
   * The event's id ("evt_..."): the same on every attempt and for every subscription of
   * the change; receivers deduplicate on it.
   */
  'event_id': (string);
  /**
   * What changed.
   */
  'event_type': (_chainbridge_payment_v1_NotificationEventType__Output);
  /**
   * Where the delivery stands.
   */
  'state': (_chainbridge_payment_v1_NotificationDeliveryState__Output);
  /**
   * Attempts made so far.
   */
  'attempts': (number);
  /**
   * HTTP status (webhooks) or SMTP reply code (e-mail) of the last attempt; 0 when none came back.
   */
  'last_status_code': (number);
  /**
   * What went wrong in the last attempt; empty after a success.
   */
  'last_error': (string);
  /**
   * When the change was queued (in the change's own transaction).
   */
  'create_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * When the first attempt was made.
   */
  'first_attempt_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * When the last attempt was made.
   */
  'last_attempt_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * When the next attempt is due (PENDING only).
   */
  'next_attempt_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * When it was delivered, given up or cancelled.
   */
  'finish_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * The webhook URL or e-mail address it goes to.
   */
  'destination': (string);
  /**
   * The shipment concerned, for milestone events.
   */
  'shipment_id': (string);
}
