// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { PayoutRun as _chainbridge_payment_v1_PayoutRun, PayoutRun__Output as _chainbridge_payment_v1_PayoutRun__Output } from '../../../chainbridge/payment/v1/PayoutRun';
import type { Payout as _chainbridge_payment_v1_Payout, Payout__Output as _chainbridge_payment_v1_Payout__Output } from '../../../chainbridge/payment/v1/Payout';
import type { SkippedPayee as _chainbridge_payment_v1_SkippedPayee, SkippedPayee__Output as _chainbridge_payment_v1_SkippedPayee__Output } from '../../../chainbridge/payment/v1/SkippedPayee';

/**
 * Response of CreatePayoutRun.
 */
export interface CreatePayoutRunResponse {
  /**
   * The run.
   */
  'run'?: (_chainbridge_payment_v1_PayoutRun | null);
  /**
   * The payouts it created (without their lines: see GetPayout), by currency, payee and part.
   */
  'payouts'?: (_chainbridge_payment_v1_Payout)[];
  /**
   * The payees whose milestones it could not pay, with the reason.
   */
  'skipped_payees'?: (_chainbridge_payment_v1_SkippedPayee)[];
}

/**
 * Response of CreatePayoutRun.
 */
export interface CreatePayoutRunResponse__Output {
  /**
   * The run.
   */
  'run': (_chainbridge_payment_v1_PayoutRun__Output | null);
  /**
   * The payouts it created (without their lines: see GetPayout), by currency, payee and part.
   */
  'payouts': (_chainbridge_payment_v1_Payout__Output)[];
  /**
   * The payees whose milestones it could not pay, with the reason.
   */
  'skipped_payees': (_chainbridge_payment_v1_SkippedPayee__Output)[];
}
