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
  /**
   * Not retried: the payment service refused it for good (or kept failing on it). An
   * operator redelivers or discards it.
   */
  DELIVERY_STATE_PARKED: 'DELIVERY_STATE_PARKED',
  /**
   * Given up by an operator; never delivered.
   */
  DELIVERY_STATE_DISCARDED: 'DELIVERY_STATE_DISCARDED',
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
   * Not retried: the payment service refused it for good (or kept failing on it). An
   * operator redelivers or discards it.
   */
  | 'DELIVERY_STATE_PARKED'
  | 3
  /**
   * Given up by an operator; never delivered.
   */
  | 'DELIVERY_STATE_DISCARDED'
  | 4

/**
 * Whether a recorded event has reached the payment service.
 */
export type DeliveryState__Output = typeof DeliveryState[keyof typeof DeliveryState]
