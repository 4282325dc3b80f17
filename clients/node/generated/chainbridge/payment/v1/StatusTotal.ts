// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { MilestoneStatus as _chainbridge_payment_v1_MilestoneStatus, MilestoneStatus__Output as _chainbridge_payment_v1_MilestoneStatus__Output } from '../../../chainbridge/payment/v1/MilestoneStatus';
import type { Long } from '@grpc/proto-loader';

/**
 * Count and exact total of the milestones in one status.
 */
export interface StatusTotal {
  /**
   * The status the milestones are in now.
   */
  'status'?: (_chainbridge_payment_v1_MilestoneStatus);
  /**
   * How many.
   */
  'count'?: (number | string | Long);
  /**
   * Their total in minor units of the group's currency, as a decimal string: a sum of
   * int64 amounts can exceed int64, so it is never sent as one.
   */
  'amount_minor'?: (string);
}

/**
 * Count and exact total of the milestones in one status.
 */
export interface StatusTotal__Output {
  /**
   * The status the milestones are in now.
   */
  'status': (_chainbridge_payment_v1_MilestoneStatus__Output);
  /**
   * How many.
   */
  'count': (string);
  /**
   * Their total in minor units of the group's currency, as a decimal string: a sum of
   * int64 amounts can exceed int64, so it is never sent as one.
   */
  'amount_minor': (string);
}
