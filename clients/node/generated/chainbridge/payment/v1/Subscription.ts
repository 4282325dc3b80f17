// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { SubscriberKind as _chainbridge_payment_v1_SubscriberKind, SubscriberKind__Output as _chainbridge_payment_v1_SubscriberKind__Output } from '../../../chainbridge/payment/v1/SubscriberKind';
import type { NotificationEventType as _chainbridge_payment_v1_NotificationEventType, NotificationEventType__Output as _chainbridge_payment_v1_NotificationEventType__Output } from '../../../chainbridge/payment/v1/NotificationEventType';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

/**
 * A subscription to changes of one payee's or one shipper's money.
 */
export interface Subscription {
  /**
   * Server-assigned id ("sub_..."). Output only.
   */
  'subscription_id'?: (string);
  /**
   * Whose changes: a payee (carrier) or a shipper (required).
   */
  'subscriber_kind'?: (_chainbridge_payment_v1_SubscriberKind);
  /**
   * The payee_id or payer_id of the payment intents concerned (required).
   */
  'subscriber_id'?: (string);
  /**
   * The changes to send (at least one; no duplicates).
   */
  'event_types'?: (_chainbridge_payment_v1_NotificationEventType)[];
  /**
   * An https URL receiving signed JSON events (POST). Private, loopback and link-local
   * addresses are refused; redirects are never followed.
   */
  'webhook_url'?: (string);
  /**
   * An e-mail address receiving a plain-text message per change.
   */
  'email_address'?: (string);
  /**
   * Free text for operators (at most 512 characters).
   */
  'description'?: (string);
  /**
   * When it was created. Output only.
   */
  'create_time'?: (_google_protobuf_Timestamp | null);
  /**
   * Where to send them (required: one of the two).
   */
  'destination'?: "webhook_url"|"email_address";
}

/**
 * A subscription to changes of one payee's or one shipper's money.
 */
export interface Subscription__Output {
  /**
   * Server-assigned id ("sub_..."). Output only.
   */
  'subscription_id': (string);
  /**
   * Whose changes: a payee (carrier) or a shipper (required).
   */
  'subscriber_kind': (_chainbridge_payment_v1_SubscriberKind__Output);
  /**
   * The payee_id or payer_id of the payment intents concerned (required).
   */
  'subscriber_id': (string);
  /**
   * The changes to send (at least one; no duplicates).
   */
  'event_types': (_chainbridge_payment_v1_NotificationEventType__Output)[];
  /**
   * An https URL receiving signed JSON events (POST). Private, loopback and link-local
   * addresses are refused; redirects are never followed.
   */
  'webhook_url'?: (string);
  /**
   * An e-mail address receiving a plain-text message per change.
   */
  'email_address'?: (string);
  /**
   * Free text for operators (at most 512 characters).
   */
  'description': (string);
  /**
   * When it was created. Output only.
   */
  'create_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * Where to send them (required: one of the two).
   */
  'destination'?: "webhook_url"|"email_address";
}
