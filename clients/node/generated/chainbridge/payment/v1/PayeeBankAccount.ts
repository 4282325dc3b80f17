// Original file: ../../protos/chainbridge/payment/v1/payment.proto


/**
 * A payee's bank account as submitted to RegisterPayeeAccount. Which fields apply depends on
 * the currency: EUR takes iban (and bic), USD routing_number and account_number, GBP
 * sort_code and account_number, any other currency bank_identifier and account_number.
 * Fields of another currency's form are refused.
 */
export interface PayeeBankAccount {
  /**
   * ISO 4217 currency the payee is paid in to this account (required).
   */
  'currency'?: (string);
  /**
   * The account holder's name as the bank knows it (required; at most 70 characters).
   */
  'legal_name'?: (string);
  /**
   * EUR: the IBAN (spaces allowed), checked for its country's format and check digits.
   */
  'iban'?: (string);
  /**
   * EUR: the bank's BIC; required for SEPA countries outside the EEA (CH, GB...).
   */
  'bic'?: (string);
  /**
   * USD: the 9-digit ABA routing number.
   */
  'routing_number'?: (string);
  /**
   * GBP: the 6-digit sort code ("12-34-56" accepted).
   */
  'sort_code'?: (string);
  /**
   * USD, GBP and other currencies: the account number.
   */
  'account_number'?: (string);
  /**
   * Other currencies: the bank's identifier (letters and digits).
   */
  'bank_identifier'?: (string);
}

/**
 * A payee's bank account as submitted to RegisterPayeeAccount. Which fields apply depends on
 * the currency: EUR takes iban (and bic), USD routing_number and account_number, GBP
 * sort_code and account_number, any other currency bank_identifier and account_number.
 * Fields of another currency's form are refused.
 */
export interface PayeeBankAccount__Output {
  /**
   * ISO 4217 currency the payee is paid in to this account (required).
   */
  'currency': (string);
  /**
   * The account holder's name as the bank knows it (required; at most 70 characters).
   */
  'legal_name': (string);
  /**
   * EUR: the IBAN (spaces allowed), checked for its country's format and check digits.
   */
  'iban': (string);
  /**
   * EUR: the bank's BIC; required for SEPA countries outside the EEA (CH, GB...).
   */
  'bic': (string);
  /**
   * USD: the 9-digit ABA routing number.
   */
  'routing_number': (string);
  /**
   * GBP: the 6-digit sort code ("12-34-56" accepted).
   */
  'sort_code': (string);
  /**
   * USD, GBP and other currencies: the account number.
   */
  'account_number': (string);
  /**
   * Other currencies: the bank's identifier (letters and digits).
   */
  'bank_identifier': (string);
}
