// Original file: ../../protos/chainbridge/freight/v1/freight.proto

/**
 * Whether a recorded event has reached the payment service.
 */
export const DeliveryState = {
  /**
   * Not set. As a list filter: any state.
   */
  DELIVERY_STATE_UNSPECIFIED: 'DELIVERY_STATE_UNSPECIFIED',
  /**
   * Queued in the outbox; not yet acknowledged by the payment service.
   */
  DELIVERY_STATE_PENDING: 'DELIVERY_STATE_PENDING',
  /**
   * Acknowledged by the payment service.
   */
  DELIVERY_STATE_DELIVERED: 'DELIVERY_STATE_DELIVERED',
} as const;

/**
 * Whether a recorded event has reached the payment service.
 */
export type DeliveryState =
  /**
   * Not set. As a list filter: any state.
   */
  | 'DELIVERY_STATE_UNSPECIFIED'
  | 0
  /**
   * Queued in the outbox; not yet acknowledged by the payment service.
   */
  | 'DELIVERY_STATE_PENDING'
  | 1
  /**
   * Acknowledged by the payment service.
   */
  | 'DELIVERY_STATE_DELIVERED'
  | 2

/**
 * Whether a recorded event has reached the payment service.
 */
export type DeliveryState__Output = typeof DeliveryState[keyof typeof DeliveryState]
