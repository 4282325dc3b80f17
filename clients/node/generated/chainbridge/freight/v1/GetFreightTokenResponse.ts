// Original file: ../../protos/chainbridge/freight/v1/freight.proto

import type { FreightToken as _chainbridge_freight_v1_FreightToken, FreightToken__Output as _chainbridge_freight_v1_FreightToken__Output } from '../../../chainbridge/freight/v1/FreightToken';

/**
 * Response of GetFreightToken.
 */
export interface GetFreightTokenResponse {
  /**
   * The token.
   */
  'token'?: (_chainbridge_freight_v1_FreightToken | null);
}

/**
 * Response of GetFreightToken.
 */
export interface GetFreightTokenResponse__Output {
  /**
   * The token.
   */
  'token': (_chainbridge_freight_v1_FreightToken__Output | null);
}
