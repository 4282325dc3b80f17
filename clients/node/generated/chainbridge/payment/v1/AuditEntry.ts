// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { ShipmentEventType as _chainbridge_common_v1_ShipmentEventType, ShipmentEventType__Output as _chainbridge_common_v1_ShipmentEventType__Output } from '../../../chainbridge/common/v1/ShipmentEventType';
import type { Money as _chainbridge_common_v1_Money, Money__Output as _chainbridge_common_v1_Money__Output } from '../../../chainbridge/common/v1/Money';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { Long } from '@grpc/proto-loader';

/**
 * One immutable row of the audit trail: a status change of an intent or a milestone. A
 * row whose from_status and to_status are the same records a payout's step on a released
 * milestone (taken into a payout, submitted, returned); its reason names the payout.
 */
export interface AuditEntry {
  /**
   * Position in the audit log; increases with every row.
   */
  'sequence'?: (number | string | Long);
  /**
   * The intent concerned.
   */
  'intent_id'?: (string);
  /**
   * The milestone settlement concerned; empty for an intent-level change.
   */
  'settlement_id'?: (string);
  /**
   * The milestone, for a milestone-level change.
   */
  'milestone'?: (_chainbridge_common_v1_ShipmentEventType);
  /**
   * Previous status name (e.g. "MILESTONE_STATUS_DELAYED"); empty on creation.
   */
  'from_status'?: (string);
  /**
   * New status name.
   */
  'to_status'?: (string);
  /**
   * The amount concerned.
   */
  'amount'?: (_chainbridge_common_v1_Money | null);
  /**
   * Who or what made the change ("freight-service", "release-worker", "operator:alice"...).
   */
  'actor'?: (string);
  /**
   * Why.
   */
  'reason'?: (string);
  /**
   * The freight event that caused it, if any.
   */
  'source_event_id'?: (string);
  /**
   * When.
   */
  'create_time'?: (_google_protobuf_Timestamp | null);
}

/**
 * One immutable row of the audit trail: a status change of an intent or a milestone. A
 * row whose from_status and to_status are the same records a payout's step on a released
 * milestone (taken into a payout, submitted, returned); its reason names the payout.
 */
export interface AuditEntry__Output {
  /**
   * Position in the audit log; increases with every row.
   */
  'sequence': (string);
  /**
   * The intent concerned.
   */
  'intent_id': (string);
  /**
   * The milestone settlement concerned; empty for an intent-level change.
   */
  'settlement_id': (string);
  /**
   * The milestone, for a milestone-level change.
   */
  'milestone': (_chainbridge_common_v1_ShipmentEventType__Output);
  /**
   * Previous status name (e.g. "MILESTONE_STATUS_DELAYED"); empty on creation.
   */
  'from_status': (string);
  /**
   * New status name.
   */
  'to_status': (string);
  /**
   * The amount concerned.
   */
  'amount': (_chainbridge_common_v1_Money__Output | null);
  /**
   * Who or what made the change ("freight-service", "release-worker", "operator:alice"...).
   */
  'actor': (string);
  /**
   * Why.
   */
  'reason': (string);
  /**
   * The freight event that caused it, if any.
   */
  'source_event_id': (string);
  /**
   * When.
   */
  'create_time': (_google_protobuf_Timestamp__Output | null);
}
