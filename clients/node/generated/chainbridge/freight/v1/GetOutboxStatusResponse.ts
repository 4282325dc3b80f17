// Original file: ../../protos/chainbridge/freight/v1/freight.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { Long } from '@grpc/proto-loader';

/**
 * Response of GetOutboxStatus.
 */
export interface GetOutboxStatusResponse {
  /**
   * Events recorded but not yet acknowledged by the payment service.
   */
  'pending_count'?: (number | string | Long);
  /**
   * Events acknowledged by the payment service.
   */
  'delivered_count'?: (number | string | Long);
  /**
   * When the oldest pending event was recorded; unset when nothing is pending.
   */
  'oldest_pending_recorded_at'?: (_google_protobuf_Timestamp | null);
  /**
   * The most delivery attempts any pending event has had.
   */
  'max_pending_attempts'?: (number);
  /**
   * The last error of the pending or parked event with the most attempts, if any.
   */
  'last_error'?: (string);
  /**
   * Events parked: waiting for an operator to redeliver or discard them.
   */
  'parked_count'?: (number | string | Long);
  /**
   * Events an operator discarded.
   */
  'discarded_count'?: (number | string | Long);
}

/**
 * Response of GetOutboxStatus.
 */
export interface GetOutboxStatusResponse__Output {
  /**
   * Events recorded but not yet acknowledged by the payment service.
   */
  'pending_count': (string);
  /**
   * Events acknowledged by the payment service.
   */
  'delivered_count': (string);
  /**
   * When the oldest pending event was recorded; unset when nothing is pending.
   */
  'oldest_pending_recorded_at': (_google_protobuf_Timestamp__Output | null);
  /**
   * The most delivery attempts any pending event has had.
   */
  'max_pending_attempts': (number);
  /**
   * The last error of the pending or parked event with the most attempts, if any.
   */
  'last_error': (string);
  /**
   * Events parked: waiting for an operator to redeliver or discard them.
   */
  'parked_count': (string);
  /**
   * Events an operator discarded.
   */
  'discarded_count': (string);
}
