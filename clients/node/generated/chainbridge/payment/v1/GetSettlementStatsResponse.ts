// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { SettlementStatsGroup as _chainbridge_payment_v1_SettlementStatsGroup, SettlementStatsGroup__Output as _chainbridge_payment_v1_SettlementStatsGroup__Output } from '../../../chainbridge/payment/v1/SettlementStatsGroup';
import type { DurationStats as _chainbridge_payment_v1_DurationStats, DurationStats__Output as _chainbridge_payment_v1_DurationStats__Output } from '../../../chainbridge/payment/v1/DurationStats';

/**
 * Response of GetSettlementStats.
 */
export interface GetSettlementStatsResponse {
  /**
   * The window's start.
   */
  'start_time'?: (_google_protobuf_Timestamp | null);
  /**
   * The window's end.
   */
  'end_time'?: (_google_protobuf_Timestamp | null);
  /**
   * One page of groups, ordered by tier, payee and currency.
   */
  'groups'?: (_chainbridge_payment_v1_SettlementStatsGroup)[];
  /**
   * Token for the next page; empty on the last page.
   */
  'next_page_token'?: (string);
  /**
   * Number of groups, over all pages.
   */
  'total_size'?: (number);
  /**
   * Event to release over every group of the window (all pages).
   */
  'event_to_release'?: (_chainbridge_payment_v1_DurationStats | null);
  /**
   * Release to settlement over every group of the window (all pages).
   */
  'release_to_settlement'?: (_chainbridge_payment_v1_DurationStats | null);
}

/**
 * Response of GetSettlementStats.
 */
export interface GetSettlementStatsResponse__Output {
  /**
   * The window's start.
   */
  'start_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * The window's end.
   */
  'end_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * One page of groups, ordered by tier, payee and currency.
   */
  'groups': (_chainbridge_payment_v1_SettlementStatsGroup__Output)[];
  /**
   * Token for the next page; empty on the last page.
   */
  'next_page_token': (string);
  /**
   * Number of groups, over all pages.
   */
  'total_size': (number);
  /**
   * Event to release over every group of the window (all pages).
   */
  'event_to_release': (_chainbridge_payment_v1_DurationStats__Output | null);
  /**
   * Release to settlement over every group of the window (all pages).
   */
  'release_to_settlement': (_chainbridge_payment_v1_DurationStats__Output | null);
}
