// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { LedgerAccount as _chainbridge_payment_v1_LedgerAccount, LedgerAccount__Output as _chainbridge_payment_v1_LedgerAccount__Output } from '../../../chainbridge/payment/v1/LedgerAccount';
import type { Long } from '@grpc/proto-loader';

/**
 * One posting of a journal: a signed amount on one account.
 */
export interface LedgerEntry {
  /**
   * The account.
   */
  'account'?: (_chainbridge_payment_v1_LedgerAccount);
  /**
   * Signed amount in minor units: positive is a debit, negative a credit.
   */
  'amount_minor'?: (number | string | Long);
}

/**
 * One posting of a journal: a signed amount on one account.
 */
export interface LedgerEntry__Output {
  /**
   * The account.
   */
  'account': (_chainbridge_payment_v1_LedgerAccount__Output);
  /**
   * Signed amount in minor units: positive is a debit, negative a credit.
   */
  'amount_minor': (string);
}
