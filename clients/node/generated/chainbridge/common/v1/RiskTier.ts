// Original file: ../../protos/chainbridge/common/v1/common.proto

/**
 * The risk tier of a freight token. One definition for every service:
 * score < 0.33 is LOW, score < 0.67 is MEDIUM, anything else is HIGH.
 */
export const RiskTier = {
  /**
   * Not set. Never returned by the servers; refused as input where a tier is required.
   */
  RISK_TIER_UNSPECIFIED: 'RISK_TIER_UNSPECIFIED',
  /**
   * Score below 0.33 (3300 basis points).
   */
  RISK_TIER_LOW: 'RISK_TIER_LOW',
  /**
   * Score from 0.33 up to but excluding 0.67 (6700 basis points).
   */
  RISK_TIER_MEDIUM: 'RISK_TIER_MEDIUM',
  /**
   * Score of 0.67 (6700 basis points) or more.
   */
  RISK_TIER_HIGH: 'RISK_TIER_HIGH',
} as const;

/**
 * The risk tier of a freight token. One definition for every service:
 * score < 0.33 is LOW, score < 0.67 is MEDIUM, anything else is HIGH.
 */
export type RiskTier =
  /**
   * Not set. Never returned by the servers; refused as input where a tier is required.
   */
  | 'RISK_TIER_UNSPECIFIED'
  | 0
  /**
   * Score below 0.33 (3300 basis points).
   */
  | 'RISK_TIER_LOW'
  | 1
  /**
   * Score from 0.33 up to but excluding 0.67 (6700 basis points).
   */
  | 'RISK_TIER_MEDIUM'
  | 2
  /**
   * Score of 0.67 (6700 basis points) or more.
   */
  | 'RISK_TIER_HIGH'
  | 3

/**
 * The risk tier of a freight token. One definition for every service:
 * score < 0.33 is LOW, score < 0.67 is MEDIUM, anything else is HIGH.
 */
export type RiskTier__Output = typeof RiskTier[keyof typeof RiskTier]
