// Original file: ../../protos/chainbridge/payment/v1/payment.proto

/**
 * Lifecycle of a payment intent, derived from its milestones.
 */
export const PaymentIntentStatus = {
  /**
   * Not set. As a list filter: any status.
   */
  PAYMENT_INTENT_STATUS_UNSPECIFIED: 'PAYMENT_INTENT_STATUS_UNSPECIFIED',
  /**
   * Created; no schedule yet.
   */
  PAYMENT_INTENT_STATUS_AWAITING_SCHEDULE: 'PAYMENT_INTENT_STATUS_AWAITING_SCHEDULE',
  /**
   * Schedule built; nothing released yet.
   */
  PAYMENT_INTENT_STATUS_SCHEDULED: 'PAYMENT_INTENT_STATUS_SCHEDULED',
  /**
   * Part of the amount released.
   */
  PAYMENT_INTENT_STATUS_PARTIALLY_RELEASED: 'PAYMENT_INTENT_STATUS_PARTIALLY_RELEASED',
  /**
   * Every payable milestone resolved; something still to settle.
   */
  PAYMENT_INTENT_STATUS_RELEASED: 'PAYMENT_INTENT_STATUS_RELEASED',
  /**
   * Everything released has been settled and nothing is outstanding.
   */
  PAYMENT_INTENT_STATUS_SETTLED: 'PAYMENT_INTENT_STATUS_SETTLED',
  /**
   * Cancelled; outstanding milestones were cancelled.
   */
  PAYMENT_INTENT_STATUS_CANCELLED: 'PAYMENT_INTENT_STATUS_CANCELLED',
} as const;

/**
 * Lifecycle of a payment intent, derived from its milestones.
 */
export type PaymentIntentStatus =
  /**
   * Not set. As a list filter: any status.
   */
  | 'PAYMENT_INTENT_STATUS_UNSPECIFIED'
  | 0
  /**
   * Created; no schedule yet.
   */
  | 'PAYMENT_INTENT_STATUS_AWAITING_SCHEDULE'
  | 1
  /**
   * Schedule built; nothing released yet.
   */
  | 'PAYMENT_INTENT_STATUS_SCHEDULED'
  | 2
  /**
   * Part of the amount released.
   */
  | 'PAYMENT_INTENT_STATUS_PARTIALLY_RELEASED'
  | 3
  /**
   * Every payable milestone resolved; something still to settle.
   */
  | 'PAYMENT_INTENT_STATUS_RELEASED'
  | 4
  /**
   * Everything released has been settled and nothing is outstanding.
   */
  | 'PAYMENT_INTENT_STATUS_SETTLED'
  | 5
  /**
   * Cancelled; outstanding milestones were cancelled.
   */
  | 'PAYMENT_INTENT_STATUS_CANCELLED'
  | 6

/**
 * Lifecycle of a payment intent, derived from its milestones.
 */
export type PaymentIntentStatus__Output = typeof PaymentIntentStatus[keyof typeof PaymentIntentStatus]
