// Original file: ../../protos/chainbridge/freight/v1/freight.proto


/**
 * Request of GetFreightToken: exactly one of the ids.
 */
export interface GetFreightTokenRequest {
  /**
   * Id of the token.
   */
  'token_id'?: (string);
  /**
   * Id of the tokenized shipment.
   */
  'shipment_id'?: (string);
  /**
   * Which token.
   */
  'lookup'?: "token_id"|"shipment_id";
}

/**
 * Request of GetFreightToken: exactly one of the ids.
 */
export interface GetFreightTokenRequest__Output {
  /**
   * Id of the token.
   */
  'token_id'?: (string);
  /**
   * Id of the tokenized shipment.
   */
  'shipment_id'?: (string);
  /**
   * Which token.
   */
  'lookup'?: "token_id"|"shipment_id";
}
