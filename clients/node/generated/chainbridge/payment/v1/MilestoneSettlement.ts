// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { ShipmentEventType as _chainbridge_common_v1_ShipmentEventType, ShipmentEventType__Output as _chainbridge_common_v1_ShipmentEventType__Output } from '../../../chainbridge/common/v1/ShipmentEventType';
import type { Money as _chainbridge_common_v1_Money, Money__Output as _chainbridge_common_v1_Money__Output } from '../../../chainbridge/common/v1/Money';
import type { MilestoneStatus as _chainbridge_payment_v1_MilestoneStatus, MilestoneStatus__Output as _chainbridge_payment_v1_MilestoneStatus__Output } from '../../../chainbridge/payment/v1/MilestoneStatus';
import type { ReleaseStrategy as _chainbridge_payment_v1_ReleaseStrategy, ReleaseStrategy__Output as _chainbridge_payment_v1_ReleaseStrategy__Output } from '../../../chainbridge/payment/v1/ReleaseStrategy';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

/**
 * One milestone's money for one intent: at most one per (intent, milestone).
 */
export interface MilestoneSettlement {
  /**
   * Server-assigned id ("ms_...").
   */
  'settlement_id'?: (string);
  /**
   * The intent.
   */
  'intent_id'?: (string);
  /**
   * The intent's shipment.
   */
  'shipment_id'?: (string);
  /**
   * The milestone.
   */
  'milestone'?: (_chainbridge_common_v1_ShipmentEventType);
  /**
   * The milestone's exact part of the intent.
   */
  'amount'?: (_chainbridge_common_v1_Money | null);
  /**
   * The milestone's share in basis points.
   */
  'basis_points'?: (number);
  /**
   * Current status.
   */
  'status'?: (_chainbridge_payment_v1_MilestoneStatus);
  /**
   * How it is released.
   */
  'release_strategy'?: (_chainbridge_payment_v1_ReleaseStrategy);
  /**
   * The freight event that triggered it; empty when an operator settled the intent.
   */
  'source_event_id'?: (string);
  /**
   * When a DELAYED milestone is due for release.
   */
  'release_at'?: (_google_protobuf_Timestamp | null);
  /**
   * When it was released (APPROVED).
   */
  'released_at'?: (_google_protobuf_Timestamp | null);
  /**
   * When funds moved (SETTLED).
   */
  'settled_at'?: (_google_protobuf_Timestamp | null);
  /**
   * The payment rail's reference for the funds movement.
   */
  'rail_reference'?: (string);
  /**
   * Why it is in its status (review notes, rejection reason...).
   */
  'status_reason'?: (string);
  /**
   * When it was created.
   */
  'create_time'?: (_google_protobuf_Timestamp | null);
  /**
   * When it last changed.
   */
  'update_time'?: (_google_protobuf_Timestamp | null);
  /**
   * The cargo claim that holds this money (ON_HOLD), returned it (RETURNED) or released it
   * when resolved; empty when no claim ever touched it.
   */
  'claim_id'?: (string);
  /**
   * 0 for the settlement the milestone's event created; 1, 2... for parts split off a
   * milestone when a claim holds only part of it. All parts of a milestone sum to its share.
   */
  'part'?: (number);
}

/**
 * One milestone's money for one intent: at most one per (intent, milestone).
 */
export interface MilestoneSettlement__Output {
  /**
   * Server-assigned id ("ms_...").
   */
  'settlement_id': (string);
  /**
   * The intent.
   */
  'intent_id': (string);
  /**
   * The intent's shipment.
   */
  'shipment_id': (string);
  /**
   * The milestone.
   */
  'milestone': (_chainbridge_common_v1_ShipmentEventType__Output);
  /**
   * The milestone's exact part of the intent.
   */
  'amount': (_chainbridge_common_v1_Money__Output | null);
  /**
   * The milestone's share in basis points.
   */
  'basis_points': (number);
  /**
   * Current status.
   */
  'status': (_chainbridge_payment_v1_MilestoneStatus__Output);
  /**
   * How it is released.
   */
  'release_strategy': (_chainbridge_payment_v1_ReleaseStrategy__Output);
  /**
   * The freight event that triggered it; empty when an operator settled the intent.
   */
  'source_event_id': (string);
  /**
   * When a DELAYED milestone is due for release.
   */
  'release_at': (_google_protobuf_Timestamp__Output | null);
  /**
   * When it was released (APPROVED).
   */
  'released_at': (_google_protobuf_Timestamp__Output | null);
  /**
   * When funds moved (SETTLED).
   */
  'settled_at': (_google_protobuf_Timestamp__Output | null);
  /**
   * The payment rail's reference for the funds movement.
   */
  'rail_reference': (string);
  /**
   * Why it is in its status (review notes, rejection reason...).
   */
  'status_reason': (string);
  /**
   * When it was created.
   */
  'create_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * When it last changed.
   */
  'update_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * The cargo claim that holds this money (ON_HOLD), returned it (RETURNED) or released it
   * when resolved; empty when no claim ever touched it.
   */
  'claim_id': (string);
  /**
   * 0 for the settlement the milestone's event created; 1, 2... for parts split off a
   * milestone when a claim holds only part of it. All parts of a milestone sum to its share.
   */
  'part': (number);
}
