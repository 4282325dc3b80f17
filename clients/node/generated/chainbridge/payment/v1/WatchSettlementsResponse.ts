// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { AuditEntry as _chainbridge_payment_v1_AuditEntry, AuditEntry__Output as _chainbridge_payment_v1_AuditEntry__Output } from '../../../chainbridge/payment/v1/AuditEntry';
import type { MilestoneSettlement as _chainbridge_payment_v1_MilestoneSettlement, MilestoneSettlement__Output as _chainbridge_payment_v1_MilestoneSettlement__Output } from '../../../chainbridge/payment/v1/MilestoneSettlement';

/**
 * One milestone status change.
 */
export interface WatchSettlementsResponse {
  /**
   * Opaque position of this change; pass it back as WatchSettlementsRequest.cursor.
   */
  'cursor'?: (string);
  /**
   * The audit row of the change.
   */
  'change'?: (_chainbridge_payment_v1_AuditEntry | null);
  /**
   * The settlement's state as the change's transaction committed it or later: live changes
   * carry the state their commit left; when replaying history its status may already be
   * past this change (the change itself is in `change`).
   */
  'settlement'?: (_chainbridge_payment_v1_MilestoneSettlement | null);
}

/**
 * One milestone status change.
 */
export interface WatchSettlementsResponse__Output {
  /**
   * Opaque position of this change; pass it back as WatchSettlementsRequest.cursor.
   */
  'cursor': (string);
  /**
   * The audit row of the change.
   */
  'change': (_chainbridge_payment_v1_AuditEntry__Output | null);
  /**
   * The settlement's state as the change's transaction committed it or later: live changes
   * carry the state their commit left; when replaying history its status may already be
   * past this change (the change itself is in `change`).
   */
  'settlement': (_chainbridge_payment_v1_MilestoneSettlement__Output | null);
}
