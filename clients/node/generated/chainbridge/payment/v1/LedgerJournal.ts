// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { LedgerEntry as _chainbridge_payment_v1_LedgerEntry, LedgerEntry__Output as _chainbridge_payment_v1_LedgerEntry__Output } from '../../../chainbridge/payment/v1/LedgerEntry';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

/**
 * A balanced group of entries: one money movement. Never edited: a movement is undone
 * by a new journal in the other direction.
 */
export interface LedgerJournal {
  /**
   * Id of the journal ("jr_...").
   */
  'journal_id'?: (string);
  /**
   * What it records: "FUNDING" (shipper to escrow when the schedule is built),
   * "RELEASE" (escrow to carrier payable), "SETTLEMENT" (payable to paid) or
   * "VOID" (escrow back to the shipper for a rejected or cancelled milestone).
   */
  'kind'?: (string);
  /**
   * The milestone settlement concerned, if any.
   */
  'settlement_id'?: (string);
  /**
   * The rail's reference, for SETTLEMENT journals.
   */
  'rail_reference'?: (string);
  /**
   * The entries; they sum to zero.
   */
  'entries'?: (_chainbridge_payment_v1_LedgerEntry)[];
  /**
   * When it was posted.
   */
  'create_time'?: (_google_protobuf_Timestamp | null);
}

/**
 * A balanced group of entries: one money movement. Never edited: a movement is undone
 * by a new journal in the other direction.
 */
export interface LedgerJournal__Output {
  /**
   * Id of the journal ("jr_...").
   */
  'journal_id': (string);
  /**
   * What it records: "FUNDING" (shipper to escrow when the schedule is built),
   * "RELEASE" (escrow to carrier payable), "SETTLEMENT" (payable to paid) or
   * "VOID" (escrow back to the shipper for a rejected or cancelled milestone).
   */
  'kind': (string);
  /**
   * The milestone settlement concerned, if any.
   */
  'settlement_id': (string);
  /**
   * The rail's reference, for SETTLEMENT journals.
   */
  'rail_reference': (string);
  /**
   * The entries; they sum to zero.
   */
  'entries': (_chainbridge_payment_v1_LedgerEntry__Output)[];
  /**
   * When it was posted.
   */
  'create_time': (_google_protobuf_Timestamp__Output | null);
}
