// Original file: ../../protos/chainbridge/freight/v1/freight.proto


/**
 * Request of GetShipment.
 */
export interface GetShipmentRequest {
  /**
   * Id of the shipment.
   */
  'shipment_id'?: (string);
}

/**
 * Request of GetShipment.
 */
export interface GetShipmentRequest__Output {
  /**
   * Id of the shipment.
   */
  'shipment_id': (string);
}
