// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { PayeeAccountScheme as _chainbridge_payment_v1_PayeeAccountScheme, PayeeAccountScheme__Output as _chainbridge_payment_v1_PayeeAccountScheme__Output } from '../../../chainbridge/payment/v1/PayeeAccountScheme';

/**
 * The account a payout pays to: a snapshot taken when the payout was created.
 */
export interface PayoutCreditor {
  /**
   * The account holder's name.
   */
  'legal_name'?: (string);
  /**
   * The account's form.
   */
  'scheme'?: (_chainbridge_payment_v1_PayeeAccountScheme);
  /**
   * The account number or IBAN, masked.
   */
  'masked_account_number'?: (string);
  /**
   * The BIC, routing number, sort code or bank identifier.
   */
  'bank_code'?: (string);
  /**
   * The account's country.
   */
  'country_code'?: (string);
  /**
   * The version of the payee's account the snapshot was taken from.
   */
  'account_version'?: (number);
}

/**
 * The account a payout pays to: a snapshot taken when the payout was created.
 */
export interface PayoutCreditor__Output {
  /**
   * The account holder's name.
   */
  'legal_name': (string);
  /**
   * The account's form.
   */
  'scheme': (_chainbridge_payment_v1_PayeeAccountScheme__Output);
  /**
   * The account number or IBAN, masked.
   */
  'masked_account_number': (string);
  /**
   * The BIC, routing number, sort code or bank identifier.
   */
  'bank_code': (string);
  /**
   * The account's country.
   */
  'country_code': (string);
  /**
   * The version of the payee's account the snapshot was taken from.
   */
  'account_version': (number);
}
