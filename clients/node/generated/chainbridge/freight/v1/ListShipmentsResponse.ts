// Original file: ../../protos/chainbridge/freight/v1/freight.proto

import type { Shipment as _chainbridge_freight_v1_Shipment, Shipment__Output as _chainbridge_freight_v1_Shipment__Output } from '../../../chainbridge/freight/v1/Shipment';

/**
 * Response of ListShipments.
 */
export interface ListShipmentsResponse {
  /**
   * One page of shipments, newest first.
   */
  'shipments'?: (_chainbridge_freight_v1_Shipment)[];
  /**
   * Token for the next page; empty on the last page.
   */
  'next_page_token'?: (string);
  /**
   * Number of shipments matching the filters, over all pages.
   */
  'total_size'?: (number);
}

/**
 * Response of ListShipments.
 */
export interface ListShipmentsResponse__Output {
  /**
   * One page of shipments, newest first.
   */
  'shipments': (_chainbridge_freight_v1_Shipment__Output)[];
  /**
   * Token for the next page; empty on the last page.
   */
  'next_page_token': (string);
  /**
   * Number of shipments matching the filters, over all pages.
   */
  'total_size': (number);
}
