// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { MilestoneSettlement as _chainbridge_payment_v1_MilestoneSettlement, MilestoneSettlement__Output as _chainbridge_payment_v1_MilestoneSettlement__Output } from '../../../chainbridge/payment/v1/MilestoneSettlement';

/**
 * Response of ListMilestoneSettlements.
 */
export interface ListMilestoneSettlementsResponse {
  /**
   * One page of settlements, oldest first.
   */
  'settlements'?: (_chainbridge_payment_v1_MilestoneSettlement)[];
  /**
   * Token for the next page; empty on the last page.
   */
  'next_page_token'?: (string);
  /**
   * Number of settlements matching the filters, over all pages.
   */
  'total_size'?: (number);
}

/**
 * Response of ListMilestoneSettlements.
 */
export interface ListMilestoneSettlementsResponse__Output {
  /**
   * One page of settlements, oldest first.
   */
  'settlements': (_chainbridge_payment_v1_MilestoneSettlement__Output)[];
  /**
   * Token for the next page; empty on the last page.
   */
  'next_page_token': (string);
  /**
   * Number of settlements matching the filters, over all pages.
   */
  'total_size': (number);
}
