// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { ShipmentEventType as _chainbridge_common_v1_ShipmentEventType, ShipmentEventType__Output as _chainbridge_common_v1_ShipmentEventType__Output } from '../../../chainbridge/common/v1/ShipmentEventType';
import type { Money as _chainbridge_common_v1_Money, Money__Output as _chainbridge_common_v1_Money__Output } from '../../../chainbridge/common/v1/Money';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

/**
 * One milestone a payout pays: the remittance line the carrier reconciles against.
 */
export interface PayoutLine {
  /**
   * The milestone settlement.
   */
  'settlement_id'?: (string);
  /**
   * Its payment intent.
   */
  'intent_id'?: (string);
  /**
   * Its shipment.
   */
  'shipment_id'?: (string);
  /**
   * The milestone.
   */
  'milestone'?: (_chainbridge_common_v1_ShipmentEventType);
  /**
   * The milestone's amount.
   */
  'amount'?: (_chainbridge_common_v1_Money | null);
  /**
   * When the milestone was released (APPROVED).
   */
  'released_at'?: (_google_protobuf_Timestamp | null);
}

/**
 * One milestone a payout pays: the remittance line the carrier reconciles against.
 */
export interface PayoutLine__Output {
  /**
   * The milestone settlement.
   */
  'settlement_id': (string);
  /**
   * Its payment intent.
   */
  'intent_id': (string);
  /**
   * Its shipment.
   */
  'shipment_id': (string);
  /**
   * The milestone.
   */
  'milestone': (_chainbridge_common_v1_ShipmentEventType__Output);
  /**
   * The milestone's amount.
   */
  'amount': (_chainbridge_common_v1_Money__Output | null);
  /**
   * When the milestone was released (APPROVED).
   */
  'released_at': (_google_protobuf_Timestamp__Output | null);
}
