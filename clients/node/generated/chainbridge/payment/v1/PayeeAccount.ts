// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { PayeeAccountScheme as _chainbridge_payment_v1_PayeeAccountScheme, PayeeAccountScheme__Output as _chainbridge_payment_v1_PayeeAccountScheme__Output } from '../../../chainbridge/payment/v1/PayeeAccountScheme';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

/**
 * A payee's registered account for one currency, as shown back: the number is masked.
 */
export interface PayeeAccount {
  /**
   * The payee (the carrier, as named by payment intents' payee_id).
   */
  'payee_id'?: (string);
  /**
   * ISO 4217 currency.
   */
  'currency'?: (string);
  /**
   * The account holder's name.
   */
  'legal_name'?: (string);
  /**
   * The account's form.
   */
  'scheme'?: (_chainbridge_payment_v1_PayeeAccountScheme);
  /**
   * The account number or IBAN, masked ("DE89 **** **** **** 3000", "****6789").
   */
  'masked_account_number'?: (string);
  /**
   * The BIC, routing number, sort code or bank identifier.
   */
  'bank_code'?: (string);
  /**
   * The account's country (the IBAN's, "US", "GB"; empty for the generic form).
   */
  'country_code'?: (string);
  /**
   * 1 when first registered, one more on every change.
   */
  'version'?: (number);
  /**
   * When it was first registered.
   */
  'create_time'?: (_google_protobuf_Timestamp | null);
  /**
   * When it last changed.
   */
  'update_time'?: (_google_protobuf_Timestamp | null);
}

/**
 * A payee's registered account for one currency, as shown back: the number is masked.
 */
export interface PayeeAccount__Output {
  /**
   * The payee (the carrier, as named by payment intents' payee_id).
   */
  'payee_id': (string);
  /**
   * ISO 4217 currency.
   */
  'currency': (string);
  /**
   * The account holder's name.
   */
  'legal_name': (string);
  /**
   * The account's form.
   */
  'scheme': (_chainbridge_payment_v1_PayeeAccountScheme__Output);
  /**
   * The account number or IBAN, masked ("DE89 **** **** **** 3000", "****6789").
   */
  'masked_account_number': (string);
  /**
   * The BIC, routing number, sort code or bank identifier.
   */
  'bank_code': (string);
  /**
   * The account's country (the IBAN's, "US", "GB"; empty for the generic form).
   */
  'country_code': (string);
  /**
   * 1 when first registered, one more on every change.
   */
  'version': (number);
  /**
   * When it was first registered.
   */
  'create_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * When it last changed.
   */
  'update_time': (_google_protobuf_Timestamp__Output | null);
}
