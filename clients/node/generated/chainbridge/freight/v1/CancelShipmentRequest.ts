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
}
