// Original file: ../../protos/chainbridge/freight/v1/freight.proto

/**
 * Lifecycle of a shipment. Moves forward only; events advance it.
 */
export const ShipmentStatus = {
  /**
   * Not set. As a list filter: any status.
   */
  SHIPMENT_STATUS_UNSPECIFIED: 'SHIPMENT_STATUS_UNSPECIFIED',
  /**
   * Created; no pickup yet.
   */
  SHIPMENT_STATUS_CREATED: 'SHIPMENT_STATUS_CREATED',
  /**
   * Pickup confirmed.
   */
  SHIPMENT_STATUS_PICKED_UP: 'SHIPMENT_STATUS_PICKED_UP',
  /**
   * In transit (in transit, at a terminal, or a delivery attempted).
   */
  SHIPMENT_STATUS_IN_TRANSIT: 'SHIPMENT_STATUS_IN_TRANSIT',
  /**
   * Proof of delivery confirmed.
   */
  SHIPMENT_STATUS_DELIVERED: 'SHIPMENT_STATUS_DELIVERED',
  /**
   * Claim window closed: nothing more to pay.
   */
  SHIPMENT_STATUS_CLOSED: 'SHIPMENT_STATUS_CLOSED',
  /**
   * Cancelled before delivery; events are refused.
   */
  SHIPMENT_STATUS_CANCELLED: 'SHIPMENT_STATUS_CANCELLED',
} as const;

/**
 * Lifecycle of a shipment. Moves forward only; events advance it.
 */
export type ShipmentStatus =
  /**
   * Not set. As a list filter: any status.
   */
  | 'SHIPMENT_STATUS_UNSPECIFIED'
  | 0
  /**
   * Created; no pickup yet.
   */
  | 'SHIPMENT_STATUS_CREATED'
  | 1
  /**
   * Pickup confirmed.
   */
  | 'SHIPMENT_STATUS_PICKED_UP'
  | 2
  /**
   * In transit (in transit, at a terminal, or a delivery attempted).
   */
  | 'SHIPMENT_STATUS_IN_TRANSIT'
  | 3
  /**
   * Proof of delivery confirmed.
   */
  | 'SHIPMENT_STATUS_DELIVERED'
  | 4
  /**
   * Claim window closed: nothing more to pay.
   */
  | 'SHIPMENT_STATUS_CLOSED'
  | 5
  /**
   * Cancelled before delivery; events are refused.
   */
  | 'SHIPMENT_STATUS_CANCELLED'
  | 6

/**
 * Lifecycle of a shipment. Moves forward only; events advance it.
 */
export type ShipmentStatus__Output = typeof ShipmentStatus[keyof typeof ShipmentStatus]
