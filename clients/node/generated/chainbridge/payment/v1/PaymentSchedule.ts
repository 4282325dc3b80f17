// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { ScheduleItem as _chainbridge_payment_v1_ScheduleItem, ScheduleItem__Output as _chainbridge_payment_v1_ScheduleItem__Output } from '../../../chainbridge/payment/v1/ScheduleItem';
import type { RiskTier as _chainbridge_common_v1_RiskTier, RiskTier__Output as _chainbridge_common_v1_RiskTier__Output } from '../../../chainbridge/common/v1/RiskTier';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

/**
 * How an intent's amount is split across milestones.
 */
export interface PaymentSchedule {
  /**
   * The intent.
   */
  'intent_id'?: (string);
  /**
   * One item per milestone, in milestone order.
   */
  'items'?: (_chainbridge_payment_v1_ScheduleItem)[];
  /**
   * True when built from the tier's default shares; false for custom shares.
   */
  'is_default'?: (boolean);
  /**
   * The intent's tier.
   */
  'risk_tier'?: (_chainbridge_common_v1_RiskTier);
  /**
   * Currency of every amount_minor.
   */
  'currency'?: (string);
  /**
   * When the schedule was built.
   */
  'create_time'?: (_google_protobuf_Timestamp | null);
}

/**
 * How an intent's amount is split across milestones.
 */
export interface PaymentSchedule__Output {
  /**
   * The intent.
   */
  'intent_id': (string);
  /**
   * One item per milestone, in milestone order.
   */
  'items': (_chainbridge_payment_v1_ScheduleItem__Output)[];
  /**
   * True when built from the tier's default shares; false for custom shares.
   */
  'is_default': (boolean);
  /**
   * The intent's tier.
   */
  'risk_tier': (_chainbridge_common_v1_RiskTier__Output);
  /**
   * Currency of every amount_minor.
   */
  'currency': (string);
  /**
   * When the schedule was built.
   */
  'create_time': (_google_protobuf_Timestamp__Output | null);
}
