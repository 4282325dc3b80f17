// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { ClaimDecision as _chainbridge_payment_v1_ClaimDecision, ClaimDecision__Output as _chainbridge_payment_v1_ClaimDecision__Output } from '../../../chainbridge/payment/v1/ClaimDecision';
import type { Money as _chainbridge_common_v1_Money, Money__Output as _chainbridge_common_v1_Money__Output } from '../../../chainbridge/common/v1/Money';

/**
 * Request of ResolveClaim.
 */
export interface ResolveClaimRequest {
  /**
   * The claim (the freight CLAIM_FILED event id).
   */
  'claim_id'?: (string);
  /**
   * Liable or not liable.
   */
  'decision'?: (_chainbridge_payment_v1_ClaimDecision);
  /**
   * With CLAIM_DECISION_CARRIER_LIABLE: what the carrier is liable for, in the claim's
   * currency, at least 1 and at most the claimed amount. Must be unset otherwise.
   */
  'liable_amount'?: (_chainbridge_common_v1_Money | null);
  /**
   * Why (required), kept on the claim and in the audit trail.
   */
  'note'?: (string);
  /**
   * Idempotency key (see CreatePaymentIntentRequest.request_id).
   */
  'request_id'?: (string);
}

/**
 * Request of ResolveClaim.
 */
export interface ResolveClaimRequest__Output {
  /**
   * The claim (the freight CLAIM_FILED event id).
   */
  'claim_id': (string);
  /**
   * Liable or not liable.
   */
  'decision': (_chainbridge_payment_v1_ClaimDecision__Output);
  /**
   * With CLAIM_DECISION_CARRIER_LIABLE: what the carrier is liable for, in the claim's
   * currency, at least 1 and at most the claimed amount. Must be unset otherwise.
   */
  'liable_amount': (_chainbridge_common_v1_Money__Output | null);
  /**
   * Why (required), kept on the claim and in the audit trail.
   */
  'note': (string);
  /**
   * Idempotency key (see CreatePaymentIntentRequest.request_id).
   */
  'request_id': (string);
}
