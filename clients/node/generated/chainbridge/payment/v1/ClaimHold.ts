// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { ShipmentEventType as _chainbridge_common_v1_ShipmentEventType, ShipmentEventType__Output as _chainbridge_common_v1_ShipmentEventType__Output } from '../../../chainbridge/common/v1/ShipmentEventType';
import type { Long } from '@grpc/proto-loader';

/**
 * Part of a claim's hold: some of one milestone of one intent.
 */
export interface ClaimHold {
  /**
   * The intent.
   */
  'intent_id'?: (string);
  /**
   * The milestone.
   */
  'milestone'?: (_chainbridge_common_v1_ShipmentEventType);
  /**
   * Amount held, in the claim's currency.
   */
  'amount_minor'?: (number | string | Long);
  /**
   * The ON_HOLD settlement; empty while the milestone's event has not come (the share is
   * held as it is triggered).
   */
  'settlement_id'?: (string);
}

/**
 * Part of a claim's hold: some of one milestone of one intent.
 */
export interface ClaimHold__Output {
  /**
   * The intent.
   */
  'intent_id': (string);
  /**
   * The milestone.
   */
  'milestone': (_chainbridge_common_v1_ShipmentEventType__Output);
  /**
   * Amount held, in the claim's currency.
   */
  'amount_minor': (string);
  /**
   * The ON_HOLD settlement; empty while the milestone's event has not come (the share is
   * held as it is triggered).
   */
  'settlement_id': (string);
}
