// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { PaymentSchedule as _chainbridge_payment_v1_PaymentSchedule, PaymentSchedule__Output as _chainbridge_payment_v1_PaymentSchedule__Output } from '../../../chainbridge/payment/v1/PaymentSchedule';
import type { MilestoneSettlement as _chainbridge_payment_v1_MilestoneSettlement, MilestoneSettlement__Output as _chainbridge_payment_v1_MilestoneSettlement__Output } from '../../../chainbridge/payment/v1/MilestoneSettlement';

/**
 * Response of BuildPaymentSchedule.
 */
export interface BuildPaymentScheduleResponse {
  /**
   * The schedule.
   */
  'schedule'?: (_chainbridge_payment_v1_PaymentSchedule | null);
  /**
   * Milestones created at once from events received before the schedule existed.
   */
  'applied_settlements'?: (_chainbridge_payment_v1_MilestoneSettlement)[];
}

/**
 * Response of BuildPaymentSchedule.
 */
export interface BuildPaymentScheduleResponse__Output {
  /**
   * The schedule.
   */
  'schedule': (_chainbridge_payment_v1_PaymentSchedule__Output | null);
  /**
   * Milestones created at once from events received before the schedule existed.
   */
  'applied_settlements': (_chainbridge_payment_v1_MilestoneSettlement__Output)[];
}
