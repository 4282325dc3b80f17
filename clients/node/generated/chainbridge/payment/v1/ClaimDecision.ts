// Original file: ../../protos/chainbridge/payment/v1/payment.proto

/**
 * An operator's decision on a cargo claim.
 */
export const ClaimDecision = {
  /**
   * Not set. Refused.
   */
  CLAIM_DECISION_UNSPECIFIED: 'CLAIM_DECISION_UNSPECIFIED',
  /**
   * The carrier is liable for liable_amount: that much of the hold returns to the shipper.
   */
  CLAIM_DECISION_CARRIER_LIABLE: 'CLAIM_DECISION_CARRIER_LIABLE',
  /**
   * The carrier is not liable: everything held is released as it would have been.
   */
  CLAIM_DECISION_CARRIER_NOT_LIABLE: 'CLAIM_DECISION_CARRIER_NOT_LIABLE',
} as const;

/**
 * An operator's decision on a cargo claim.
 */
export type ClaimDecision =
  /**
   * Not set. Refused.
   */
  | 'CLAIM_DECISION_UNSPECIFIED'
  | 0
  /**
   * The carrier is liable for liable_amount: that much of the hold returns to the shipper.
   */
  | 'CLAIM_DECISION_CARRIER_LIABLE'
  | 1
  /**
   * The carrier is not liable: everything held is released as it would have been.
   */
  | 'CLAIM_DECISION_CARRIER_NOT_LIABLE'
  | 2

/**
 * An operator's decision on a cargo claim.
 */
export type ClaimDecision__Output = typeof ClaimDecision[keyof typeof ClaimDecision]
