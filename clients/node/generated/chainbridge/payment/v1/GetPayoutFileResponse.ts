// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { Payout as _chainbridge_payment_v1_Payout, Payout__Output as _chainbridge_payment_v1_Payout__Output } from '../../../chainbridge/payment/v1/Payout';

/**
 * Response of GetPayoutFile.
 */
export interface GetPayoutFileResponse {
  /**
   * The payout after the call (SUBMITTED after the first call).
   */
  'payout'?: (_chainbridge_payment_v1_Payout | null);
  /**
   * A file name for it (e.g. "po-....pain.001.001.03.xml").
   */
  'file_name'?: (string);
  /**
   * Its media type (e.g. "application/xml").
   */
  'media_type'?: (string);
  /**
   * The file, byte for byte as stored.
   */
  'content'?: (Buffer | Uint8Array | string);
  /**
   * SHA-256 of content, hex: to check the file handed to the bank.
   */
  'sha256'?: (string);
  /**
   * True for the call that produced the file and submitted the payout.
   */
  'submitted_now'?: (boolean);
}

/**
 * Response of GetPayoutFile.
 */
export interface GetPayoutFileResponse__Output {
  /**
   * The payout after the call (SUBMITTED after the first call).
   */
  'payout': (_chainbridge_payment_v1_Payout__Output | null);
  /**
   * A file name for it (e.g. "po-....pain.001.001.03.xml").
   */
  'file_name': (string);
  /**
   * Its media type (e.g. "application/xml").
   */
  'media_type': (string);
  /**
   * The file, byte for byte as stored.
   */
  'content': (Buffer);
  /**
   * SHA-256 of content, hex: to check the file handed to the bank.
   */
  'sha256': (string);
  /**
   * True for the call that produced the file and submitted the payout.
   */
  'submitted_now': (boolean);
}
