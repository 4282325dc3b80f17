// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { Payout as _chainbridge_payment_v1_Payout, Payout__Output as _chainbridge_payment_v1_Payout__Output } from '../../../chainbridge/payment/v1/Payout';
import type { MilestoneSettlement as _chainbridge_payment_v1_MilestoneSettlement, MilestoneSettlement__Output as _chainbridge_payment_v1_MilestoneSettlement__Output } from '../../../chainbridge/payment/v1/MilestoneSettlement';

/**
 * Response of ConfirmPayout.
 */
export interface ConfirmPayoutResponse {
  /**
   * The payout, PAID.
   */
  'payout'?: (_chainbridge_payment_v1_Payout | null);
  /**
   * Its milestones, now SETTLED.
   */
  'settlements'?: (_chainbridge_payment_v1_MilestoneSettlement)[];
}

/**
 * Response of ConfirmPayout.
 */
export interface ConfirmPayoutResponse__Output {
  /**
   * The payout, PAID.
   */
  'payout': (_chainbridge_payment_v1_Payout__Output | null);
  /**
   * Its milestones, now SETTLED.
   */
  'settlements': (_chainbridge_payment_v1_MilestoneSettlement__Output)[];
}
