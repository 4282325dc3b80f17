// Original file: ../../protos/chainbridge/payment/v1/payment.proto


/**
 * Request of GetShipmentAudit.
 */
export interface GetShipmentAuditRequest {
  /**
   * Id of the shipment.
   */
  'shipment_id'?: (string);
}

/**
 * Request of GetShipmentAudit.
 */
export interface GetShipmentAuditRequest__Output {
  /**
   * Id of the shipment.
   */
  'shipment_id': (string);
}
