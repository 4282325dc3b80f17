// Original file: ../../protos/chainbridge/freight/v1/freight.proto

import type { FreightToken as _chainbridge_freight_v1_FreightToken, FreightToken__Output as _chainbridge_freight_v1_FreightToken__Output } from '../../../chainbridge/freight/v1/FreightToken';

/**
 * Response of ListFreightTokens.
 */
export interface ListFreightTokensResponse {
  /**
   * One page of tokens, newest first.
   */
  'tokens'?: (_chainbridge_freight_v1_FreightToken)[];
  /**
   * Token for the next page; empty on the last page.
   */
  'next_page_token'?: (string);
  /**
   * Number of tokens matching the filters, over all pages.
   */
  'total_size'?: (number);
}

/**
 * Response of ListFreightTokens.
 */
export interface ListFreightTokensResponse__Output {
  /**
   * One page of tokens, newest first.
   */
  'tokens': (_chainbridge_freight_v1_FreightToken__Output)[];
  /**
   * Token for the next page; empty on the last page.
   */
  'next_page_token': (string);
  /**
   * Number of tokens matching the filters, over all pages.
   */
  'total_size': (number);
}
