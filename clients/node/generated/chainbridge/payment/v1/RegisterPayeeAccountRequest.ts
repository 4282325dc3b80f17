// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { PayeeBankAccount as _chainbridge_payment_v1_PayeeBankAccount, PayeeBankAccount__Output as _chainbridge_payment_v1_PayeeBankAccount__Output } from '../../../chainbridge/payment/v1/PayeeBankAccount';

/**
 * Request of RegisterPayeeAccount.
 */
export interface RegisterPayeeAccountRequest {
  /**
   * The payee, as payment intents name it in payee_id (required).
   */
  'payee_id'?: (string);
  /**
   * The account (required).
   */
  'account'?: (_chainbridge_payment_v1_PayeeBankAccount | null);
  /**
   * Idempotency key (see CreatePaymentIntentRequest.request_id).
   */
  'request_id'?: (string);
}

/**
 * Request of RegisterPayeeAccount.
 */
export interface RegisterPayeeAccountRequest__Output {
  /**
   * The payee, as payment intents name it in payee_id (required).
   */
  'payee_id': (string);
  /**
   * The account (required).
   */
  'account': (_chainbridge_payment_v1_PayeeBankAccount__Output | null);
  /**
   * Idempotency key (see CreatePaymentIntentRequest.request_id).
   */
  'request_id': (string);
}
