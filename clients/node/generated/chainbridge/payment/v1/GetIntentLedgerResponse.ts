// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { LedgerJournal as _chainbridge_payment_v1_LedgerJournal, LedgerJournal__Output as _chainbridge_payment_v1_LedgerJournal__Output } from '../../../chainbridge/payment/v1/LedgerJournal';
import type { LedgerBalance as _chainbridge_payment_v1_LedgerBalance, LedgerBalance__Output as _chainbridge_payment_v1_LedgerBalance__Output } from '../../../chainbridge/payment/v1/LedgerBalance';

/**
 * Response of GetIntentLedger.
 */
export interface GetIntentLedgerResponse {
  /**
   * The intent.
   */
  'intent_id'?: (string);
  /**
   * Currency of every amount.
   */
  'currency'?: (string);
  /**
   * The journals in posting order.
   */
  'journals'?: (_chainbridge_payment_v1_LedgerJournal)[];
  /**
   * Balance per account; they sum to zero.
   */
  'balances'?: (_chainbridge_payment_v1_LedgerBalance)[];
}

/**
 * Response of GetIntentLedger.
 */
export interface GetIntentLedgerResponse__Output {
  /**
   * The intent.
   */
  'intent_id': (string);
  /**
   * Currency of every amount.
   */
  'currency': (string);
  /**
   * The journals in posting order.
   */
  'journals': (_chainbridge_payment_v1_LedgerJournal__Output)[];
  /**
   * Balance per account; they sum to zero.
   */
  'balances': (_chainbridge_payment_v1_LedgerBalance__Output)[];
}
