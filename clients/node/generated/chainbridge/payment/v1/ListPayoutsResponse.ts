// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { Payout as _chainbridge_payment_v1_Payout, Payout__Output as _chainbridge_payment_v1_Payout__Output } from '../../../chainbridge/payment/v1/Payout';

/**
 * Response of ListPayouts.
 */
export interface ListPayoutsResponse {
  /**
   * One page of payouts (without their lines), newest first.
   */
  'payouts'?: (_chainbridge_payment_v1_Payout)[];
  /**
   * Token for the next page; empty on the last page.
   */
  'next_page_token'?: (string);
  /**
   * Number of payouts matching the filters, over all pages.
   */
  'total_size'?: (number);
}

/**
 * Response of ListPayouts.
 */
export interface ListPayoutsResponse__Output {
  /**
   * One page of payouts (without their lines), newest first.
   */
  'payouts': (_chainbridge_payment_v1_Payout__Output)[];
  /**
   * Token for the next page; empty on the last page.
   */
  'next_page_token': (string);
  /**
   * Number of payouts matching the filters, over all pages.
   */
  'total_size': (number);
}
