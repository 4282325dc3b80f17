// Original file: ../../protos/chainbridge/payment/v1/payment.proto


/**
 * Request of ConfirmPayout.
 */
export interface ConfirmPayoutRequest {
  /**
   * Id of the SUBMITTED payout.
   */
  'payout_id'?: (string);
  /**
   * The bank's reference for the executed transfer (required).
   */
  'bank_reference'?: (string);
  /**
   * Idempotency key (see CreatePaymentIntentRequest.request_id).
   */
  'request_id'?: (string);
}

/**
 * Request of ConfirmPayout.
 */
export interface ConfirmPayoutRequest__Output {
  /**
   * Id of the SUBMITTED payout.
   */
  'payout_id': (string);
  /**
   * The bank's reference for the executed transfer (required).
   */
  'bank_reference': (string);
  /**
   * Idempotency key (see CreatePaymentIntentRequest.request_id).
   */
  'request_id': (string);
}
