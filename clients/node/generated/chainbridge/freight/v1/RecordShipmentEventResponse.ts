// Original file: ../../protos/chainbridge/freight/v1/freight.proto

import type { ShipmentEvent as _chainbridge_freight_v1_ShipmentEvent, ShipmentEvent__Output as _chainbridge_freight_v1_ShipmentEvent__Output } from '../../../chainbridge/freight/v1/ShipmentEvent';

/**
 * Response of RecordShipmentEvent.
 */
export interface RecordShipmentEventResponse {
  /**
   * The recorded event, with its delivery state at the time of the answer.
   */
  'event'?: (_chainbridge_freight_v1_ShipmentEvent | null);
}

/**
 * Response of RecordShipmentEvent.
 */
export interface RecordShipmentEventResponse__Output {
  /**
   * The recorded event, with its delivery state at the time of the answer.
   */
  'event': (_chainbridge_freight_v1_ShipmentEvent__Output | null);
}
