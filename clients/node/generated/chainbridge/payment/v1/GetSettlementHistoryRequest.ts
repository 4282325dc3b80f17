// Original file: ../../protos/chainbridge/payment/v1/payment.proto


/**
 * Request of GetSettlementHistory.
 */
export interface GetSettlementHistoryRequest {
  /**
   * Id of the intent.
   */
  'intent_id'?: (string);
  /**
   * Maximum number of entries to return (default 100, coerced to at most 1000).
   */
  'page_size'?: (number);
  /**
   * next_page_token of a previous call.
   */
  'page_token'?: (string);
}

/**
 * Request of GetSettlementHistory.
 */
export interface GetSettlementHistoryRequest__Output {
  /**
   * Id of the intent.
   */
  'intent_id': (string);
  /**
   * Maximum number of entries to return (default 100, coerced to at most 1000).
   */
  'page_size': (number);
  /**
   * next_page_token of a previous call.
   */
  'page_token': (string);
}
