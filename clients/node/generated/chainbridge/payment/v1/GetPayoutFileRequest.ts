// Original file: ../../protos/chainbridge/payment/v1/payment.proto


/**
 * Request of GetPayoutFile.
 */
export interface GetPayoutFileRequest {
  /**
   * Id of the payout.
   */
  'payout_id'?: (string);
  /**
   * The date the bank is asked to execute the transfer (ISO 8601 "YYYY-MM-DD", today or
   * later); empty for the next TARGET2 business day from today. Used by the first call only.
   */
  'requested_execution_date'?: (string);
}

/**
 * Request of GetPayoutFile.
 */
export interface GetPayoutFileRequest__Output {
  /**
   * Id of the payout.
   */
  'payout_id': (string);
  /**
   * The date the bank is asked to execute the transfer (ISO 8601 "YYYY-MM-DD", today or
   * later); empty for the next TARGET2 business day from today. Used by the first call only.
   */
  'requested_execution_date': (string);
}
