// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { ShipmentEventType as _chainbridge_common_v1_ShipmentEventType, ShipmentEventType__Output as _chainbridge_common_v1_ShipmentEventType__Output } from '../../../chainbridge/common/v1/ShipmentEventType';

/**
 * A milestone's share of an intent in a schedule.
 */
export interface MilestoneShare {
  /**
   * The milestone: PICKUP_CONFIRMED, POD_CONFIRMED or CLAIM_WINDOW_CLOSED.
   */
  'milestone'?: (_chainbridge_common_v1_ShipmentEventType);
  /**
   * Share of the intent in basis points (0..10000; a schedule's shares sum to 10000).
   */
  'basis_points'?: (number);
}

/**
 * A milestone's share of an intent in a schedule.
 */
export interface MilestoneShare__Output {
  /**
   * The milestone: PICKUP_CONFIRMED, POD_CONFIRMED or CLAIM_WINDOW_CLOSED.
   */
  'milestone': (_chainbridge_common_v1_ShipmentEventType__Output);
  /**
   * Share of the intent in basis points (0..10000; a schedule's shares sum to 10000).
   */
  'basis_points': (number);
}
