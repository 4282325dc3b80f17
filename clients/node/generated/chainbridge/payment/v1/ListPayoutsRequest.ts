// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { PayoutStatus as _chainbridge_payment_v1_PayoutStatus, PayoutStatus__Output as _chainbridge_payment_v1_PayoutStatus__Output } from '../../../chainbridge/payment/v1/PayoutStatus';

/**
 * Request of ListPayouts.
 */
export interface ListPayoutsRequest {
  /**
   * Maximum number of payouts to return (default 50, coerced to at most 1000).
   */
  'page_size'?: (number);
  /**
   * next_page_token of a previous call with the same filters.
   */
  'page_token'?: (string);
  /**
   * Only payouts in this status; UNSPECIFIED for all.
   */
  'status'?: (_chainbridge_payment_v1_PayoutStatus);
  /**
   * Only this payee's payouts; empty for all.
   */
  'payee_id'?: (string);
  /**
   * Only payouts in this ISO 4217 currency; empty for all.
   */
  'currency'?: (string);
  /**
   * Only the payouts of this run; empty for all.
   */
  'run_id'?: (string);
}

/**
 * Request of ListPayouts.
 */
export interface ListPayoutsRequest__Output {
  /**
   * Maximum number of payouts to return (default 50, coerced to at most 1000).
   */
  'page_size': (number);
  /**
   * next_page_token of a previous call with the same filters.
   */
  'page_token': (string);
  /**
   * Only payouts in this status; UNSPECIFIED for all.
   */
  'status': (_chainbridge_payment_v1_PayoutStatus__Output);
  /**
   * Only this payee's payouts; empty for all.
   */
  'payee_id': (string);
  /**
   * Only payouts in this ISO 4217 currency; empty for all.
   */
  'currency': (string);
  /**
   * Only the payouts of this run; empty for all.
   */
  'run_id': (string);
}
