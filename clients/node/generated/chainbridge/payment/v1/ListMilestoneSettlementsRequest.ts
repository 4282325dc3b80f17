// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { MilestoneStatus as _chainbridge_payment_v1_MilestoneStatus, MilestoneStatus__Output as _chainbridge_payment_v1_MilestoneStatus__Output } from '../../../chainbridge/payment/v1/MilestoneStatus';

/**
 * Request of ListMilestoneSettlements.
 */
export interface ListMilestoneSettlementsRequest {
  /**
   * Maximum number of settlements to return (default 50, coerced to at most 1000).
   */
  'page_size'?: (number);
  /**
   * next_page_token of a previous call with the same filters.
   */
  'page_token'?: (string);
  /**
   * Only this intent's milestones; empty for all.
   */
  'intent_id'?: (string);
  /**
   * Only this shipment's milestones; empty for all.
   */
  'shipment_id'?: (string);
  /**
   * Only milestones in this status; UNSPECIFIED for all.
   */
  'status'?: (_chainbridge_payment_v1_MilestoneStatus);
}

/**
 * Request of ListMilestoneSettlements.
 */
export interface ListMilestoneSettlementsRequest__Output {
  /**
   * Maximum number of settlements to return (default 50, coerced to at most 1000).
   */
  'page_size': (number);
  /**
   * next_page_token of a previous call with the same filters.
   */
  'page_token': (string);
  /**
   * Only this intent's milestones; empty for all.
   */
  'intent_id': (string);
  /**
   * Only this shipment's milestones; empty for all.
   */
  'shipment_id': (string);
  /**
   * Only milestones in this status; UNSPECIFIED for all.
   */
  'status': (_chainbridge_payment_v1_MilestoneStatus__Output);
}
