// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { RiskTier as _chainbridge_common_v1_RiskTier, RiskTier__Output as _chainbridge_common_v1_RiskTier__Output } from '../../../chainbridge/common/v1/RiskTier';
import type { StatusTotal as _chainbridge_payment_v1_StatusTotal, StatusTotal__Output as _chainbridge_payment_v1_StatusTotal__Output } from '../../../chainbridge/payment/v1/StatusTotal';
import type { DurationStats as _chainbridge_payment_v1_DurationStats, DurationStats__Output as _chainbridge_payment_v1_DurationStats__Output } from '../../../chainbridge/payment/v1/DurationStats';
import type { Long } from '@grpc/proto-loader';

/**
 * The statistics of one (risk tier, payee, currency).
 */
export interface SettlementStatsGroup {
  /**
   * The intents' risk tier.
   */
  'risk_tier'?: (_chainbridge_common_v1_RiskTier);
  /**
   * The payee (carrier).
   */
  'payee_id'?: (string);
  /**
   * ISO 4217 currency of every amount in the group.
   */
  'currency'?: (string);
  /**
   * Count and total per current status (statuses with no milestone are left out).
   */
  'statuses'?: (_chainbridge_payment_v1_StatusTotal)[];
  /**
   * Milestones in the group.
   */
  'settlement_count'?: (number | string | Long);
  /**
   * Their total, every status, as a decimal string of minor units.
   */
  'amount_minor'?: (string);
  /**
   * From the shipment event's occurred_at to the release (APPROVED), for released
   * milestones that an event created.
   */
  'event_to_release'?: (_chainbridge_payment_v1_DurationStats | null);
  /**
   * From the release to the settlement (SETTLED), for settled milestones.
   */
  'release_to_settlement'?: (_chainbridge_payment_v1_DurationStats | null);
}

/**
 * The statistics of one (risk tier, payee, currency).
 */
export interface SettlementStatsGroup__Output {
  /**
   * The intents' risk tier.
   */
  'risk_tier': (_chainbridge_common_v1_RiskTier__Output);
  /**
   * The payee (carrier).
   */
  'payee_id': (string);
  /**
   * ISO 4217 currency of every amount in the group.
   */
  'currency': (string);
  /**
   * Count and total per current status (statuses with no milestone are left out).
   */
  'statuses': (_chainbridge_payment_v1_StatusTotal__Output)[];
  /**
   * Milestones in the group.
   */
  'settlement_count': (string);
  /**
   * Their total, every status, as a decimal string of minor units.
   */
  'amount_minor': (string);
  /**
   * From the shipment event's occurred_at to the release (APPROVED), for released
   * milestones that an event created.
   */
  'event_to_release': (_chainbridge_payment_v1_DurationStats__Output | null);
  /**
   * From the release to the settlement (SETTLED), for settled milestones.
   */
  'release_to_settlement': (_chainbridge_payment_v1_DurationStats__Output | null);
}
