// Original file: ../../protos/chainbridge/freight/v1/freight.proto

import type { Shipment as _chainbridge_freight_v1_Shipment, Shipment__Output as _chainbridge_freight_v1_Shipment__Output } from '../../../chainbridge/freight/v1/Shipment';

/**
 * Request of CreateShipment.
 */
export interface CreateShipmentRequest {
  /**
   * The shipment to create. Output-only fields are ignored.
   */
  'shipment'?: (_chainbridge_freight_v1_Shipment | null);
  /**
   * Idempotency key chosen by the client (e.g. a UUID). A replay with the same key and
   * body returns the first result; the same key with another body is ALREADY_EXISTS.
   */
  'request_id'?: (string);
}

/**
 * Request of CreateShipment.
 */
export interface CreateShipmentRequest__Output {
  /**
   * The shipment to create. Output-only fields are ignored.
   */
  'shipment': (_chainbridge_freight_v1_Shipment__Output | null);
  /**
   * Idempotency key chosen by the client (e.g. a UUID). A replay with the same key and
   * body returns the first result; the same key with another body is ALREADY_EXISTS.
   */
  'request_id': (string);
}
