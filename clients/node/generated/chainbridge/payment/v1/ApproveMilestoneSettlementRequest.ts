// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { ReviewDecision as _chainbridge_payment_v1_ReviewDecision, ReviewDecision__Output as _chainbridge_payment_v1_ReviewDecision__Output } from '../../../chainbridge/payment/v1/ReviewDecision';

/**
 * Request of ApproveMilestoneSettlement.
 */
export interface ApproveMilestoneSettlementRequest {
  /**
   * Id of the milestone settlement (PENDING or DELAYED).
   */
  'settlement_id'?: (string);
  /**
   * Approve (release now) or reject (never pay).
   */
  'decision'?: (_chainbridge_payment_v1_ReviewDecision);
  /**
   * Why (required), kept in the audit trail.
   */
  'reason'?: (string);
  /**
   * Idempotency key (see CreatePaymentIntentRequest.request_id): a retry with the same
   * key and body answers the first response, even after later changes.
   */
  'request_id'?: (string);
}

/**
 * Request of ApproveMilestoneSettlement.
 */
export interface ApproveMilestoneSettlementRequest__Output {
  /**
   * Id of the milestone settlement (PENDING or DELAYED).
   */
  'settlement_id': (string);
  /**
   * Approve (release now) or reject (never pay).
   */
  'decision': (_chainbridge_payment_v1_ReviewDecision__Output);
  /**
   * Why (required), kept in the audit trail.
   */
  'reason': (string);
  /**
   * Idempotency key (see CreatePaymentIntentRequest.request_id): a retry with the same
   * key and body answers the first response, even after later changes.
   */
  'request_id': (string);
}
