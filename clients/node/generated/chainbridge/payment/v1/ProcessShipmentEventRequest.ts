// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { ShipmentEventType as _chainbridge_common_v1_ShipmentEventType, ShipmentEventType__Output as _chainbridge_common_v1_ShipmentEventType__Output } from '../../../chainbridge/common/v1/ShipmentEventType';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { ClaimDetails as _chainbridge_common_v1_ClaimDetails, ClaimDetails__Output as _chainbridge_common_v1_ClaimDetails__Output } from '../../../chainbridge/common/v1/ClaimDetails';

/**
 * Request of ProcessShipmentEvent: one freight event.
 */
export interface ProcessShipmentEventRequest {
  /**
   * The freight service's event id; the idempotency key.
   */
  'event_id'?: (string);
  /**
   * The shipment the event happened to.
   */
  'shipment_id'?: (string);
  /**
   * What happened.
   */
  'event_type'?: (_chainbridge_common_v1_ShipmentEventType);
  /**
   * When it happened.
   */
  'occurred_at'?: (_google_protobuf_Timestamp | null);
  /**
   * The shipment's lane, "<origin country>:<ORIGIN LOCALITY>><destination country>:<DESTINATION LOCALITY>"
   * (e.g. "US:CHICAGO>US:DENVER"), for risk signals per lane; empty when unknown.
   */
  'lane'?: (string);
  /**
   * The W3C traceparent of the call that recorded the event, so its processing joins the
   * recording's trace even when delivered later by another process; empty when untraced.
   */
  'traceparent'?: (string);
  /**
   * How many cargo claims the freight service had recorded on the shipment before this
   * event. The payment service applies the event only once it has those claims, so events
   * arriving out of order end as they would in order. Unset (direct callers): the event
   * follows every claim the payment service already has and waits for none.
   */
  'claims_filed_before'?: (number);
  /**
   * How many milestone events (pickup, proof of delivery, claim window closed) the freight
   * service had recorded on the shipment before this event. A claim waits for them.
   */
  'milestone_events_before'?: (number);
  /**
   * The claim, for a CLAIM_FILED event (required then, refused otherwise).
   */
  'claim'?: (_chainbridge_common_v1_ClaimDetails | null);
  '_claims_filed_before'?: "claims_filed_before";
  '_milestone_events_before'?: "milestone_events_before";
}

/**
 * Request of ProcessShipmentEvent: one freight event.
 */
export interface ProcessShipmentEventRequest__Output {
  /**
   * The freight service's event id; the idempotency key.
   */
  'event_id': (string);
  /**
   * The shipment the event happened to.
   */
  'shipment_id': (string);
  /**
   * What happened.
   */
  'event_type': (_chainbridge_common_v1_ShipmentEventType__Output);
  /**
   * When it happened.
   */
  'occurred_at': (_google_protobuf_Timestamp__Output | null);
  /**
   * The shipment's lane, "<origin country>:<ORIGIN LOCALITY>><destination country>:<DESTINATION LOCALITY>"
   * (e.g. "US:CHICAGO>US:DENVER"), for risk signals per lane; empty when unknown.
   */
  'lane': (string);
  /**
   * The W3C traceparent of the call that recorded the event, so its processing joins the
   * recording's trace even when delivered later by another process; empty when untraced.
   */
  'traceparent': (string);
  /**
   * How many cargo claims the freight service had recorded on the shipment before this
   * event. The payment service applies the event only once it has those claims, so events
   * arriving out of order end as they would in order. Unset (direct callers): the event
   * follows every claim the payment service already has and waits for none.
   */
  'claims_filed_before'?: (number);
  /**
   * How many milestone events (pickup, proof of delivery, claim window closed) the freight
   * service had recorded on the shipment before this event. A claim waits for them.
   */
  'milestone_events_before'?: (number);
  /**
   * The claim, for a CLAIM_FILED event (required then, refused otherwise).
   */
  'claim': (_chainbridge_common_v1_ClaimDetails__Output | null);
  '_claims_filed_before'?: "claims_filed_before";
  '_milestone_events_before'?: "milestone_events_before";
}
