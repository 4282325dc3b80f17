// Original file: ../../protos/chainbridge/payment/v1/payment.proto

/**
 * Who may release a milestone's money, and when.
 */
export const ReleaseStrategy = {
  /**
   * Not set.
   */
  RELEASE_STRATEGY_UNSPECIFIED: 'RELEASE_STRATEGY_UNSPECIFIED',
  /**
   * Released as soon as the milestone event arrives.
   */
  RELEASE_STRATEGY_IMMEDIATE: 'RELEASE_STRATEGY_IMMEDIATE',
  /**
   * Released by the release worker at release_at (event time + delay).
   */
  RELEASE_STRATEGY_DELAYED: 'RELEASE_STRATEGY_DELAYED',
  /**
   * Held for an operator (ApproveMilestoneSettlement).
   */
  RELEASE_STRATEGY_MANUAL_REVIEW: 'RELEASE_STRATEGY_MANUAL_REVIEW',
} as const;

/**
 * Who may release a milestone's money, and when.
 */
export type ReleaseStrategy =
  /**
   * Not set.
   */
  | 'RELEASE_STRATEGY_UNSPECIFIED'
  | 0
  /**
   * Released as soon as the milestone event arrives.
   */
  | 'RELEASE_STRATEGY_IMMEDIATE'
  | 1
  /**
   * Released by the release worker at release_at (event time + delay).
   */
  | 'RELEASE_STRATEGY_DELAYED'
  | 2
  /**
   * Held for an operator (ApproveMilestoneSettlement).
   */
  | 'RELEASE_STRATEGY_MANUAL_REVIEW'
  | 3

/**
 * Who may release a milestone's money, and when.
 */
export type ReleaseStrategy__Output = typeof ReleaseStrategy[keyof typeof ReleaseStrategy]
