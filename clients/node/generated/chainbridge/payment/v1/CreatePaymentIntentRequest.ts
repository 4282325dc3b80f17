// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { PaymentIntent as _chainbridge_payment_v1_PaymentIntent, PaymentIntent__Output as _chainbridge_payment_v1_PaymentIntent__Output } from '../../../chainbridge/payment/v1/PaymentIntent';

/**
 * Request of CreatePaymentIntent.
 */
export interface CreatePaymentIntentRequest {
  /**
   * The intent: freight_token_id and amount are required; output-only fields are ignored.
   */
  'payment_intent'?: (_chainbridge_payment_v1_PaymentIntent | null);
  /**
   * Idempotency key chosen by the client. A replay with the same key and body returns
   * the first result; the same key with another body is ALREADY_EXISTS.
   */
  'request_id'?: (string);
}

/**
 * Request of CreatePaymentIntent.
 */
export interface CreatePaymentIntentRequest__Output {
  /**
   * The intent: freight_token_id and amount are required; output-only fields are ignored.
   */
  'payment_intent': (_chainbridge_payment_v1_PaymentIntent__Output | null);
  /**
   * Idempotency key chosen by the client. A replay with the same key and body returns
   * the first result; the same key with another body is ALREADY_EXISTS.
   */
  'request_id': (string);
}
