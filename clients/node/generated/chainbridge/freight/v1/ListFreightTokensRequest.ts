// Original file: ../../protos/chainbridge/freight/v1/freight.proto

import type { RiskTier as _chainbridge_common_v1_RiskTier, RiskTier__Output as _chainbridge_common_v1_RiskTier__Output } from '../../../chainbridge/common/v1/RiskTier';

/**
 * Request of ListFreightTokens.
 */
export interface ListFreightTokensRequest {
  /**
   * Maximum number of tokens to return (default 50, coerced to at most 1000).
   */
  'page_size'?: (number);
  /**
   * next_page_token of a previous call with the same filters.
   */
  'page_token'?: (string);
  /**
   * Only tokens of this tier; UNSPECIFIED for all.
   */
  'risk_tier'?: (_chainbridge_common_v1_RiskTier);
}

/**
 * Request of ListFreightTokens.
 */
export interface ListFreightTokensRequest__Output {
  /**
   * Maximum number of tokens to return (default 50, coerced to at most 1000).
   */
  'page_size': (number);
  /**
   * next_page_token of a previous call with the same filters.
   */
  'page_token': (string);
  /**
   * Only tokens of this tier; UNSPECIFIED for all.
   */
  'risk_tier': (_chainbridge_common_v1_RiskTier__Output);
}
