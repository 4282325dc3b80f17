// Original file: ../../protos/chainbridge/payment/v1/payment.proto

/**
 * A change a subscription can ask to hear about (the webhook event's `type`).
 */
export const NotificationEventType = {
  /**
   * Not set. Refused as input.
   */
  NOTIFICATION_EVENT_TYPE_UNSPECIFIED: 'NOTIFICATION_EVENT_TYPE_UNSPECIFIED',
  /**
   * "milestone.released": a milestone settlement was released (APPROVED).
   */
  NOTIFICATION_EVENT_TYPE_MILESTONE_RELEASED: 'NOTIFICATION_EVENT_TYPE_MILESTONE_RELEASED',
  /**
   * "milestone.settled": the released money moved (SETTLED).
   */
  NOTIFICATION_EVENT_TYPE_MILESTONE_SETTLED: 'NOTIFICATION_EVENT_TYPE_MILESTONE_SETTLED',
  /**
   * "milestone.rejected": an operator rejected a milestone held for review.
   */
  NOTIFICATION_EVENT_TYPE_MILESTONE_REJECTED: 'NOTIFICATION_EVENT_TYPE_MILESTONE_REJECTED',
  /**
   * "milestone.held": a milestone waits for manual review (PENDING).
   */
  NOTIFICATION_EVENT_TYPE_MILESTONE_HELD: 'NOTIFICATION_EVENT_TYPE_MILESTONE_HELD',
  /**
   * "payout.paid": a payout was confirmed paid.
   */
  NOTIFICATION_EVENT_TYPE_PAYOUT_PAID: 'NOTIFICATION_EVENT_TYPE_PAYOUT_PAID',
  /**
   * "payout.failed": a payout failed.
   */
  NOTIFICATION_EVENT_TYPE_PAYOUT_FAILED: 'NOTIFICATION_EVENT_TYPE_PAYOUT_FAILED',
  /**
   * "claim.resolved": a claim on a shipment was resolved.
   */
  NOTIFICATION_EVENT_TYPE_CLAIM_RESOLVED: 'NOTIFICATION_EVENT_TYPE_CLAIM_RESOLVED',
} as const;

/**
 * A change a subscription can ask to hear about (the webhook event's `type`).
 */
export type NotificationEventType =
  /**
   * Not set. Refused as input.
   */
  | 'NOTIFICATION_EVENT_TYPE_UNSPECIFIED'
  | 0
  /**
   * "milestone.released": a milestone settlement was released (APPROVED).
   */
  | 'NOTIFICATION_EVENT_TYPE_MILESTONE_RELEASED'
  | 1
  /**
   * "milestone.settled": the released money moved (SETTLED).
   */
  | 'NOTIFICATION_EVENT_TYPE_MILESTONE_SETTLED'
  | 2
  /**
   * "milestone.rejected": an operator rejected a milestone held for review.
   */
  | 'NOTIFICATION_EVENT_TYPE_MILESTONE_REJECTED'
  | 3
  /**
   * "milestone.held": a milestone waits for manual review (PENDING).
   */
  | 'NOTIFICATION_EVENT_TYPE_MILESTONE_HELD'
  | 4
  /**
   * "payout.paid": a payout was confirmed paid.
   */
  | 'NOTIFICATION_EVENT_TYPE_PAYOUT_PAID'
  | 5
  /**
   * "payout.failed": a payout failed.
   */
  | 'NOTIFICATION_EVENT_TYPE_PAYOUT_FAILED'
  | 6
  /**
   * "claim.resolved": a claim on a shipment was resolved.
   */
  | 'NOTIFICATION_EVENT_TYPE_CLAIM_RESOLVED'
  | 7

/**
 * A change a subscription can ask to hear about (the webhook event's `type`).
 */
export type NotificationEventType__Output = typeof NotificationEventType[keyof typeof NotificationEventType]
