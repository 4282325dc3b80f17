// Original file: ../../protos/chainbridge/payment/v1/payment.proto


/**
 * Request of AssessRisk: exactly one subject.
 */
export interface AssessRiskRequest {
  /**
   * An existing payment intent.
   */
  'intent_id'?: (string);
  /**
   * A freight token (read from the freight service).
   */
  'freight_token_id'?: (string);
  /**
   * What to assess.
   */
  'subject'?: "intent_id"|"freight_token_id";
}

/**
 * Request of AssessRisk: exactly one subject.
 */
export interface AssessRiskRequest__Output {
  /**
   * An existing payment intent.
   */
  'intent_id'?: (string);
  /**
   * A freight token (read from the freight service).
   */
  'freight_token_id'?: (string);
  /**
   * What to assess.
   */
  'subject'?: "intent_id"|"freight_token_id";
}
