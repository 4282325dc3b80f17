// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { PayeeAccount as _chainbridge_payment_v1_PayeeAccount, PayeeAccount__Output as _chainbridge_payment_v1_PayeeAccount__Output } from '../../../chainbridge/payment/v1/PayeeAccount';

/**
 * Response of RegisterPayeeAccount.
 */
export interface RegisterPayeeAccountResponse {
  /**
   * The account as registered now.
   */
  'payee_account'?: (_chainbridge_payment_v1_PayeeAccount | null);
  /**
   * False when the account was already registered exactly so (no new version).
   */
  'changed'?: (boolean);
}

/**
 * Response of RegisterPayeeAccount.
 */
export interface RegisterPayeeAccountResponse__Output {
  /**
   * The account as registered now.
   */
  'payee_account': (_chainbridge_payment_v1_PayeeAccount__Output | null);
  /**
   * False when the account was already registered exactly so (no new version).
   */
  'changed': (boolean);
}
