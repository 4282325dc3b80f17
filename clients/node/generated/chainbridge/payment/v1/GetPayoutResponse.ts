// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { Payout as _chainbridge_payment_v1_Payout, Payout__Output as _chainbridge_payment_v1_Payout__Output } from '../../../chainbridge/payment/v1/Payout';
import type { PayoutEvent as _chainbridge_payment_v1_PayoutEvent, PayoutEvent__Output as _chainbridge_payment_v1_PayoutEvent__Output } from '../../../chainbridge/payment/v1/PayoutEvent';

/**
 * Response of GetPayout.
 */
export interface GetPayoutResponse {
  /**
   * The payout with its lines.
   */
  'payout'?: (_chainbridge_payment_v1_Payout | null);
  /**
   * Its status changes, oldest first.
   */
  'history'?: (_chainbridge_payment_v1_PayoutEvent)[];
  /**
   * Its remittance advice as CSV (one row per milestone and a TOTAL row), for the carrier.
   */
  'remittance_advice_csv'?: (string);
}

/**
 * Response of GetPayout.
 */
export interface GetPayoutResponse__Output {
  /**
   * The payout with its lines.
   */
  'payout': (_chainbridge_payment_v1_Payout__Output | null);
  /**
   * Its status changes, oldest first.
   */
  'history': (_chainbridge_payment_v1_PayoutEvent__Output)[];
  /**
   * Its remittance advice as CSV (one row per milestone and a TOTAL row), for the carrier.
   */
  'remittance_advice_csv': (string);
}
