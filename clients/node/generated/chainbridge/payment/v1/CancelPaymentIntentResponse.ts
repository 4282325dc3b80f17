// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { PaymentIntent as _chainbridge_payment_v1_PaymentIntent, PaymentIntent__Output as _chainbridge_payment_v1_PaymentIntent__Output } from '../../../chainbridge/payment/v1/PaymentIntent';

/**
 * Response of CancelPaymentIntent.
 */
export interface CancelPaymentIntentResponse {
  /**
   * The cancelled intent.
   */
  'payment_intent'?: (_chainbridge_payment_v1_PaymentIntent | null);
}

/**
 * Response of CancelPaymentIntent.
 */
export interface CancelPaymentIntentResponse__Output {
  /**
   * The cancelled intent.
   */
  'payment_intent': (_chainbridge_payment_v1_PaymentIntent__Output | null);
}
