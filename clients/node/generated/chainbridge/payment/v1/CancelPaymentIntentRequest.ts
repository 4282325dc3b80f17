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
}
