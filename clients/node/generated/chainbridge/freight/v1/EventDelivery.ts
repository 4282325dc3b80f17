// Original file: ../../protos/chainbridge/freight/v1/freight.proto

import type { DeliveryState as _chainbridge_freight_v1_DeliveryState, DeliveryState__Output as _chainbridge_freight_v1_DeliveryState__Output } from '../../../chainbridge/freight/v1/DeliveryState';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

/**
 * Delivery of one event to the payment service (the outbox state).
 */
export interface EventDelivery {
  /**
   * Pending, delivered, parked or discarded.
   */
  'state'?: (_chainbridge_freight_v1_DeliveryState);
  /**
   * Delivery attempts made so far.
   */
  'attempts'?: (number);
  /**
   * The last delivery error, empty once delivered or before the first failure.
   */
  'last_error'?: (string);
  /**
   * When the payment service acknowledged the event; unset while pending.
   */
  'delivered_at'?: (_google_protobuf_Timestamp | null);
  /**
   * When the next attempt is due; set only while pending.
   */
  'next_attempt_at'?: (_google_protobuf_Timestamp | null);
  /**
   * When the event was parked; set only while parked.
   */
  'parked_at'?: (_google_protobuf_Timestamp | null);
  /**
   * When an operator discarded the event; set only once discarded.
   */
  'discarded_at'?: (_google_protobuf_Timestamp | null);
}

/**
 * Delivery of one event to the payment service (the outbox state).
 */
export interface EventDelivery__Output {
  /**
   * Pending, delivered, parked or discarded.
   */
  'state': (_chainbridge_freight_v1_DeliveryState__Output);
  /**
   * Delivery attempts made so far.
   */
  'attempts': (number);
  /**
   * The last delivery error, empty once delivered or before the first failure.
   */
  'last_error': (string);
  /**
   * When the payment service acknowledged the event; unset while pending.
   */
  'delivered_at': (_google_protobuf_Timestamp__Output | null);
  /**
   * When the next attempt is due; set only while pending.
   */
  'next_attempt_at': (_google_protobuf_Timestamp__Output | null);
  /**
   * When the event was parked; set only while parked.
   */
  'parked_at': (_google_protobuf_Timestamp__Output | null);
  /**
   * When an operator discarded the event; set only once discarded.
   */
  'discarded_at': (_google_protobuf_Timestamp__Output | null);
}
