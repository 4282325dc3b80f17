// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { ShipmentEventType as _chainbridge_common_v1_ShipmentEventType, ShipmentEventType__Output as _chainbridge_common_v1_ShipmentEventType__Output } from '../../../chainbridge/common/v1/ShipmentEventType';
import type { ReleaseStrategy as _chainbridge_payment_v1_ReleaseStrategy, ReleaseStrategy__Output as _chainbridge_payment_v1_ReleaseStrategy__Output } from '../../../chainbridge/payment/v1/ReleaseStrategy';
import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from '../../../google/protobuf/Duration';

/**
 * How one milestone would be released.
 */
export interface MilestonePolicy {
  /**
   * The milestone.
   */
  'milestone'?: (_chainbridge_common_v1_ShipmentEventType);
  /**
   * Its default share for the tier, in basis points.
   */
  'basis_points'?: (number);
  /**
   * How it is released.
   */
  'release_strategy'?: (_chainbridge_payment_v1_ReleaseStrategy);
  /**
   * For DELAYED: the wait after the event before release.
   */
  'release_delay'?: (_google_protobuf_Duration | null);
}

/**
 * How one milestone would be released.
 */
export interface MilestonePolicy__Output {
  /**
   * The milestone.
   */
  'milestone': (_chainbridge_common_v1_ShipmentEventType__Output);
  /**
   * Its default share for the tier, in basis points.
   */
  'basis_points': (number);
  /**
   * How it is released.
   */
  'release_strategy': (_chainbridge_payment_v1_ReleaseStrategy__Output);
  /**
   * For DELAYED: the wait after the event before release.
   */
  'release_delay': (_google_protobuf_Duration__Output | null);
}
