// Original file: ../../protos/chainbridge/freight/v1/freight.proto

import type { DeliveryState as _chainbridge_freight_v1_DeliveryState, DeliveryState__Output as _chainbridge_freight_v1_DeliveryState__Output } from '../../../chainbridge/freight/v1/DeliveryState';

/**
 * Request of ListShipmentEvents.
 */
export interface ListShipmentEventsRequest {
  /**
   * The shipment whose events to list.
   */
  'shipment_id'?: (string);
  /**
   * Maximum number of events to return (default 50, coerced to at most 1000).
   */
  'page_size'?: (number);
  /**
   * next_page_token of a previous call with the same filters.
   */
  'page_token'?: (string);
  /**
   * Only events in this delivery state; UNSPECIFIED for all.
   */
  'delivery_state'?: (_chainbridge_freight_v1_DeliveryState);
}

/**
 * Request of ListShipmentEvents.
 */
export interface ListShipmentEventsRequest__Output {
  /**
   * The shipment whose events to list.
   */
  'shipment_id': (string);
  /**
   * Maximum number of events to return (default 50, coerced to at most 1000).
   */
  'page_size': (number);
  /**
   * next_page_token of a previous call with the same filters.
   */
  'page_token': (string);
  /**
   * Only events in this delivery state; UNSPECIFIED for all.
   */
  'delivery_state': (_chainbridge_freight_v1_DeliveryState__Output);
}
