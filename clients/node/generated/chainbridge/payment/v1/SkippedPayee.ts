// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { PayoutSkipReason as _chainbridge_payment_v1_PayoutSkipReason, PayoutSkipReason__Output as _chainbridge_payment_v1_PayoutSkipReason__Output } from '../../../chainbridge/payment/v1/PayoutSkipReason';
import type { Money as _chainbridge_common_v1_Money, Money__Output as _chainbridge_common_v1_Money__Output } from '../../../chainbridge/common/v1/Money';

/**
 * Milestones a run could not pay, per payee and currency: reported, never dropped. They stay
 * APPROVED and in the pool for a later run.
 */
export interface SkippedPayee {
  /**
   * The payee.
   */
  'payee_id'?: (string);
  /**
   * The currency.
   */
  'currency'?: (string);
  /**
   * Why.
   */
  'reason'?: (_chainbridge_payment_v1_PayoutSkipReason);
  /**
   * What to do about it, in words.
   */
  'description'?: (string);
  /**
   * How many milestones.
   */
  'line_count'?: (number);
  /**
   * Their total.
   */
  'amount'?: (_chainbridge_common_v1_Money | null);
}

/**
 * Milestones a run could not pay, per payee and currency: reported, never dropped. They stay
 * APPROVED and in the pool for a later run.
 */
export interface SkippedPayee__Output {
  /**
   * The payee.
   */
  'payee_id': (string);
  /**
   * The currency.
   */
  'currency': (string);
  /**
   * Why.
   */
  'reason': (_chainbridge_payment_v1_PayoutSkipReason__Output);
  /**
   * What to do about it, in words.
   */
  'description': (string);
  /**
   * How many milestones.
   */
  'line_count': (number);
  /**
   * Their total.
   */
  'amount': (_chainbridge_common_v1_Money__Output | null);
}
