// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { RiskTier as _chainbridge_common_v1_RiskTier, RiskTier__Output as _chainbridge_common_v1_RiskTier__Output } from '../../../chainbridge/common/v1/RiskTier';

/**
 * Request of GetSettlementStats.
 */
export interface GetSettlementStatsRequest {
  /**
   * Start of the window (inclusive): milestone settlements created at or after it (required).
   */
  'start_time'?: (_google_protobuf_Timestamp | null);
  /**
   * End of the window (exclusive); now when unset. At most 366 days after start_time.
   */
  'end_time'?: (_google_protobuf_Timestamp | null);
  /**
   * Only this tier; UNSPECIFIED for all.
   */
  'risk_tier'?: (_chainbridge_common_v1_RiskTier);
  /**
   * Only this payee (carrier); empty for all.
   */
  'payee_id'?: (string);
  /**
   * Only this ISO 4217 currency; empty for all.
   */
  'currency'?: (string);
  /**
   * Maximum number of groups to return (default 50, coerced to at most 1000).
   */
  'page_size'?: (number);
  /**
   * next_page_token of a previous call with the same window and filters.
   */
  'page_token'?: (string);
}

/**
 * Request of GetSettlementStats.
 */
export interface GetSettlementStatsRequest__Output {
  /**
   * Start of the window (inclusive): milestone settlements created at or after it (required).
   */
  'start_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * End of the window (exclusive); now when unset. At most 366 days after start_time.
   */
  'end_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * Only this tier; UNSPECIFIED for all.
   */
  'risk_tier': (_chainbridge_common_v1_RiskTier__Output);
  /**
   * Only this payee (carrier); empty for all.
   */
  'payee_id': (string);
  /**
   * Only this ISO 4217 currency; empty for all.
   */
  'currency': (string);
  /**
   * Maximum number of groups to return (default 50, coerced to at most 1000).
   */
  'page_size': (number);
  /**
   * next_page_token of a previous call with the same window and filters.
   */
  'page_token': (string);
}
