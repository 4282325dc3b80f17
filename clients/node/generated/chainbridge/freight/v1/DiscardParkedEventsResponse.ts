// Original file: ../../protos/chainbridge/freight/v1/freight.proto

import type { ShipmentEvent as _chainbridge_freight_v1_ShipmentEvent, ShipmentEvent__Output as _chainbridge_freight_v1_ShipmentEvent__Output } from '../../../chainbridge/freight/v1/ShipmentEvent';

/**
 * Response of DiscardParkedEvents.
 */
export interface DiscardParkedEventsResponse {
  /**
   * The discarded events.
   */
  'events'?: (_chainbridge_freight_v1_ShipmentEvent)[];
}

/**
 * Response of DiscardParkedEvents.
 */
export interface DiscardParkedEventsResponse__Output {
  /**
   * The discarded events.
   */
  'events': (_chainbridge_freight_v1_ShipmentEvent__Output)[];
}
