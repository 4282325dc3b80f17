// Original file: ../../protos/chainbridge/payment/v1/payment.proto


/**
 * Request of CompleteSettlement: exactly one target.
 */
export interface CompleteSettlementRequest {
  /**
   * One APPROVED milestone settlement.
   */
  'settlement_id'?: (string);
  /**
   * Every APPROVED milestone of this intent.
   */
  'intent_id'?: (string);
  /**
   * The rail's reference for the funds movement; generated when empty.
   */
  'rail_reference'?: (string);
  /**
   * Idempotency key (see CreatePaymentIntentRequest.request_id): a retry with the same
   * key and body answers the first response, even after later changes.
   */
  'request_id'?: (string);
  /**
   * What to complete.
   */
  'target'?: "settlement_id"|"intent_id";
}

/**
 * Request of CompleteSettlement: exactly one target.
 */
export interface CompleteSettlementRequest__Output {
  /**
   * One APPROVED milestone settlement.
   */
  'settlement_id'?: (string);
  /**
   * Every APPROVED milestone of this intent.
   */
  'intent_id'?: (string);
  /**
   * The rail's reference for the funds movement; generated when empty.
   */
  'rail_reference': (string);
  /**
   * Idempotency key (see CreatePaymentIntentRequest.request_id): a retry with the same
   * key and body answers the first response, even after later changes.
   */
  'request_id': (string);
  /**
   * What to complete.
   */
  'target'?: "settlement_id"|"intent_id";
}
