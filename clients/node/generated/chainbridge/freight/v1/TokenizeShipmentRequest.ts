// Original file: ../../protos/chainbridge/freight/v1/freight.proto


/**
 * Request of TokenizeShipment.
 */
export interface TokenizeShipmentRequest {
  /**
   * Id of the shipment to tokenize.
   */
  'shipment_id'?: (string);
  /**
   * Idempotency key; see CreateShipmentRequest.request_id.
   */
  'request_id'?: (string);
}

/**
 * Request of TokenizeShipment.
 */
export interface TokenizeShipmentRequest__Output {
  /**
   * Id of the shipment to tokenize.
   */
  'shipment_id': (string);
  /**
   * Idempotency key; see CreateShipmentRequest.request_id.
   */
  'request_id': (string);
}
