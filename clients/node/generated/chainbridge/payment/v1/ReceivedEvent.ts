// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { ShipmentEventType as _chainbridge_common_v1_ShipmentEventType, ShipmentEventType__Output as _chainbridge_common_v1_ShipmentEventType__Output } from '../../../chainbridge/common/v1/ShipmentEventType';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

/**
 * A shipment event as the payment service received it.
 */
export interface ReceivedEvent {
  /**
   * The freight event id.
   */
  'event_id'?: (string);
  /**
   * What happened.
   */
  'event_type'?: (_chainbridge_common_v1_ShipmentEventType);
  /**
   * When it happened.
   */
  'occurred_at'?: (_google_protobuf_Timestamp | null);
  /**
   * When the payment service first received it.
   */
  'received_at'?: (_google_protobuf_Timestamp | null);
}

/**
 * A shipment event as the payment service received it.
 */
export interface ReceivedEvent__Output {
  /**
   * The freight event id.
   */
  'event_id': (string);
  /**
   * What happened.
   */
  'event_type': (_chainbridge_common_v1_ShipmentEventType__Output);
  /**
   * When it happened.
   */
  'occurred_at': (_google_protobuf_Timestamp__Output | null);
  /**
   * When the payment service first received it.
   */
  'received_at': (_google_protobuf_Timestamp__Output | null);
}
