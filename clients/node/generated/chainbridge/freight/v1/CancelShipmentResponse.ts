// Original file: ../../protos/chainbridge/freight/v1/freight.proto

import type { Shipment as _chainbridge_freight_v1_Shipment, Shipment__Output as _chainbridge_freight_v1_Shipment__Output } from '../../../chainbridge/freight/v1/Shipment';

/**
 * Response of CancelShipment.
 */
export interface CancelShipmentResponse {
  /**
   * The cancelled shipment.
   */
  'shipment'?: (_chainbridge_freight_v1_Shipment | null);
}

/**
 * Response of CancelShipment.
 */
export interface CancelShipmentResponse__Output {
  /**
   * The cancelled shipment.
   */
  'shipment': (_chainbridge_freight_v1_Shipment__Output | null);
}
