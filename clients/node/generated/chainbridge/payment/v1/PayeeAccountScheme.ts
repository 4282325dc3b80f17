// Original file: ../../protos/chainbridge/payment/v1/payment.proto

/**
 * The form of a payee's bank account, decided by its currency.
 */
export const PayeeAccountScheme = {
  /**
   * Not set.
   */
  PAYEE_ACCOUNT_SCHEME_UNSPECIFIED: 'PAYEE_ACCOUNT_SCHEME_UNSPECIFIED',
  /**
   * EUR: an IBAN (and BIC), paid by SEPA credit transfer.
   */
  PAYEE_ACCOUNT_SCHEME_IBAN: 'PAYEE_ACCOUNT_SCHEME_IBAN',
  /**
   * USD: an ABA routing number and an account number.
   */
  PAYEE_ACCOUNT_SCHEME_US_ABA: 'PAYEE_ACCOUNT_SCHEME_US_ABA',
  /**
   * GBP: a sort code and an account number.
   */
  PAYEE_ACCOUNT_SCHEME_GB_SORT_CODE: 'PAYEE_ACCOUNT_SCHEME_GB_SORT_CODE',
  /**
   * Other currencies: a bank identifier and an account number.
   */
  PAYEE_ACCOUNT_SCHEME_BANK_ACCOUNT: 'PAYEE_ACCOUNT_SCHEME_BANK_ACCOUNT',
} as const;

/**
 * The form of a payee's bank account, decided by its currency.
 */
export type PayeeAccountScheme =
  /**
   * Not set.
   */
  | 'PAYEE_ACCOUNT_SCHEME_UNSPECIFIED'
  | 0
  /**
   * EUR: an IBAN (and BIC), paid by SEPA credit transfer.
   */
  | 'PAYEE_ACCOUNT_SCHEME_IBAN'
  | 1
  /**
   * USD: an ABA routing number and an account number.
   */
  | 'PAYEE_ACCOUNT_SCHEME_US_ABA'
  | 2
  /**
   * GBP: a sort code and an account number.
   */
  | 'PAYEE_ACCOUNT_SCHEME_GB_SORT_CODE'
  | 3
  /**
   * Other currencies: a bank identifier and an account number.
   */
  | 'PAYEE_ACCOUNT_SCHEME_BANK_ACCOUNT'
  | 4

/**
 * The form of a payee's bank account, decided by its currency.
 */
export type PayeeAccountScheme__Output = typeof PayeeAccountScheme[keyof typeof PayeeAccountScheme]
