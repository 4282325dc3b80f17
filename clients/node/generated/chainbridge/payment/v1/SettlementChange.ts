// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { MilestoneStatus as _chainbridge_payment_v1_MilestoneStatus, MilestoneStatus__Output as _chainbridge_payment_v1_MilestoneStatus__Output } from '../../../chainbridge/payment/v1/MilestoneStatus';

/**
 * A milestone settlement's change to one status (each status is reached at most once).
 */
export interface SettlementChange {
  /**
   * The milestone settlement.
   */
  'settlement_id'?: (string);
  /**
   * The status it changed to.
   */
  'status'?: (_chainbridge_payment_v1_MilestoneStatus);
}

/**
 * A milestone settlement's change to one status (each status is reached at most once).
 */
export interface SettlementChange__Output {
  /**
   * The milestone settlement.
   */
  'settlement_id': (string);
  /**
   * The status it changed to.
   */
  'status': (_chainbridge_payment_v1_MilestoneStatus__Output);
}
