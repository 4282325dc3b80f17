// Original file: ../../protos/chainbridge/freight/v1/freight.proto

import type { Money as _chainbridge_common_v1_Money, Money__Output as _chainbridge_common_v1_Money__Output } from '../../../chainbridge/common/v1/Money';
import type { RiskTier as _chainbridge_common_v1_RiskTier, RiskTier__Output as _chainbridge_common_v1_RiskTier__Output } from '../../../chainbridge/common/v1/RiskTier';
import type { RiskFactor as _chainbridge_common_v1_RiskFactor, RiskFactor__Output as _chainbridge_common_v1_RiskFactor__Output } from '../../../chainbridge/common/v1/RiskFactor';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

/**
 * A freight token: a shipment's cargo value with its risk assessment.
 */
export interface FreightToken {
  /**
   * Server-assigned id ("ftk_...").
   */
  'token_id'?: (string);
  /**
   * The tokenized shipment.
   */
  'shipment_id'?: (string);
  /**
   * The cargo's declared value at tokenization.
   */
  'face_value'?: (_chainbridge_common_v1_Money | null);
  /**
   * Risk score from 0.0 (safe) to 1.0 (risky); equals risk_score_bps / 10000.
   */
  'risk_score'?: (number | string);
  /**
   * The same score in basis points, exact (0..10000). The tier is derived from this.
   */
  'risk_score_bps'?: (number);
  /**
   * Tier of the score: LOW < 0.33 <= MEDIUM < 0.67 <= HIGH.
   */
  'risk_tier'?: (_chainbridge_common_v1_RiskTier);
  /**
   * The factors that make up the score; their contributions sum to risk_score_bps
   * before clamping to 0..10000.
   */
  'risk_factors'?: (_chainbridge_common_v1_RiskFactor)[];
  /**
   * Version of the risk model that produced the score (e.g. "risk-v1").
   */
  'risk_model_version'?: (string);
  /**
   * When the token was issued.
   */
  'create_time'?: (_google_protobuf_Timestamp | null);
}

/**
 * A freight token: a shipment's cargo value with its risk assessment.
 */
export interface FreightToken__Output {
  /**
   * Server-assigned id ("ftk_...").
   */
  'token_id': (string);
  /**
   * The tokenized shipment.
   */
  'shipment_id': (string);
  /**
   * The cargo's declared value at tokenization.
   */
  'face_value': (_chainbridge_common_v1_Money__Output | null);
  /**
   * Risk score from 0.0 (safe) to 1.0 (risky); equals risk_score_bps / 10000.
   */
  'risk_score': (number);
  /**
   * The same score in basis points, exact (0..10000). The tier is derived from this.
   */
  'risk_score_bps': (number);
  /**
   * Tier of the score: LOW < 0.33 <= MEDIUM < 0.67 <= HIGH.
   */
  'risk_tier': (_chainbridge_common_v1_RiskTier__Output);
  /**
   * The factors that make up the score; their contributions sum to risk_score_bps
   * before clamping to 0..10000.
   */
  'risk_factors': (_chainbridge_common_v1_RiskFactor__Output)[];
  /**
   * Version of the risk model that produced the score (e.g. "risk-v1").
   */
  'risk_model_version': (string);
  /**
   * When the token was issued.
   */
  'create_time': (_google_protobuf_Timestamp__Output | null);
}
