// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { RiskTier as _chainbridge_common_v1_RiskTier, RiskTier__Output as _chainbridge_common_v1_RiskTier__Output } from '../../../chainbridge/common/v1/RiskTier';
import type { RiskFactor as _chainbridge_common_v1_RiskFactor, RiskFactor__Output as _chainbridge_common_v1_RiskFactor__Output } from '../../../chainbridge/common/v1/RiskFactor';
import type { MilestonePolicy as _chainbridge_payment_v1_MilestonePolicy, MilestonePolicy__Output as _chainbridge_payment_v1_MilestonePolicy__Output } from '../../../chainbridge/payment/v1/MilestonePolicy';

/**
 * Response of AssessRisk.
 */
export interface AssessRiskResponse {
  /**
   * Risk score 0.0..1.0.
   */
  'risk_score'?: (number | string);
  /**
   * The same score in basis points.
   */
  'risk_score_bps'?: (number);
  /**
   * Tier of the score.
   */
  'risk_tier'?: (_chainbridge_common_v1_RiskTier);
  /**
   * The factors that make up the score.
   */
  'risk_factors'?: (_chainbridge_common_v1_RiskFactor)[];
  /**
   * Release policy per milestone for this tier.
   */
  'milestone_policies'?: (_chainbridge_payment_v1_MilestonePolicy)[];
  /**
   * What an operator should do, in words (e.g. "manual review of every milestone").
   */
  'recommended_action'?: (string);
}

/**
 * Response of AssessRisk.
 */
export interface AssessRiskResponse__Output {
  /**
   * Risk score 0.0..1.0.
   */
  'risk_score': (number);
  /**
   * The same score in basis points.
   */
  'risk_score_bps': (number);
  /**
   * Tier of the score.
   */
  'risk_tier': (_chainbridge_common_v1_RiskTier__Output);
  /**
   * The factors that make up the score.
   */
  'risk_factors': (_chainbridge_common_v1_RiskFactor__Output)[];
  /**
   * Release policy per milestone for this tier.
   */
  'milestone_policies': (_chainbridge_payment_v1_MilestonePolicy__Output)[];
  /**
   * What an operator should do, in words (e.g. "manual review of every milestone").
   */
  'recommended_action': (string);
}
