// Original file: ../../protos/chainbridge/freight/v1/freight.proto

import type { ShipmentEvent as _chainbridge_freight_v1_ShipmentEvent, ShipmentEvent__Output as _chainbridge_freight_v1_ShipmentEvent__Output } from '../../../chainbridge/freight/v1/ShipmentEvent';

/**
 * Response of ListParkedEvents.
 */
export interface ListParkedEventsResponse {
  /**
   * One page of parked events, newest occurred_at first, each with its last error.
   */
  'events'?: (_chainbridge_freight_v1_ShipmentEvent)[];
  /**
   * Token for the next page; empty on the last page.
   */
  'next_page_token'?: (string);
  /**
   * Number of parked events, over all pages.
   */
  'total_size'?: (number);
}

/**
 * Response of ListParkedEvents.
 */
export interface ListParkedEventsResponse__Output {
  /**
   * One page of parked events, newest occurred_at first, each with its last error.
   */
  'events': (_chainbridge_freight_v1_ShipmentEvent__Output)[];
  /**
   * Token for the next page; empty on the last page.
   */
  'next_page_token': (string);
  /**
   * Number of parked events, over all pages.
   */
  'total_size': (number);
}
