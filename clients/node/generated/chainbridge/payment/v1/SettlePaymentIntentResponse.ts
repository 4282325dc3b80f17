// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { PaymentIntent as _chainbridge_payment_v1_PaymentIntent, PaymentIntent__Output as _chainbridge_payment_v1_PaymentIntent__Output } from '../../../chainbridge/payment/v1/PaymentIntent';
import type { MilestoneSettlement as _chainbridge_payment_v1_MilestoneSettlement, MilestoneSettlement__Output as _chainbridge_payment_v1_MilestoneSettlement__Output } from '../../../chainbridge/payment/v1/MilestoneSettlement';

/**
 * Response of SettlePaymentIntent.
 */
export interface SettlePaymentIntentResponse {
  /**
   * The intent after the call.
   */
  'payment_intent'?: (_chainbridge_payment_v1_PaymentIntent | null);
  /**
   * The milestones this call created or changed.
   */
  'settlements'?: (_chainbridge_payment_v1_MilestoneSettlement)[];
}

/**
 * Response of SettlePaymentIntent.
 */
export interface SettlePaymentIntentResponse__Output {
  /**
   * The intent after the call.
   */
  'payment_intent': (_chainbridge_payment_v1_PaymentIntent__Output | null);
  /**
   * The milestones this call created or changed.
   */
  'settlements': (_chainbridge_payment_v1_MilestoneSettlement__Output)[];
}
