// Original file: ../../protos/chainbridge/freight/v1/freight.proto

import type { Shipment as _chainbridge_freight_v1_Shipment, Shipment__Output as _chainbridge_freight_v1_Shipment__Output } from '../../../chainbridge/freight/v1/Shipment';

/**
 * Response of CreateShipment.
 */
export interface CreateShipmentResponse {
  /**
   * The created shipment.
   */
  'shipment'?: (_chainbridge_freight_v1_Shipment | null);
}

/**
 * Response of CreateShipment.
 */
export interface CreateShipmentResponse__Output {
  /**
   * The created shipment.
   */
  'shipment': (_chainbridge_freight_v1_Shipment__Output | null);
}
