// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { Subscription as _chainbridge_payment_v1_Subscription, Subscription__Output as _chainbridge_payment_v1_Subscription__Output } from '../../../chainbridge/payment/v1/Subscription';

/**
 * Response of CreateSubscription.
 */
export interface CreateSubscriptionResponse {
  /**
   * The created subscription.
   */
  'subscription'?: (_chainbridge_payment_v1_Subscription | null);
  /**
   * For a webhook: the secret ("whsec_...") that signs every request (ChainBridge-Signature).
   * Shown only here (and in replays of this request_id); empty for e-mail.
   */
  'webhook_secret'?: (string);
}

/**
 * Response of CreateSubscription.
 */
export interface CreateSubscriptionResponse__Output {
  /**
   * The created subscription.
   */
  'subscription': (_chainbridge_payment_v1_Subscription__Output | null);
  /**
   * For a webhook: the secret ("whsec_...") that signs every request (ChainBridge-Signature).
   * Shown only here (and in replays of this request_id); empty for e-mail.
   */
  'webhook_secret': (string);
}
