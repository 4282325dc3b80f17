// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { AuditEntry as _chainbridge_payment_v1_AuditEntry, AuditEntry__Output as _chainbridge_payment_v1_AuditEntry__Output } from '../../../chainbridge/payment/v1/AuditEntry';

/**
 * Response of GetSettlementHistory.
 */
export interface GetSettlementHistoryResponse {
  /**
   * The intent's audit rows in order.
   */
  'entries'?: (_chainbridge_payment_v1_AuditEntry)[];
  /**
   * Token for the next page; empty on the last page.
   */
  'next_page_token'?: (string);
}

/**
 * Response of GetSettlementHistory.
 */
export interface GetSettlementHistoryResponse__Output {
  /**
   * The intent's audit rows in order.
   */
  'entries': (_chainbridge_payment_v1_AuditEntry__Output)[];
  /**
   * Token for the next page; empty on the last page.
   */
  'next_page_token': (string);
}
