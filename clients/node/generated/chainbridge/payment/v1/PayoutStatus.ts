// Original file: ../../protos/chainbridge/payment/v1/payment.proto

/**
 * Lifecycle of a payout: CREATED, then SUBMITTED when its file or transfer went out, then
 * PAID (confirmed by the bank) or FAILED (returned, or withdrawn before it was sent).
 */
export const PayoutStatus = {
  /**
   * Not set. As a list filter: any status.
   */
  PAYOUT_STATUS_UNSPECIFIED: 'PAYOUT_STATUS_UNSPECIFIED',
  /**
   * Created by a run; nothing sent yet.
   */
  PAYOUT_STATUS_CREATED: 'PAYOUT_STATUS_CREATED',
  /**
   * Its file was produced (or its transfer sent): the money is in transit.
   */
  PAYOUT_STATUS_SUBMITTED: 'PAYOUT_STATUS_SUBMITTED',
  /**
   * Confirmed by the bank; its milestones are SETTLED. Final.
   */
  PAYOUT_STATUS_PAID: 'PAYOUT_STATUS_PAID',
  /**
   * Returned or withdrawn; its milestones are back in the pool. Final.
   */
  PAYOUT_STATUS_FAILED: 'PAYOUT_STATUS_FAILED',
} as const;

/**
 * Lifecycle of a payout: CREATED, then SUBMITTED when its file or transfer went out, then
 * PAID (confirmed by the bank) or FAILED (returned, or withdrawn before it was sent).
 */
export type PayoutStatus =
  /**
   * Not set. As a list filter: any status.
   */
  | 'PAYOUT_STATUS_UNSPECIFIED'
  | 0
  /**
   * Created by a run; nothing sent yet.
   */
  | 'PAYOUT_STATUS_CREATED'
  | 1
  /**
   * Its file was produced (or its transfer sent): the money is in transit.
   */
  | 'PAYOUT_STATUS_SUBMITTED'
  | 2
  /**
   * Confirmed by the bank; its milestones are SETTLED. Final.
   */
  | 'PAYOUT_STATUS_PAID'
  | 3
  /**
   * Returned or withdrawn; its milestones are back in the pool. Final.
   */
  | 'PAYOUT_STATUS_FAILED'
  | 4

/**
 * Lifecycle of a payout: CREATED, then SUBMITTED when its file or transfer went out, then
 * PAID (confirmed by the bank) or FAILED (returned, or withdrawn before it was sent).
 */
export type PayoutStatus__Output = typeof PayoutStatus[keyof typeof PayoutStatus]
