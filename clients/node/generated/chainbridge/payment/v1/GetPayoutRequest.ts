// Original file: ../../protos/chainbridge/payment/v1/payment.proto


/**
 * Request of GetPayout.
 */
export interface GetPayoutRequest {
  /**
   * Id of the payout.
   */
  'payout_id'?: (string);
}

/**
 * Request of GetPayout.
 */
export interface GetPayoutRequest__Output {
  /**
   * Id of the payout.
   */
  'payout_id': (string);
}
