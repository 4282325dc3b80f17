// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { MilestoneSettlement as _chainbridge_payment_v1_MilestoneSettlement, MilestoneSettlement__Output as _chainbridge_payment_v1_MilestoneSettlement__Output } from '../../../chainbridge/payment/v1/MilestoneSettlement';
import type { PaymentIntent as _chainbridge_payment_v1_PaymentIntent, PaymentIntent__Output as _chainbridge_payment_v1_PaymentIntent__Output } from '../../../chainbridge/payment/v1/PaymentIntent';

/**
 * Response of CompleteSettlement.
 */
export interface CompleteSettlementResponse {
  /**
   * The milestones now SETTLED by this call.
   */
  'settlements'?: (_chainbridge_payment_v1_MilestoneSettlement)[];
  /**
   * The intent after the call.
   */
  'payment_intent'?: (_chainbridge_payment_v1_PaymentIntent | null);
}

/**
 * Response of CompleteSettlement.
 */
export interface CompleteSettlementResponse__Output {
  /**
   * The milestones now SETTLED by this call.
   */
  'settlements': (_chainbridge_payment_v1_MilestoneSettlement__Output)[];
  /**
   * The intent after the call.
   */
  'payment_intent': (_chainbridge_payment_v1_PaymentIntent__Output | null);
}
