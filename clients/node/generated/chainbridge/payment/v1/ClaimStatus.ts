// Original file: ../../protos/chainbridge/payment/v1/payment.proto

/**
 * Where a cargo claim stands in the payment service.
 */
export const ClaimStatus = {
  /**
   * Not set. Never returned.
   */
  CLAIM_STATUS_UNSPECIFIED: 'CLAIM_STATUS_UNSPECIFIED',
  /**
   * Received, waiting for events the freight service recorded before it (or for earlier
   * claims) to arrive; holds nothing yet and cannot be resolved yet.
   */
  CLAIM_STATUS_WAITING: 'CLAIM_STATUS_WAITING',
  /**
   * Holds the shipment's unreleased money, up to the claimed amount, until resolved.
   */
  CLAIM_STATUS_OPEN: 'CLAIM_STATUS_OPEN',
  /**
   * Resolved by ResolveClaim; holds nothing.
   */
  CLAIM_STATUS_RESOLVED: 'CLAIM_STATUS_RESOLVED',
} as const;

/**
 * Where a cargo claim stands in the payment service.
 */
export type ClaimStatus =
  /**
   * Not set. Never returned.
   */
  | 'CLAIM_STATUS_UNSPECIFIED'
  | 0
  /**
   * Received, waiting for events the freight service recorded before it (or for earlier
   * claims) to arrive; holds nothing yet and cannot be resolved yet.
   */
  | 'CLAIM_STATUS_WAITING'
  | 1
  /**
   * Holds the shipment's unreleased money, up to the claimed amount, until resolved.
   */
  | 'CLAIM_STATUS_OPEN'
  | 2
  /**
   * Resolved by ResolveClaim; holds nothing.
   */
  | 'CLAIM_STATUS_RESOLVED'
  | 3

/**
 * Where a cargo claim stands in the payment service.
 */
export type ClaimStatus__Output = typeof ClaimStatus[keyof typeof ClaimStatus]
