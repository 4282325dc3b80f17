// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from '../../../google/protobuf/Duration';
import type { Long } from '@grpc/proto-loader';

/**
 * Percentiles of a duration over the milestones that have it (nearest-rank method).
 */
export interface DurationStats {
  /**
   * How many milestones the percentiles are over; 0 leaves them unset.
   */
  'count'?: (number | string | Long);
  /**
   * Median.
   */
  'p50'?: (_google_protobuf_Duration | null);
  /**
   * 90th percentile.
   */
  'p90'?: (_google_protobuf_Duration | null);
  /**
   * 99th percentile.
   */
  'p99'?: (_google_protobuf_Duration | null);
}

/**
 * Percentiles of a duration over the milestones that have it (nearest-rank method).
 */
export interface DurationStats__Output {
  /**
   * How many milestones the percentiles are over; 0 leaves them unset.
   */
  'count': (string);
  /**
   * Median.
   */
  'p50': (_google_protobuf_Duration__Output | null);
  /**
   * 90th percentile.
   */
  'p90': (_google_protobuf_Duration__Output | null);
  /**
   * 99th percentile.
   */
  'p99': (_google_protobuf_Duration__Output | null);
}
