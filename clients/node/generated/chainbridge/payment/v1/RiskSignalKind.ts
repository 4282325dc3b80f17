// Original file: ../../protos/chainbridge/payment/v1/payment.proto

/**
 * A documented pattern a risk signal reports (docs/analytics.md).
 */
export const RiskSignalKind = {
  /**
   * Not set; as a filter: every kind.
   */
  RISK_SIGNAL_KIND_UNSPECIFIED: 'RISK_SIGNAL_KIND_UNSPECIFIED',
  /**
   * A shipment's proof of delivery arrived with no pickup scan before it.
   */
  RISK_SIGNAL_KIND_POD_WITHOUT_PICKUP: 'RISK_SIGNAL_KIND_POD_WITHOUT_PICKUP',
  /**
   * A shipment's milestone events occurred in an impossible order (e.g. POD before pickup).
   */
  RISK_SIGNAL_KIND_EVENTS_OUT_OF_ORDER: 'RISK_SIGNAL_KIND_EVENTS_OUT_OF_ORDER',
  /**
   * A shipment received more than one proof of delivery.
   */
  RISK_SIGNAL_KIND_REPEATED_POD: 'RISK_SIGNAL_KIND_REPEATED_POD',
  /**
   * A carrier's milestone rejection rate is far above the mean of all carriers.
   */
  RISK_SIGNAL_KIND_CARRIER_REJECTION_RATE: 'RISK_SIGNAL_KIND_CARRIER_REJECTION_RATE',
  /**
   * A lane's milestone rejection rate is far above the mean of all lanes.
   */
  RISK_SIGNAL_KIND_LANE_REJECTION_RATE: 'RISK_SIGNAL_KIND_LANE_REJECTION_RATE',
  /**
   * A carrier's claim rate is far above the mean of all carriers.
   */
  RISK_SIGNAL_KIND_CARRIER_CLAIM_RATE: 'RISK_SIGNAL_KIND_CARRIER_CLAIM_RATE',
  /**
   * A lane's claim rate is far above the mean of all lanes.
   */
  RISK_SIGNAL_KIND_LANE_CLAIM_RATE: 'RISK_SIGNAL_KIND_LANE_CLAIM_RATE',
  /**
   * A shipper created far more payment intents in the window than in the windows before it.
   */
  RISK_SIGNAL_KIND_SHIPPER_VOLUME_SPIKE: 'RISK_SIGNAL_KIND_SHIPPER_VOLUME_SPIKE',
} as const;

/**
 * A documented pattern a risk signal reports (docs/analytics.md).
 */
export type RiskSignalKind =
  /**
   * Not set; as a filter: every kind.
   */
  | 'RISK_SIGNAL_KIND_UNSPECIFIED'
  | 0
  /**
   * A shipment's proof of delivery arrived with no pickup scan before it.
   */
  | 'RISK_SIGNAL_KIND_POD_WITHOUT_PICKUP'
  | 1
  /**
   * A shipment's milestone events occurred in an impossible order (e.g. POD before pickup).
   */
  | 'RISK_SIGNAL_KIND_EVENTS_OUT_OF_ORDER'
  | 2
  /**
   * A shipment received more than one proof of delivery.
   */
  | 'RISK_SIGNAL_KIND_REPEATED_POD'
  | 3
  /**
   * A carrier's milestone rejection rate is far above the mean of all carriers.
   */
  | 'RISK_SIGNAL_KIND_CARRIER_REJECTION_RATE'
  | 4
  /**
   * A lane's milestone rejection rate is far above the mean of all lanes.
   */
  | 'RISK_SIGNAL_KIND_LANE_REJECTION_RATE'
  | 5
  /**
   * A carrier's claim rate is far above the mean of all carriers.
   */
  | 'RISK_SIGNAL_KIND_CARRIER_CLAIM_RATE'
  | 6
  /**
   * A lane's claim rate is far above the mean of all lanes.
   */
  | 'RISK_SIGNAL_KIND_LANE_CLAIM_RATE'
  | 7
  /**
   * A shipper created far more payment intents in the window than in the windows before it.
   */
  | 'RISK_SIGNAL_KIND_SHIPPER_VOLUME_SPIKE'
  | 8

/**
 * A documented pattern a risk signal reports (docs/analytics.md).
 */
export type RiskSignalKind__Output = typeof RiskSignalKind[keyof typeof RiskSignalKind]
