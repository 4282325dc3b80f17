// Original file: ../../protos/chainbridge/payment/v1/payment.proto

/**
 * An operator's decision on a milestone.
 */
export const ReviewDecision = {
  /**
   * Not set. Refused.
   */
  REVIEW_DECISION_UNSPECIFIED: 'REVIEW_DECISION_UNSPECIFIED',
  /**
   * Release the milestone's money.
   */
  REVIEW_DECISION_APPROVE: 'REVIEW_DECISION_APPROVE',
  /**
   * Never pay this milestone.
   */
  REVIEW_DECISION_REJECT: 'REVIEW_DECISION_REJECT',
} as const;

/**
 * An operator's decision on a milestone.
 */
export type ReviewDecision =
  /**
   * Not set. Refused.
   */
  | 'REVIEW_DECISION_UNSPECIFIED'
  | 0
  /**
   * Release the milestone's money.
   */
  | 'REVIEW_DECISION_APPROVE'
  | 1
  /**
   * Never pay this milestone.
   */
  | 'REVIEW_DECISION_REJECT'
  | 2

/**
 * An operator's decision on a milestone.
 */
export type ReviewDecision__Output = typeof ReviewDecision[keyof typeof ReviewDecision]
