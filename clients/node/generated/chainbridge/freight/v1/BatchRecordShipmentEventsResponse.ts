// Original file: ../../protos/chainbridge/freight/v1/freight.proto

import type { ShipmentEvent as _chainbridge_freight_v1_ShipmentEvent, ShipmentEvent__Output as _chainbridge_freight_v1_ShipmentEvent__Output } from '../../../chainbridge/freight/v1/ShipmentEvent';

/**
 * Response of BatchRecordShipmentEvents.
 */
export interface BatchRecordShipmentEventsResponse {
  /**
   * The recorded events, in request order.
   */
  'events'?: (_chainbridge_freight_v1_ShipmentEvent)[];
}

/**
 * Response of BatchRecordShipmentEvents.
 */
export interface BatchRecordShipmentEventsResponse__Output {
  /**
   * The recorded events, in request order.
   */
  'events': (_chainbridge_freight_v1_ShipmentEvent__Output)[];
}
