// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { Long } from '@grpc/proto-loader';

/**
 * What a payment intent has scheduled, released and settled. All amounts are in the
 * intent's currency and minor units.
 */
export interface PaymentTotals {
  /**
   * ISO 4217 currency of every amount here.
   */
  'currency'?: (string);
  /**
   * Amount covered by a schedule.
   */
  'scheduled_minor'?: (number | string | Long);
  /**
   * Amount released (APPROVED or SETTLED milestones).
   */
  'released_minor'?: (number | string | Long);
  /**
   * Amount settled (SETTLED milestones).
   */
  'settled_minor'?: (number | string | Long);
  /**
   * Amount awaiting review or release (PENDING or DELAYED milestones).
   */
  'held_minor'?: (number | string | Long);
  /**
   * Amount that will never pay (REJECTED or CANCELLED milestones).
   */
  'voided_minor'?: (number | string | Long);
  /**
   * Amount neither released nor voided: scheduled - released - voided.
   */
  'remaining_minor'?: (number | string | Long);
  /**
   * Amount held by open cargo claims (ON_HOLD milestones). Shares whose event has not come
   * yet are held too (see CargoClaim.holds) but only count here once they exist.
   */
  'on_hold_minor'?: (number | string | Long);
}

/**
 * What a payment intent has scheduled, released and settled. All amounts are in the
 * intent's currency and minor units.
 */
export interface PaymentTotals__Output {
  /**
   * ISO 4217 currency of every amount here.
   */
  'currency': (string);
  /**
   * Amount covered by a schedule.
   */
  'scheduled_minor': (string);
  /**
   * Amount released (APPROVED or SETTLED milestones).
   */
  'released_minor': (string);
  /**
   * Amount settled (SETTLED milestones).
   */
  'settled_minor': (string);
  /**
   * Amount awaiting review or release (PENDING or DELAYED milestones).
   */
  'held_minor': (string);
  /**
   * Amount that will never pay (REJECTED or CANCELLED milestones).
   */
  'voided_minor': (string);
  /**
   * Amount neither released nor voided: scheduled - released - voided.
   */
  'remaining_minor': (string);
  /**
   * Amount held by open cargo claims (ON_HOLD milestones). Shares whose event has not come
   * yet are held too (see CargoClaim.holds) but only count here once they exist.
   */
  'on_hold_minor': (string);
}
