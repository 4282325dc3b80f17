// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { PaymentIntent as _chainbridge_payment_v1_PaymentIntent, PaymentIntent__Output as _chainbridge_payment_v1_PaymentIntent__Output } from '../../../chainbridge/payment/v1/PaymentIntent';

/**
 * Response of CreatePaymentIntent.
 */
export interface CreatePaymentIntentResponse {
  /**
   * The created intent.
   */
  'payment_intent'?: (_chainbridge_payment_v1_PaymentIntent | null);
}

/**
 * Response of CreatePaymentIntent.
 */
export interface CreatePaymentIntentResponse__Output {
  /**
   * The created intent.
   */
  'payment_intent': (_chainbridge_payment_v1_PaymentIntent__Output | null);
}
