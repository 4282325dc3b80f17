// Original file: ../../protos/chainbridge/freight/v1/freight.proto

import type { Shipment as _chainbridge_freight_v1_Shipment, Shipment__Output as _chainbridge_freight_v1_Shipment__Output } from '../../../chainbridge/freight/v1/Shipment';

/**
 * Response of GetShipment.
 */
export interface GetShipmentResponse {
  /**
   * The shipment.
   */
  'shipment'?: (_chainbridge_freight_v1_Shipment | null);
}

/**
 * Response of GetShipment.
 */
export interface GetShipmentResponse__Output {
  /**
   * The shipment.
   */
  'shipment': (_chainbridge_freight_v1_Shipment__Output | null);
}
