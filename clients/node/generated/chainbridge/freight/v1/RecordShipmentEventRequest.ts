// Original file: ../../protos/chainbridge/freight/v1/freight.proto

import type { ShipmentEventType as _chainbridge_common_v1_ShipmentEventType, ShipmentEventType__Output as _chainbridge_common_v1_ShipmentEventType__Output } from '../../../chainbridge/common/v1/ShipmentEventType';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

/**
 * Request of RecordShipmentEvent.
 */
export interface RecordShipmentEventRequest {
  /**
   * The shipment the event happened to.
   */
  'shipment_id'?: (string);
  /**
   * What happened. CREATED is recorded by CreateShipment and refused here.
   */
  'event_type'?: (_chainbridge_common_v1_ShipmentEventType);
  /**
   * When it happened; defaults to now. More than 5 minutes in the future is refused.
   */
  'occurred_at'?: (_google_protobuf_Timestamp | null);
  /**
   * Free-form details (at most 32 entries; keys up to 64, values up to 512 characters).
   */
  'metadata'?: ({[key: string]: string});
  /**
   * Idempotency key; see CreateShipmentRequest.request_id.
   */
  'request_id'?: (string);
}

/**
 * Request of RecordShipmentEvent.
 */
export interface RecordShipmentEventRequest__Output {
  /**
   * The shipment the event happened to.
   */
  'shipment_id': (string);
  /**
   * What happened. CREATED is recorded by CreateShipment and refused here.
   */
  'event_type': (_chainbridge_common_v1_ShipmentEventType__Output);
  /**
   * When it happened; defaults to now. More than 5 minutes in the future is refused.
   */
  'occurred_at': (_google_protobuf_Timestamp__Output | null);
  /**
   * Free-form details (at most 32 entries; keys up to 64, values up to 512 characters).
   */
  'metadata': ({[key: string]: string});
  /**
   * Idempotency key; see CreateShipmentRequest.request_id.
   */
  'request_id': (string);
}
