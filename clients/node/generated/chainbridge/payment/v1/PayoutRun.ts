// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

/**
 * One CreatePayoutRun and its filters.
 */
export interface PayoutRun {
  /**
   * Id ("pr_...").
   */
  'run_id'?: (string);
  /**
   * Only this currency; empty for all.
   */
  'currency'?: (string);
  /**
   * Only this payee; empty for all.
   */
  'payee_id'?: (string);
  /**
   * Only milestones released before this instant; unset for all.
   */
  'released_before'?: (_google_protobuf_Timestamp | null);
  /**
   * Who ran it.
   */
  'actor'?: (string);
  /**
   * When.
   */
  'create_time'?: (_google_protobuf_Timestamp | null);
}

/**
 * One CreatePayoutRun and its filters.
 */
export interface PayoutRun__Output {
  /**
   * Id ("pr_...").
   */
  'run_id': (string);
  /**
   * Only this currency; empty for all.
   */
  'currency': (string);
  /**
   * Only this payee; empty for all.
   */
  'payee_id': (string);
  /**
   * Only milestones released before this instant; unset for all.
   */
  'released_before': (_google_protobuf_Timestamp__Output | null);
  /**
   * Who ran it.
   */
  'actor': (string);
  /**
   * When.
   */
  'create_time': (_google_protobuf_Timestamp__Output | null);
}
