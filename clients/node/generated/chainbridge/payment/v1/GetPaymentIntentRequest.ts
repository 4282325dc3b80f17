// Original file: ../../protos/chainbridge/payment/v1/payment.proto


/**
 * Request of GetPaymentIntent.
 */
export interface GetPaymentIntentRequest {
  /**
   * Id of the intent.
   */
  'intent_id'?: (string);
}

/**
 * Request of GetPaymentIntent.
 */
export interface GetPaymentIntentRequest__Output {
  /**
   * Id of the intent.
   */
  'intent_id': (string);
}
