// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { Money as _chainbridge_common_v1_Money, Money__Output as _chainbridge_common_v1_Money__Output } from '../../../chainbridge/common/v1/Money';
import type { RiskTier as _chainbridge_common_v1_RiskTier, RiskTier__Output as _chainbridge_common_v1_RiskTier__Output } from '../../../chainbridge/common/v1/RiskTier';
import type { PaymentIntentStatus as _chainbridge_payment_v1_PaymentIntentStatus, PaymentIntentStatus__Output as _chainbridge_payment_v1_PaymentIntentStatus__Output } from '../../../chainbridge/payment/v1/PaymentIntentStatus';
import type { PaymentTotals as _chainbridge_payment_v1_PaymentTotals, PaymentTotals__Output as _chainbridge_payment_v1_PaymentTotals__Output } from '../../../chainbridge/payment/v1/PaymentTotals';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

/**
 * A payment from a shipper to a carrier for one freight token, released in milestones.
 */
export interface PaymentIntent {
  /**
   * Server-assigned id ("pi_..."). Output only.
   */
  'intent_id'?: (string);
  /**
   * The freight token this intent pays for (required on create).
   */
  'freight_token_id'?: (string);
  /**
   * The token's shipment. Output only.
   */
  'shipment_id'?: (string);
  /**
   * The amount to pay (required on create; > 0; ISO 4217 currency).
   */
  'amount'?: (_chainbridge_common_v1_Money | null);
  /**
   * Who pays.
   */
  'payer_id'?: (string);
  /**
   * Who is paid (the carrier).
   */
  'payee_id'?: (string);
  /**
   * Free-text description.
   */
  'description'?: (string);
  /**
   * The token's risk score (0.0..1.0) at intent creation. Output only.
   */
  'risk_score'?: (number | string);
  /**
   * The same score in basis points. Output only.
   */
  'risk_score_bps'?: (number);
  /**
   * Tier of the score. Output only.
   */
  'risk_tier'?: (_chainbridge_common_v1_RiskTier);
  /**
   * Current status. Output only.
   */
  'status'?: (_chainbridge_payment_v1_PaymentIntentStatus);
  /**
   * Running totals. Output only.
   */
  'totals'?: (_chainbridge_payment_v1_PaymentTotals | null);
  /**
   * When the intent was created. Output only.
   */
  'create_time'?: (_google_protobuf_Timestamp | null);
  /**
   * When the intent last changed. Output only.
   */
  'update_time'?: (_google_protobuf_Timestamp | null);
}

/**
 * A payment from a shipper to a carrier for one freight token, released in milestones.
 */
export interface PaymentIntent__Output {
  /**
   * Server-assigned id ("pi_..."). Output only.
   */
  'intent_id': (string);
  /**
   * The freight token this intent pays for (required on create).
   */
  'freight_token_id': (string);
  /**
   * The token's shipment. Output only.
   */
  'shipment_id': (string);
  /**
   * The amount to pay (required on create; > 0; ISO 4217 currency).
   */
  'amount': (_chainbridge_common_v1_Money__Output | null);
  /**
   * Who pays.
   */
  'payer_id': (string);
  /**
   * Who is paid (the carrier).
   */
  'payee_id': (string);
  /**
   * Free-text description.
   */
  'description': (string);
  /**
   * The token's risk score (0.0..1.0) at intent creation. Output only.
   */
  'risk_score': (number);
  /**
   * The same score in basis points. Output only.
   */
  'risk_score_bps': (number);
  /**
   * Tier of the score. Output only.
   */
  'risk_tier': (_chainbridge_common_v1_RiskTier__Output);
  /**
   * Current status. Output only.
   */
  'status': (_chainbridge_payment_v1_PaymentIntentStatus__Output);
  /**
   * Running totals. Output only.
   */
  'totals': (_chainbridge_payment_v1_PaymentTotals__Output | null);
  /**
   * When the intent was created. Output only.
   */
  'create_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * When the intent last changed. Output only.
   */
  'update_time': (_google_protobuf_Timestamp__Output | null);
}
