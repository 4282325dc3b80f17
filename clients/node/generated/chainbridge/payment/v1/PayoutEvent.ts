// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { PayoutStatus as _chainbridge_payment_v1_PayoutStatus, PayoutStatus__Output as _chainbridge_payment_v1_PayoutStatus__Output } from '../../../chainbridge/payment/v1/PayoutStatus';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { Long } from '@grpc/proto-loader';

/**
 * One status change of a payout.
 */
export interface PayoutEvent {
  /**
   * Position in the payout history; increases with every row.
   */
  'sequence'?: (number | string | Long);
  /**
   * The status before; UNSPECIFIED on creation.
   */
  'from_status'?: (_chainbridge_payment_v1_PayoutStatus);
  /**
   * The status after.
   */
  'to_status'?: (_chainbridge_payment_v1_PayoutStatus);
  /**
   * Who made the change.
   */
  'actor'?: (string);
  /**
   * Why (the run, the rail's reference, the bank's reference or return reason).
   */
  'reason'?: (string);
  /**
   * The request id of the call that made it, if any.
   */
  'request_id'?: (string);
  /**
   * When.
   */
  'create_time'?: (_google_protobuf_Timestamp | null);
}

/**
 * One status change of a payout.
 */
export interface PayoutEvent__Output {
  /**
   * Position in the payout history; increases with every row.
   */
  'sequence': (string);
  /**
   * The status before; UNSPECIFIED on creation.
   */
  'from_status': (_chainbridge_payment_v1_PayoutStatus__Output);
  /**
   * The status after.
   */
  'to_status': (_chainbridge_payment_v1_PayoutStatus__Output);
  /**
   * Who made the change.
   */
  'actor': (string);
  /**
   * Why (the run, the rail's reference, the bank's reference or return reason).
   */
  'reason': (string);
  /**
   * The request id of the call that made it, if any.
   */
  'request_id': (string);
  /**
   * When.
   */
  'create_time': (_google_protobuf_Timestamp__Output | null);
}
