// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { MilestoneShare as _chainbridge_payment_v1_MilestoneShare, MilestoneShare__Output as _chainbridge_payment_v1_MilestoneShare__Output } from '../../../chainbridge/payment/v1/MilestoneShare';

/**
 * Request of BuildPaymentSchedule.
 */
export interface BuildPaymentScheduleRequest {
  /**
   * Id of the intent.
   */
  'intent_id'?: (string);
  /**
   * Custom shares; empty for the tier's default. Known milestones, each 0..10000,
   * no duplicates, summing to exactly 10000.
   */
  'custom_shares'?: (_chainbridge_payment_v1_MilestoneShare)[];
  /**
   * Idempotency key; see CreatePaymentIntentRequest.request_id.
   */
  'request_id'?: (string);
}

/**
 * Request of BuildPaymentSchedule.
 */
export interface BuildPaymentScheduleRequest__Output {
  /**
   * Id of the intent.
   */
  'intent_id': (string);
  /**
   * Custom shares; empty for the tier's default. Known milestones, each 0..10000,
   * no duplicates, summing to exactly 10000.
   */
  'custom_shares': (_chainbridge_payment_v1_MilestoneShare__Output)[];
  /**
   * Idempotency key; see CreatePaymentIntentRequest.request_id.
   */
  'request_id': (string);
}
