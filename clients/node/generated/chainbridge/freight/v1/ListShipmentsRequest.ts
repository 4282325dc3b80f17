// Original file: ../../protos/chainbridge/freight/v1/freight.proto

import type { ShipmentStatus as _chainbridge_freight_v1_ShipmentStatus, ShipmentStatus__Output as _chainbridge_freight_v1_ShipmentStatus__Output } from '../../../chainbridge/freight/v1/ShipmentStatus';

/**
 * Request of ListShipments.
 */
export interface ListShipmentsRequest {
  /**
   * Maximum number of shipments to return (default 50, values above 1000 are coerced to 1000).
   */
  'page_size'?: (number);
  /**
   * next_page_token of a previous call with the same filters, to get the next page.
   */
  'page_token'?: (string);
  /**
   * Only shipments in this status; UNSPECIFIED for all.
   */
  'status'?: (_chainbridge_freight_v1_ShipmentStatus);
  /**
   * Only shipments of this carrier; empty for all.
   */
  'carrier_id'?: (string);
}

/**
 * Request of ListShipments.
 */
export interface ListShipmentsRequest__Output {
  /**
   * Maximum number of shipments to return (default 50, values above 1000 are coerced to 1000).
   */
  'page_size': (number);
  /**
   * next_page_token of a previous call with the same filters, to get the next page.
   */
  'page_token': (string);
  /**
   * Only shipments in this status; UNSPECIFIED for all.
   */
  'status': (_chainbridge_freight_v1_ShipmentStatus__Output);
  /**
   * Only shipments of this carrier; empty for all.
   */
  'carrier_id': (string);
}
