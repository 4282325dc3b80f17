// Original file: ../../protos/chainbridge/freight/v1/freight.proto

import type { ShipmentEventType as _chainbridge_common_v1_ShipmentEventType, ShipmentEventType__Output as _chainbridge_common_v1_ShipmentEventType__Output } from '../../../chainbridge/common/v1/ShipmentEventType';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { EventDelivery as _chainbridge_freight_v1_EventDelivery, EventDelivery__Output as _chainbridge_freight_v1_EventDelivery__Output } from '../../../chainbridge/freight/v1/EventDelivery';
import type { ClaimDetails as _chainbridge_common_v1_ClaimDetails, ClaimDetails__Output as _chainbridge_common_v1_ClaimDetails__Output } from '../../../chainbridge/common/v1/ClaimDetails';

/**
 * Something that happened to a shipment.
 */
export interface ShipmentEvent {
  /**
   * Server-assigned id ("sev_..."). The payment service is idempotent on it.
   */
  'event_id'?: (string);
  /**
   * The shipment it happened to.
   */
  'shipment_id'?: (string);
  /**
   * What happened.
   */
  'event_type'?: (_chainbridge_common_v1_ShipmentEventType);
  /**
   * When it happened (defaults to the time it was recorded).
   */
  'occurred_at'?: (_google_protobuf_Timestamp | null);
  /**
   * When the freight service recorded it.
   */
  'recorded_at'?: (_google_protobuf_Timestamp | null);
  /**
   * Free-form details from the reporter (scanner id, signer name...).
   */
  'metadata'?: ({[key: string]: string});
  /**
   * True when an event of the same type was already recorded for the shipment.
   * It is kept and delivered, but never pays twice.
   */
  'repeated_type'?: (boolean);
  /**
   * Delivery state towards the payment service.
   */
  'delivery'?: (_chainbridge_freight_v1_EventDelivery | null);
  /**
   * For a CLAIM_FILED event: the claim (its id is this event's id).
   */
  'claim'?: (_chainbridge_common_v1_ClaimDetails | null);
}

/**
 * Something that happened to a shipment.
 */
export interface ShipmentEvent__Output {
  /**
   * Server-assigned id ("sev_..."). The payment service is idempotent on it.
   */
  'event_id': (string);
  /**
   * The shipment it happened to.
   */
  'shipment_id': (string);
  /**
   * What happened.
   */
  'event_type': (_chainbridge_common_v1_ShipmentEventType__Output);
  /**
   * When it happened (defaults to the time it was recorded).
   */
  'occurred_at': (_google_protobuf_Timestamp__Output | null);
  /**
   * When the freight service recorded it.
   */
  'recorded_at': (_google_protobuf_Timestamp__Output | null);
  /**
   * Free-form details from the reporter (scanner id, signer name...).
   */
  'metadata': ({[key: string]: string});
  /**
   * True when an event of the same type was already recorded for the shipment.
   * It is kept and delivered, but never pays twice.
   */
  'repeated_type': (boolean);
  /**
   * Delivery state towards the payment service.
   */
  'delivery': (_chainbridge_freight_v1_EventDelivery__Output | null);
  /**
   * For a CLAIM_FILED event: the claim (its id is this event's id).
   */
  'claim': (_chainbridge_common_v1_ClaimDetails__Output | null);
}
