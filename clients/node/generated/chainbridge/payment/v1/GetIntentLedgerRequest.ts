// Original file: ../../protos/chainbridge/payment/v1/payment.proto


/**
 * Request of GetIntentLedger.
 */
export interface GetIntentLedgerRequest {
  /**
   * Id of the intent.
   */
  'intent_id'?: (string);
}

/**
 * Request of GetIntentLedger.
 */
export interface GetIntentLedgerRequest__Output {
  /**
   * Id of the intent.
   */
  'intent_id': (string);
}
