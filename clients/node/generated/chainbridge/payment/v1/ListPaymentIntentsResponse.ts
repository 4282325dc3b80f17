// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { PaymentIntent as _chainbridge_payment_v1_PaymentIntent, PaymentIntent__Output as _chainbridge_payment_v1_PaymentIntent__Output } from '../../../chainbridge/payment/v1/PaymentIntent';

/**
 * Response of ListPaymentIntents.
 */
export interface ListPaymentIntentsResponse {
  /**
   * One page of intents, newest first.
   */
  'payment_intents'?: (_chainbridge_payment_v1_PaymentIntent)[];
  /**
   * Token for the next page; empty on the last page.
   */
  'next_page_token'?: (string);
  /**
   * Number of intents matching the filters, over all pages.
   */
  'total_size'?: (number);
}

/**
 * Response of ListPaymentIntents.
 */
export interface ListPaymentIntentsResponse__Output {
  /**
   * One page of intents, newest first.
   */
  'payment_intents': (_chainbridge_payment_v1_PaymentIntent__Output)[];
  /**
   * Token for the next page; empty on the last page.
   */
  'next_page_token': (string);
  /**
   * Number of intents matching the filters, over all pages.
   */
  'total_size': (number);
}
