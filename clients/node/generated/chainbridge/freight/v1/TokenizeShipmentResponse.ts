// Original file: ../../protos/chainbridge/freight/v1/freight.proto

import type { FreightToken as _chainbridge_freight_v1_FreightToken, FreightToken__Output as _chainbridge_freight_v1_FreightToken__Output } from '../../../chainbridge/freight/v1/FreightToken';

/**
 * Response of TokenizeShipment.
 */
export interface TokenizeShipmentResponse {
  /**
   * The issued token.
   */
  'token'?: (_chainbridge_freight_v1_FreightToken | null);
}

/**
 * Response of TokenizeShipment.
 */
export interface TokenizeShipmentResponse__Output {
  /**
   * The issued token.
   */
  'token': (_chainbridge_freight_v1_FreightToken__Output | null);
}
