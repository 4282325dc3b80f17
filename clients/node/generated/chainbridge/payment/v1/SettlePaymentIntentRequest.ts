// Original file: ../../protos/chainbridge/payment/v1/payment.proto


/**
 * Request of SettlePaymentIntent.
 */
export interface SettlePaymentIntentRequest {
  /**
   * Id of the intent.
   */
  'intent_id'?: (string);
  /**
   * Required to settle a HIGH-tier intent: releases it at once.
   */
  'force_approval'?: (boolean);
  /**
   * Operator notes, kept in the audit trail.
   */
  'notes'?: (string);
  /**
   * Idempotency key (see CreatePaymentIntentRequest.request_id): a retry with the same
   * key and body answers the first response, even after later changes.
   */
  'request_id'?: (string);
}

/**
 * Request of SettlePaymentIntent.
 */
export interface SettlePaymentIntentRequest__Output {
  /**
   * Id of the intent.
   */
  'intent_id': (string);
  /**
   * Required to settle a HIGH-tier intent: releases it at once.
   */
  'force_approval': (boolean);
  /**
   * Operator notes, kept in the audit trail.
   */
  'notes': (string);
  /**
   * Idempotency key (see CreatePaymentIntentRequest.request_id): a retry with the same
   * key and body answers the first response, even after later changes.
   */
  'request_id': (string);
}
