// Original file: ../../protos/chainbridge/payment/v1/payment.proto


/**
 * Request of CancelPaymentIntent.
 */
export interface CancelPaymentIntentRequest {
  /**
   * Id of the intent.
   */
  'intent_id'?: (string);
  /**
   * Why (required).
   */
  'reason'?: (string);
  /**
   * Idempotency key (see CreatePaymentIntentRequest.request_id): a retry with the same
   * key and body answers the first response, even after later changes.
   */
  'request_id'?: (string);
}

/**
 * Request of CancelPaymentIntent.
 */
export interface CancelPaymentIntentRequest__Output {
  /**
   * Id of the intent.
   */
  'intent_id': (string);
  /**
   * Why (required).
   */
  'reason': (string);
  /**
   * Idempotency key (see CreatePaymentIntentRequest.request_id): a retry with the same
   * key and body answers the first response, even after later changes.
   */
  'request_id': (string);
}
