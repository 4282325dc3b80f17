// Original file: ../../protos/chainbridge/common/v1/common.proto


/**
 * One factor that moved a risk score, so the score can be explained.
 */
export interface RiskFactor {
  /**
   * Stable machine-readable code of the factor (e.g. "CARGO_CATEGORY").
   */
  'code'?: (string);
  /**
   * Human-readable explanation (e.g. "hazardous cargo").
   */
  'description'?: (string);
  /**
   * What this factor added to the score, in basis points (10000 = a score of 1.0).
   */
  'contribution_bps'?: (number);
}

/**
 * One factor that moved a risk score, so the score can be explained.
 */
export interface RiskFactor__Output {
  /**
   * Stable machine-readable code of the factor (e.g. "CARGO_CATEGORY").
   */
  'code': (string);
  /**
   * Human-readable explanation (e.g. "hazardous cargo").
   */
  'description': (string);
  /**
   * What this factor added to the score, in basis points (10000 = a score of 1.0).
   */
  'contribution_bps': (number);
}
