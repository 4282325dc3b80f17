// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

/**
 * Request of CreatePayoutRun. Every filter is optional.
 */
export interface CreatePayoutRunRequest {
  /**
   * Only milestones in this ISO 4217 currency; empty for all.
   */
  'currency'?: (string);
  /**
   * Only this payee's milestones; empty for all.
   */
  'payee_id'?: (string);
  /**
   * Only milestones released before this instant; unset for all.
   */
  'released_before'?: (_google_protobuf_Timestamp | null);
  /**
   * Idempotency key (see CreatePaymentIntentRequest.request_id).
   */
  'request_id'?: (string);
}

/**
 * Request of CreatePayoutRun. Every filter is optional.
 */
export interface CreatePayoutRunRequest__Output {
  /**
   * Only milestones in this ISO 4217 currency; empty for all.
   */
  'currency': (string);
  /**
   * Only this payee's milestones; empty for all.
   */
  'payee_id': (string);
  /**
   * Only milestones released before this instant; unset for all.
   */
  'released_before': (_google_protobuf_Timestamp__Output | null);
  /**
   * Idempotency key (see CreatePaymentIntentRequest.request_id).
   */
  'request_id': (string);
}
