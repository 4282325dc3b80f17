// Original file: ../../protos/chainbridge/freight/v1/freight.proto


/**
 * Request of RedeliverParkedEvents.
 */
export interface RedeliverParkedEventsRequest {
  /**
   * The parked events to deliver again (1 to 500).
   */
  'event_ids'?: (string)[];
  /**
   * Idempotency key; see CreateShipmentRequest.request_id.
   */
  'request_id'?: (string);
}

/**
 * Request of RedeliverParkedEvents.
 */
export interface RedeliverParkedEventsRequest__Output {
  /**
   * The parked events to deliver again (1 to 500).
   */
  'event_ids': (string)[];
  /**
   * Idempotency key; see CreateShipmentRequest.request_id.
   */
  'request_id': (string);
}
