// Original file: ../../protos/chainbridge/payment/v1/payment.proto


/**
 * Request of WatchSettlements.
 */
export interface WatchSettlementsRequest {
  /**
   * Only changes of this intent; empty for all.
   */
  'intent_id'?: (string);
  /**
   * Only changes of this shipment's intents; empty for all.
   */
  'shipment_id'?: (string);
  /**
   * Resume after this cursor (from a previous response); empty to start from now,
   * "0" to replay the whole history.
   */
  'cursor'?: (string);
}

/**
 * Request of WatchSettlements.
 */
export interface WatchSettlementsRequest__Output {
  /**
   * Only changes of this intent; empty for all.
   */
  'intent_id': (string);
  /**
   * Only changes of this shipment's intents; empty for all.
   */
  'shipment_id': (string);
  /**
   * Resume after this cursor (from a previous response); empty to start from now,
   * "0" to replay the whole history.
   */
  'cursor': (string);
}
