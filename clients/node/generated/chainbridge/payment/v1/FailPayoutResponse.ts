// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { Payout as _chainbridge_payment_v1_Payout, Payout__Output as _chainbridge_payment_v1_Payout__Output } from '../../../chainbridge/payment/v1/Payout';

/**
 * Response of FailPayout.
 */
export interface FailPayoutResponse {
  /**
   * The payout, FAILED.
   */
  'payout'?: (_chainbridge_payment_v1_Payout | null);
}

/**
 * Response of FailPayout.
 */
export interface FailPayoutResponse__Output {
  /**
   * The payout, FAILED.
   */
  'payout': (_chainbridge_payment_v1_Payout__Output | null);
}
