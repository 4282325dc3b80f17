// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { LedgerAccount as _chainbridge_payment_v1_LedgerAccount, LedgerAccount__Output as _chainbridge_payment_v1_LedgerAccount__Output } from '../../../chainbridge/payment/v1/LedgerAccount';
import type { Long } from '@grpc/proto-loader';

/**
 * Balance of one ledger account.
 */
export interface LedgerBalance {
  /**
   * The account.
   */
  'account'?: (_chainbridge_payment_v1_LedgerAccount);
  /**
   * Signed balance in minor units.
   */
  'balance_minor'?: (number | string | Long);
}

/**
 * Balance of one ledger account.
 */
export interface LedgerBalance__Output {
  /**
   * The account.
   */
  'account': (_chainbridge_payment_v1_LedgerAccount__Output);
  /**
   * Signed balance in minor units.
   */
  'balance_minor': (string);
}
