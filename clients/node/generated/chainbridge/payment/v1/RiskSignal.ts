// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { RiskSignalKind as _chainbridge_payment_v1_RiskSignalKind, RiskSignalKind__Output as _chainbridge_payment_v1_RiskSignalKind__Output } from '../../../chainbridge/payment/v1/RiskSignalKind';
import type { RiskEvidence as _chainbridge_payment_v1_RiskEvidence, RiskEvidence__Output as _chainbridge_payment_v1_RiskEvidence__Output } from '../../../chainbridge/payment/v1/RiskEvidence';

/**
 * One finding.
 */
export interface RiskSignal {
  /**
   * Stable id of the finding (kind and subject): the same finding has the same id on every call.
   */
  'signal_id'?: (string);
  /**
   * The pattern.
   */
  'kind'?: (_chainbridge_payment_v1_RiskSignalKind);
  /**
   * What the finding is about: "shipment", "payee", "lane" or "shipper".
   */
  'subject_type'?: (string);
  /**
   * Its id (a shipment id, payee id, lane or payer id).
   */
  'subject_id'?: (string);
  /**
   * One sentence for humans.
   */
  'description'?: (string);
  /**
   * The measured value (a rate between 0 and 1, or a count), when the pattern has one.
   */
  'observed'?: (number | string);
  /**
   * What it is compared with (the mean rate, the baseline count), when the pattern has one.
   */
  'baseline'?: (number | string);
  /**
   * The rows it comes from (at most 20; evidence_count says how many there are).
   */
  'evidence'?: (_chainbridge_payment_v1_RiskEvidence)[];
  /**
   * How many rows support the finding.
   */
  'evidence_count'?: (number);
}

/**
 * One finding.
 */
export interface RiskSignal__Output {
  /**
   * Stable id of the finding (kind and subject): the same finding has the same id on every call.
   */
  'signal_id': (string);
  /**
   * The pattern.
   */
  'kind': (_chainbridge_payment_v1_RiskSignalKind__Output);
  /**
   * What the finding is about: "shipment", "payee", "lane" or "shipper".
   */
  'subject_type': (string);
  /**
   * Its id (a shipment id, payee id, lane or payer id).
   */
  'subject_id': (string);
  /**
   * One sentence for humans.
   */
  'description': (string);
  /**
   * The measured value (a rate between 0 and 1, or a count), when the pattern has one.
   */
  'observed': (number);
  /**
   * What it is compared with (the mean rate, the baseline count), when the pattern has one.
   */
  'baseline': (number);
  /**
   * The rows it comes from (at most 20; evidence_count says how many there are).
   */
  'evidence': (_chainbridge_payment_v1_RiskEvidence__Output)[];
  /**
   * How many rows support the finding.
   */
  'evidence_count': (number);
}
