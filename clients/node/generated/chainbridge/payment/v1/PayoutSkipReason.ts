// Original file: ../../protos/chainbridge/payment/v1/payment.proto

/**
 * Why a run could not pay a payee's milestones.
 */
export const PayoutSkipReason = {
  /**
   * Not set.
   */
  PAYOUT_SKIP_REASON_UNSPECIFIED: 'PAYOUT_SKIP_REASON_UNSPECIFIED',
  /**
   * The payee has no account for the currency: register one with RegisterPayeeAccount.
   */
  PAYOUT_SKIP_REASON_NO_ACCOUNT_FOR_CURRENCY: 'PAYOUT_SKIP_REASON_NO_ACCOUNT_FOR_CURRENCY',
  /**
   * A single milestone is larger than the rail's largest transfer.
   */
  PAYOUT_SKIP_REASON_LINE_ABOVE_PAYOUT_LIMIT: 'PAYOUT_SKIP_REASON_LINE_ABOVE_PAYOUT_LIMIT',
} as const;

/**
 * Why a run could not pay a payee's milestones.
 */
export type PayoutSkipReason =
  /**
   * Not set.
   */
  | 'PAYOUT_SKIP_REASON_UNSPECIFIED'
  | 0
  /**
   * The payee has no account for the currency: register one with RegisterPayeeAccount.
   */
  | 'PAYOUT_SKIP_REASON_NO_ACCOUNT_FOR_CURRENCY'
  | 1
  /**
   * A single milestone is larger than the rail's largest transfer.
   */
  | 'PAYOUT_SKIP_REASON_LINE_ABOVE_PAYOUT_LIMIT'
  | 2

/**
 * Why a run could not pay a payee's milestones.
 */
export type PayoutSkipReason__Output = typeof PayoutSkipReason[keyof typeof PayoutSkipReason]
