// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { SignedTreeHead as _chainbridge_payment_v1_SignedTreeHead, SignedTreeHead__Output as _chainbridge_payment_v1_SignedTreeHead__Output } from '../../../chainbridge/payment/v1/SignedTreeHead';
import type { AuditEntry as _chainbridge_payment_v1_AuditEntry, AuditEntry__Output as _chainbridge_payment_v1_AuditEntry__Output } from '../../../chainbridge/payment/v1/AuditEntry';
import type { Long } from '@grpc/proto-loader';

/**
 * Response of GetInclusionProof.
 */
export interface GetInclusionProofResponse {
  /**
   * The leaf's position in the log (0-based).
   */
  'leaf_index'?: (number | string | Long);
  /**
   * The leaf: the canonical encoding of the audit row with the ledger journals posted with
   * it (docs/transparency.md). Its RFC 9162 leaf hash is SHA-256(0x00 || leaf).
   */
  'leaf'?: (Buffer | Uint8Array | string);
  /**
   * The RFC 9162 inclusion proof (audit path), the leaf's sibling first.
   */
  'audit_path'?: (Buffer | Uint8Array | string)[];
  /**
   * The signed head of the tree the path leads to.
   */
  'signed_tree_head'?: (_chainbridge_payment_v1_SignedTreeHead | null);
  /**
   * The audit row the leaf records, decoded for reading: verify `leaf`, not this.
   */
  'audit_entry'?: (_chainbridge_payment_v1_AuditEntry | null);
}

/**
 * Response of GetInclusionProof.
 */
export interface GetInclusionProofResponse__Output {
  /**
   * The leaf's position in the log (0-based).
   */
  'leaf_index': (string);
  /**
   * The leaf: the canonical encoding of the audit row with the ledger journals posted with
   * it (docs/transparency.md). Its RFC 9162 leaf hash is SHA-256(0x00 || leaf).
   */
  'leaf': (Buffer);
  /**
   * The RFC 9162 inclusion proof (audit path), the leaf's sibling first.
   */
  'audit_path': (Buffer)[];
  /**
   * The signed head of the tree the path leads to.
   */
  'signed_tree_head': (_chainbridge_payment_v1_SignedTreeHead__Output | null);
  /**
   * The audit row the leaf records, decoded for reading: verify `leaf`, not this.
   */
  'audit_entry': (_chainbridge_payment_v1_AuditEntry__Output | null);
}
