// Original file: ../../protos/chainbridge/payment/v1/payment.proto

/**
 * Where a notification delivery stands.
 */
export const NotificationDeliveryState = {
  /**
   * Not set; as a filter: every state.
   */
  NOTIFICATION_DELIVERY_STATE_UNSPECIFIED: 'NOTIFICATION_DELIVERY_STATE_UNSPECIFIED',
  /**
   * Waiting for its next attempt (or being attempted now).
   */
  NOTIFICATION_DELIVERY_STATE_PENDING: 'NOTIFICATION_DELIVERY_STATE_PENDING',
  /**
   * The receiver acknowledged it (2xx, or SMTP accepted the message).
   */
  NOTIFICATION_DELIVERY_STATE_DELIVERED: 'NOTIFICATION_DELIVERY_STATE_DELIVERED',
  /**
   * Given up: refused for good (410 Gone, SMTP 5xx) or still failing when the 3-day window closed.
   */
  NOTIFICATION_DELIVERY_STATE_FAILED: 'NOTIFICATION_DELIVERY_STATE_FAILED',
  /**
   * Its subscription was deleted before it was delivered.
   */
  NOTIFICATION_DELIVERY_STATE_CANCELLED: 'NOTIFICATION_DELIVERY_STATE_CANCELLED',
} as const;

/**
 * Where a notification delivery stands.
 */
export type NotificationDeliveryState =
  /**
   * Not set; as a filter: every state.
   */
  | 'NOTIFICATION_DELIVERY_STATE_UNSPECIFIED'
  | 0
  /**
   * Waiting for its next attempt (or being attempted now).
   */
  | 'NOTIFICATION_DELIVERY_STATE_PENDING'
  | 1
  /**
   * The receiver acknowledged it (2xx, or SMTP accepted the message).
   */
  | 'NOTIFICATION_DELIVERY_STATE_DELIVERED'
  | 2
  /**
   * Given up: refused for good (410 Gone, SMTP 5xx) or still failing when the 3-day window closed.
   */
  | 'NOTIFICATION_DELIVERY_STATE_FAILED'
  | 3
  /**
   * Its subscription was deleted before it was delivered.
   */
  | 'NOTIFICATION_DELIVERY_STATE_CANCELLED'
  | 4

/**
 * Where a notification delivery stands.
 */
export type NotificationDeliveryState__Output = typeof NotificationDeliveryState[keyof typeof NotificationDeliveryState]
