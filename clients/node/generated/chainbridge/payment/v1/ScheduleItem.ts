// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { ShipmentEventType as _chainbridge_common_v1_ShipmentEventType, ShipmentEventType__Output as _chainbridge_common_v1_ShipmentEventType__Output } from '../../../chainbridge/common/v1/ShipmentEventType';
import type { ReleaseStrategy as _chainbridge_payment_v1_ReleaseStrategy, ReleaseStrategy__Output as _chainbridge_payment_v1_ReleaseStrategy__Output } from '../../../chainbridge/payment/v1/ReleaseStrategy';
import type { Long } from '@grpc/proto-loader';

/**
 * One line of a payment schedule.
 */
export interface ScheduleItem {
  /**
   * The milestone.
   */
  'milestone'?: (_chainbridge_common_v1_ShipmentEventType);
  /**
   * Share in basis points.
   */
  'basis_points'?: (number);
  /**
   * The exact part of the intent's amount; an intent's parts sum to its amount.
   */
  'amount_minor'?: (number | string | Long);
  /**
   * How this milestone's money is released for the intent's tier.
   */
  'release_strategy'?: (_chainbridge_payment_v1_ReleaseStrategy);
}

/**
 * One line of a payment schedule.
 */
export interface ScheduleItem__Output {
  /**
   * The milestone.
   */
  'milestone': (_chainbridge_common_v1_ShipmentEventType__Output);
  /**
   * Share in basis points.
   */
  'basis_points': (number);
  /**
   * The exact part of the intent's amount; an intent's parts sum to its amount.
   */
  'amount_minor': (string);
  /**
   * How this milestone's money is released for the intent's tier.
   */
  'release_strategy': (_chainbridge_payment_v1_ReleaseStrategy__Output);
}
