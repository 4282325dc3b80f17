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
   * "RELEASE" (escrow to carrier payable), "SETTLEMENT" (payable to paid),
   * "VOID" (escrow back to the shipper for a rejected or cancelled milestone), and a
   * payout's steps: "PAYOUT_SUBMITTED" (payable to in transit), "PAYOUT_PAID" (in transit
   * to paid) and "PAYOUT_RETURNED" (in transit back to payable).
   */
  'kind'?: (string);
  /**
   * The milestone settlement concerned, if any.
   */
  'settlement_id'?: (string);
  /**
   * The rail's reference, for SETTLEMENT journals; for a payout's, its rail's or the bank's.
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
  /**
   * The payout whose step it records; empty for other journals.
   */
  'payout_id'?: (string);
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
   * "RELEASE" (escrow to carrier payable), "SETTLEMENT" (payable to paid),
   * "VOID" (escrow back to the shipper for a rejected or cancelled milestone), and a
   * payout's steps: "PAYOUT_SUBMITTED" (payable to in transit), "PAYOUT_PAID" (in transit
   * to paid) and "PAYOUT_RETURNED" (in transit back to payable).
   */
  'kind': (string);
  /**
   * The milestone settlement concerned, if any.
   */
  'settlement_id': (string);
  /**
   * The rail's reference, for SETTLEMENT journals; for a payout's, its rail's or the bank's.
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
  /**
   * The payout whose step it records; empty for other journals.
   */
  'payout_id': (string);
}
