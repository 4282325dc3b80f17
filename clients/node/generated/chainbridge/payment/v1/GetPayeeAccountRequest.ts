// Original file: ../../protos/chainbridge/payment/v1/payment.proto


/**
 * Request of GetPayeeAccount.
 */
export interface GetPayeeAccountRequest {
  /**
   * The payee.
   */
  'payee_id'?: (string);
  /**
   * The account's currency.
   */
  'currency'?: (string);
}

/**
 * Request of GetPayeeAccount.
 */
export interface GetPayeeAccountRequest__Output {
  /**
   * The payee.
   */
  'payee_id': (string);
  /**
   * The account's currency.
   */
  'currency': (string);
}
