// Original file: ../../protos/chainbridge/freight/v1/freight.proto


/**
 * Request of CancelShipment.
 */
export interface CancelShipmentRequest {
  /**
   * Id of the shipment.
   */
  'shipment_id'?: (string);
  /**
   * Why it is cancelled (required).
   */
  'reason'?: (string);
  /**
   * Idempotency key; see CreateShipmentRequest.request_id. A replay answers the first
   * response, even after later changes.
   */
  'request_id'?: (string);
}

/**
 * Request of CancelShipment.
 */
export interface CancelShipmentRequest__Output {
  /**
   * Id of the shipment.
   */
  'shipment_id': (string);
  /**
   * Why it is cancelled (required).
   */
  'reason': (string);
  /**
   * Idempotency key; see CreateShipmentRequest.request_id. A replay answers the first
   * response, even after later changes.
   */
  'request_id': (string);
}
