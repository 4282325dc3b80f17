// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { PaymentIntentStatus as _chainbridge_payment_v1_PaymentIntentStatus, PaymentIntentStatus__Output as _chainbridge_payment_v1_PaymentIntentStatus__Output } from '../../../chainbridge/payment/v1/PaymentIntentStatus';
import type { RiskTier as _chainbridge_common_v1_RiskTier, RiskTier__Output as _chainbridge_common_v1_RiskTier__Output } from '../../../chainbridge/common/v1/RiskTier';

/**
 * Request of ListPaymentIntents.
 */
export interface ListPaymentIntentsRequest {
  /**
   * Maximum number of intents to return (default 50, coerced to at most 1000).
   */
  'page_size'?: (number);
  /**
   * next_page_token of a previous call with the same filters.
   */
  'page_token'?: (string);
  /**
   * Only intents in this status; UNSPECIFIED for all.
   */
  'status'?: (_chainbridge_payment_v1_PaymentIntentStatus);
  /**
   * Only intents of this tier; UNSPECIFIED for all.
   */
  'risk_tier'?: (_chainbridge_common_v1_RiskTier);
  /**
   * Only intents of this shipment; empty for all.
   */
  'shipment_id'?: (string);
}

/**
 * Request of ListPaymentIntents.
 */
export interface ListPaymentIntentsRequest__Output {
  /**
   * Maximum number of intents to return (default 50, coerced to at most 1000).
   */
  'page_size': (number);
  /**
   * next_page_token of a previous call with the same filters.
   */
  'page_token': (string);
  /**
   * Only intents in this status; UNSPECIFIED for all.
   */
  'status': (_chainbridge_payment_v1_PaymentIntentStatus__Output);
  /**
   * Only intents of this tier; UNSPECIFIED for all.
   */
  'risk_tier': (_chainbridge_common_v1_RiskTier__Output);
  /**
   * Only intents of this shipment; empty for all.
   */
  'shipment_id': (string);
}
