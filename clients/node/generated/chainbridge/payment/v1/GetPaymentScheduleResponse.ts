// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { PaymentSchedule as _chainbridge_payment_v1_PaymentSchedule, PaymentSchedule__Output as _chainbridge_payment_v1_PaymentSchedule__Output } from '../../../chainbridge/payment/v1/PaymentSchedule';

/**
 * Response of GetPaymentSchedule.
 */
export interface GetPaymentScheduleResponse {
  /**
   * The schedule.
   */
  'schedule'?: (_chainbridge_payment_v1_PaymentSchedule | null);
}

/**
 * Response of GetPaymentSchedule.
 */
export interface GetPaymentScheduleResponse__Output {
  /**
   * The schedule.
   */
  'schedule': (_chainbridge_payment_v1_PaymentSchedule__Output | null);
}
