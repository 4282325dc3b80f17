// Original file: ../../protos/chainbridge/payment/v1/payment.proto


/**
 * Request of FailPayout.
 */
export interface FailPayoutRequest {
  /**
   * Id of the CREATED or SUBMITTED payout.
   */
  'payout_id'?: (string);
  /**
   * Why it failed (required): the bank's return reason (e.g. "AC04 account closed") or
   * why it was withdrawn.
   */
  'return_reason'?: (string);
  /**
   * Idempotency key (see CreatePaymentIntentRequest.request_id).
   */
  'request_id'?: (string);
}

/**
 * Request of FailPayout.
 */
export interface FailPayoutRequest__Output {
  /**
   * Id of the CREATED or SUBMITTED payout.
   */
  'payout_id': (string);
  /**
   * Why it failed (required): the bank's return reason (e.g. "AC04 account closed") or
   * why it was withdrawn.
   */
  'return_reason': (string);
  /**
   * Idempotency key (see CreatePaymentIntentRequest.request_id).
   */
  'request_id': (string);
}
