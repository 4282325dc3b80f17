// Original file: ../../protos/chainbridge/payment/v1/payment.proto

/**
 * Status of one milestone settlement. See the README for the state machine.
 */
export const MilestoneStatus = {
  /**
   * Not set. As a list filter: any status.
   */
  MILESTONE_STATUS_UNSPECIFIED: 'MILESTONE_STATUS_UNSPECIFIED',
  /**
   * Awaiting manual review.
   */
  MILESTONE_STATUS_PENDING: 'MILESTONE_STATUS_PENDING',
  /**
   * Waiting for release_at; the release worker approves it then.
   */
  MILESTONE_STATUS_DELAYED: 'MILESTONE_STATUS_DELAYED',
  /**
   * Released: the carrier is owed the amount.
   */
  MILESTONE_STATUS_APPROVED: 'MILESTONE_STATUS_APPROVED',
  /**
   * Funds moved through the payment rail.
   */
  MILESTONE_STATUS_SETTLED: 'MILESTONE_STATUS_SETTLED',
  /**
   * Rejected by an operator; never pays.
   */
  MILESTONE_STATUS_REJECTED: 'MILESTONE_STATUS_REJECTED',
  /**
   * Cancelled with its intent; never pays.
   */
  MILESTONE_STATUS_CANCELLED: 'MILESTONE_STATUS_CANCELLED',
  /**
   * Held by an open cargo claim (claim_id): neither the release worker, an approval nor
   * CLAIM_WINDOW_CLOSED releases it until ResolveClaim decides.
   */
  MILESTONE_STATUS_ON_HOLD: 'MILESTONE_STATUS_ON_HOLD',
  /**
   * Returned to the shipper by a resolved cargo claim the carrier was liable for; never pays.
   */
  MILESTONE_STATUS_RETURNED: 'MILESTONE_STATUS_RETURNED',
} as const;

/**
 * Status of one milestone settlement. See the README for the state machine.
 */
export type MilestoneStatus =
  /**
   * Not set. As a list filter: any status.
   */
  | 'MILESTONE_STATUS_UNSPECIFIED'
  | 0
  /**
   * Awaiting manual review.
   */
  | 'MILESTONE_STATUS_PENDING'
  | 1
  /**
   * Waiting for release_at; the release worker approves it then.
   */
  | 'MILESTONE_STATUS_DELAYED'
  | 2
  /**
   * Released: the carrier is owed the amount.
   */
  | 'MILESTONE_STATUS_APPROVED'
  | 3
  /**
   * Funds moved through the payment rail.
   */
  | 'MILESTONE_STATUS_SETTLED'
  | 4
  /**
   * Rejected by an operator; never pays.
   */
  | 'MILESTONE_STATUS_REJECTED'
  | 5
  /**
   * Cancelled with its intent; never pays.
   */
  | 'MILESTONE_STATUS_CANCELLED'
  | 6
  /**
   * Held by an open cargo claim (claim_id): neither the release worker, an approval nor
   * CLAIM_WINDOW_CLOSED releases it until ResolveClaim decides.
   */
  | 'MILESTONE_STATUS_ON_HOLD'
  | 7
  /**
   * Returned to the shipper by a resolved cargo claim the carrier was liable for; never pays.
   */
  | 'MILESTONE_STATUS_RETURNED'
  | 8

/**
 * Status of one milestone settlement. See the README for the state machine.
 */
export type MilestoneStatus__Output = typeof MilestoneStatus[keyof typeof MilestoneStatus]
