// Original file: ../../protos/chainbridge/common/v1/common.proto

/**
 * What happened to a shipment. Three types are payment milestones:
 * PICKUP_CONFIRMED, POD_CONFIRMED and CLAIM_WINDOW_CLOSED. CLAIM_FILED is a cargo claim:
 * it holds the shipment's unreleased money until the payment service resolves it.
 */
export const ShipmentEventType = {
  /**
   * Not set. Refused as input.
   */
  SHIPMENT_EVENT_TYPE_UNSPECIFIED: 'SHIPMENT_EVENT_TYPE_UNSPECIFIED',
  /**
   * The shipment was created. Recorded by CreateShipment itself.
   */
  SHIPMENT_EVENT_TYPE_CREATED: 'SHIPMENT_EVENT_TYPE_CREATED',
  /**
   * The carrier picked the cargo up. Payment milestone.
   */
  SHIPMENT_EVENT_TYPE_PICKUP_CONFIRMED: 'SHIPMENT_EVENT_TYPE_PICKUP_CONFIRMED',
  /**
   * The cargo is moving.
   */
  SHIPMENT_EVENT_TYPE_IN_TRANSIT: 'SHIPMENT_EVENT_TYPE_IN_TRANSIT',
  /**
   * The cargo reached a terminal or hub.
   */
  SHIPMENT_EVENT_TYPE_AT_TERMINAL: 'SHIPMENT_EVENT_TYPE_AT_TERMINAL',
  /**
   * A delivery was attempted but not completed.
   */
  SHIPMENT_EVENT_TYPE_DELIVERY_ATTEMPTED: 'SHIPMENT_EVENT_TYPE_DELIVERY_ATTEMPTED',
  /**
   * Proof of delivery was confirmed. Payment milestone; implies pickup.
   */
  SHIPMENT_EVENT_TYPE_POD_CONFIRMED: 'SHIPMENT_EVENT_TYPE_POD_CONFIRMED',
  /**
   * The window for cargo claims closed. Payment milestone; needs POD first.
   */
  SHIPMENT_EVENT_TYPE_CLAIM_WINDOW_CLOSED: 'SHIPMENT_EVENT_TYPE_CLAIM_WINDOW_CLOSED',
  /**
   * A cargo claim was filed (damage, loss, shortage). Recorded by FreightService.FileClaim
   * only; refused after CLAIM_WINDOW_CLOSED.
   */
  SHIPMENT_EVENT_TYPE_CLAIM_FILED: 'SHIPMENT_EVENT_TYPE_CLAIM_FILED',
} as const;

/**
 * What happened to a shipment. Three types are payment milestones:
 * PICKUP_CONFIRMED, POD_CONFIRMED and CLAIM_WINDOW_CLOSED. CLAIM_FILED is a cargo claim:
 * it holds the shipment's unreleased money until the payment service resolves it.
 */
export type ShipmentEventType =
  /**
   * Not set. Refused as input.
   */
  | 'SHIPMENT_EVENT_TYPE_UNSPECIFIED'
  | 0
  /**
   * The shipment was created. Recorded by CreateShipment itself.
   */
  | 'SHIPMENT_EVENT_TYPE_CREATED'
  | 1
  /**
   * The carrier picked the cargo up. Payment milestone.
   */
  | 'SHIPMENT_EVENT_TYPE_PICKUP_CONFIRMED'
  | 2
  /**
   * The cargo is moving.
   */
  | 'SHIPMENT_EVENT_TYPE_IN_TRANSIT'
  | 3
  /**
   * The cargo reached a terminal or hub.
   */
  | 'SHIPMENT_EVENT_TYPE_AT_TERMINAL'
  | 4
  /**
   * A delivery was attempted but not completed.
   */
  | 'SHIPMENT_EVENT_TYPE_DELIVERY_ATTEMPTED'
  | 5
  /**
   * Proof of delivery was confirmed. Payment milestone; implies pickup.
   */
  | 'SHIPMENT_EVENT_TYPE_POD_CONFIRMED'
  | 6
  /**
   * The window for cargo claims closed. Payment milestone; needs POD first.
   */
  | 'SHIPMENT_EVENT_TYPE_CLAIM_WINDOW_CLOSED'
  | 7
  /**
   * A cargo claim was filed (damage, loss, shortage). Recorded by FreightService.FileClaim
   * only; refused after CLAIM_WINDOW_CLOSED.
   */
  | 'SHIPMENT_EVENT_TYPE_CLAIM_FILED'
  | 8

/**
 * What happened to a shipment. Three types are payment milestones:
 * PICKUP_CONFIRMED, POD_CONFIRMED and CLAIM_WINDOW_CLOSED. CLAIM_FILED is a cargo claim:
 * it holds the shipment's unreleased money until the payment service resolves it.
 */
export type ShipmentEventType__Output = typeof ShipmentEventType[keyof typeof ShipmentEventType]
