// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { RiskSignalKind as _chainbridge_payment_v1_RiskSignalKind, RiskSignalKind__Output as _chainbridge_payment_v1_RiskSignalKind__Output } from '../../../chainbridge/payment/v1/RiskSignalKind';

/**
 * Request of ListRiskSignals.
 */
export interface ListRiskSignalsRequest {
  /**
   * Start of the window (inclusive) (required).
   */
  'start_time'?: (_google_protobuf_Timestamp | null);
  /**
   * End of the window (exclusive); now when unset. At most 366 days after start_time.
   */
  'end_time'?: (_google_protobuf_Timestamp | null);
  /**
   * Only these kinds; empty for all.
   */
  'kinds'?: (_chainbridge_payment_v1_RiskSignalKind)[];
  /**
   * Maximum number of signals to return (default 50, coerced to at most 1000).
   */
  'page_size'?: (number);
  /**
   * next_page_token of a previous call with the same window and kinds.
   */
  'page_token'?: (string);
}

/**
 * Request of ListRiskSignals.
 */
export interface ListRiskSignalsRequest__Output {
  /**
   * Start of the window (inclusive) (required).
   */
  'start_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * End of the window (exclusive); now when unset. At most 366 days after start_time.
   */
  'end_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * Only these kinds; empty for all.
   */
  'kinds': (_chainbridge_payment_v1_RiskSignalKind__Output)[];
  /**
   * Maximum number of signals to return (default 50, coerced to at most 1000).
   */
  'page_size': (number);
  /**
   * next_page_token of a previous call with the same window and kinds.
   */
  'page_token': (string);
}
