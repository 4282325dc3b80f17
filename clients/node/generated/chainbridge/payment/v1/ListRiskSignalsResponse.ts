// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { RiskSignal as _chainbridge_payment_v1_RiskSignal, RiskSignal__Output as _chainbridge_payment_v1_RiskSignal__Output } from '../../../chainbridge/payment/v1/RiskSignal';

/**
 * Response of ListRiskSignals.
 */
export interface ListRiskSignalsResponse {
  /**
   * One page of signals, ordered by kind, then subject.
   */
  'signals'?: (_chainbridge_payment_v1_RiskSignal)[];
  /**
   * Token for the next page; empty on the last page.
   */
  'next_page_token'?: (string);
  /**
   * Number of signals, over all pages.
   */
  'total_size'?: (number);
}

/**
 * Response of ListRiskSignals.
 */
export interface ListRiskSignalsResponse__Output {
  /**
   * One page of signals, ordered by kind, then subject.
   */
  'signals': (_chainbridge_payment_v1_RiskSignal__Output)[];
  /**
   * Token for the next page; empty on the last page.
   */
  'next_page_token': (string);
  /**
   * Number of signals, over all pages.
   */
  'total_size': (number);
}
