// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { MilestoneSettlement as _chainbridge_payment_v1_MilestoneSettlement, MilestoneSettlement__Output as _chainbridge_payment_v1_MilestoneSettlement__Output } from '../../../chainbridge/payment/v1/MilestoneSettlement';

/**
 * Response of ApproveMilestoneSettlement.
 */
export interface ApproveMilestoneSettlementResponse {
  /**
   * The settlement after the decision.
   */
  'settlement'?: (_chainbridge_payment_v1_MilestoneSettlement | null);
}

/**
 * Response of ApproveMilestoneSettlement.
 */
export interface ApproveMilestoneSettlementResponse__Output {
  /**
   * The settlement after the decision.
   */
  'settlement': (_chainbridge_payment_v1_MilestoneSettlement__Output | null);
}
