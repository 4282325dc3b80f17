// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { PayeeAccountScheme as _chainbridge_payment_v1_PayeeAccountScheme, PayeeAccountScheme__Output as _chainbridge_payment_v1_PayeeAccountScheme__Output } from '../../../chainbridge/payment/v1/PayeeAccountScheme';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

/**
 * One registration or change of a payee's account (append-only).
 */
export interface PayeeAccountChange {
  /**
   * The version this change made.
   */
  'version'?: (number);
  /**
   * The account holder's name from this version.
   */
  'legal_name'?: (string);
  /**
   * The account's form from this version.
   */
  'scheme'?: (_chainbridge_payment_v1_PayeeAccountScheme);
  /**
   * The masked number from this version.
   */
  'masked_account_number'?: (string);
  /**
   * The masked number before it; empty for the first registration.
   */
  'previous_masked_account_number'?: (string);
  /**
   * The bank code from this version.
   */
  'bank_code'?: (string);
  /**
   * Who made the change.
   */
  'actor'?: (string);
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
 * One registration or change of a payee's account (append-only).
 */
export interface PayeeAccountChange__Output {
  /**
   * The version this change made.
   */
  'version': (number);
  /**
   * The account holder's name from this version.
   */
  'legal_name': (string);
  /**
   * The account's form from this version.
   */
  'scheme': (_chainbridge_payment_v1_PayeeAccountScheme__Output);
  /**
   * The masked number from this version.
   */
  'masked_account_number': (string);
  /**
   * The masked number before it; empty for the first registration.
   */
  'previous_masked_account_number': (string);
  /**
   * The bank code from this version.
   */
  'bank_code': (string);
  /**
   * Who made the change.
   */
  'actor': (string);
  /**
   * The request id of the call that made it, if any.
   */
  'request_id': (string);
  /**
   * When.
   */
  'create_time': (_google_protobuf_Timestamp__Output | null);
}
