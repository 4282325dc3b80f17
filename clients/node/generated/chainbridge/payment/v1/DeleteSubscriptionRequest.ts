// Original file: ../../protos/chainbridge/payment/v1/payment.proto


/**
 * Request of DeleteSubscription.
 */
export interface DeleteSubscriptionRequest {
  /**
   * Id of the subscription.
   */
  'subscription_id'?: (string);
  /**
   * Idempotency key (see CreatePaymentIntentRequest.request_id).
   */
  'request_id'?: (string);
}

/**
 * Request of DeleteSubscription.
 */
export interface DeleteSubscriptionRequest__Output {
  /**
   * Id of the subscription.
   */
  'subscription_id': (string);
  /**
   * Idempotency key (see CreatePaymentIntentRequest.request_id).
   */
  'request_id': (string);
}
