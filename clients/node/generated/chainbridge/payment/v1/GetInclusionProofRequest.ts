// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { SettlementChange as _chainbridge_payment_v1_SettlementChange, SettlementChange__Output as _chainbridge_payment_v1_SettlementChange__Output } from '../../../chainbridge/payment/v1/SettlementChange';
import type { Long } from '@grpc/proto-loader';

/**
 * Request of GetInclusionProof: which audit row, in which tree.
 */
export interface GetInclusionProofRequest {
  /**
   * Its position in the log (0-based leaf index).
   */
  'leaf_index'?: (number | string | Long);
  /**
   * Its audit sequence (AuditEntry.sequence, a WatchSettlements cursor).
   */
  'audit_sequence'?: (number | string | Long);
  /**
   * A milestone settlement's change to a status.
   */
  'settlement_change'?: (_chainbridge_payment_v1_SettlementChange | null);
  /**
   * Prove against the tree of this many leaves (e.g. of a tree head saved earlier);
   * 0 for the latest.
   */
  'tree_size'?: (number | string | Long);
  /**
   * The audit row to prove; one is required.
   */
  'entry'?: "leaf_index"|"audit_sequence"|"settlement_change";
}

/**
 * Request of GetInclusionProof: which audit row, in which tree.
 */
export interface GetInclusionProofRequest__Output {
  /**
   * Its position in the log (0-based leaf index).
   */
  'leaf_index'?: (string);
  /**
   * Its audit sequence (AuditEntry.sequence, a WatchSettlements cursor).
   */
  'audit_sequence'?: (string);
  /**
   * A milestone settlement's change to a status.
   */
  'settlement_change'?: (_chainbridge_payment_v1_SettlementChange__Output | null);
  /**
   * Prove against the tree of this many leaves (e.g. of a tree head saved earlier);
   * 0 for the latest.
   */
  'tree_size': (string);
  /**
   * The audit row to prove; one is required.
   */
  'entry'?: "leaf_index"|"audit_sequence"|"settlement_change";
}
