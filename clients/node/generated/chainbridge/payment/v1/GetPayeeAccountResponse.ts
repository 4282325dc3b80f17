// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { PayeeAccount as _chainbridge_payment_v1_PayeeAccount, PayeeAccount__Output as _chainbridge_payment_v1_PayeeAccount__Output } from '../../../chainbridge/payment/v1/PayeeAccount';
import type { PayeeAccountChange as _chainbridge_payment_v1_PayeeAccountChange, PayeeAccountChange__Output as _chainbridge_payment_v1_PayeeAccountChange__Output } from '../../../chainbridge/payment/v1/PayeeAccountChange';

/**
 * Response of GetPayeeAccount.
 */
export interface GetPayeeAccountResponse {
  /**
   * The account.
   */
  'payee_account'?: (_chainbridge_payment_v1_PayeeAccount | null);
  /**
   * Every registration and change, oldest first.
   */
  'changes'?: (_chainbridge_payment_v1_PayeeAccountChange)[];
}

/**
 * Response of GetPayeeAccount.
 */
export interface GetPayeeAccountResponse__Output {
  /**
   * The account.
   */
  'payee_account': (_chainbridge_payment_v1_PayeeAccount__Output | null);
  /**
   * Every registration and change, oldest first.
   */
  'changes': (_chainbridge_payment_v1_PayeeAccountChange__Output)[];
}
