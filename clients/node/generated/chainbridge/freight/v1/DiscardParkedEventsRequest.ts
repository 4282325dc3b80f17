// Original file: ../../protos/chainbridge/freight/v1/freight.proto


/**
 * Request of DiscardParkedEvents.
 */
export interface DiscardParkedEventsRequest {
  /**
   * The parked events to give up (1 to 500).
   */
  'event_ids'?: (string)[];
  /**
   * Why (required); kept as the events' last error.
   */
  'reason'?: (string);
  /**
   * Idempotency key; see CreateShipmentRequest.request_id.
   */
  'request_id'?: (string);
}

/**
 * Request of DiscardParkedEvents.
 */
export interface DiscardParkedEventsRequest__Output {
  /**
   * The parked events to give up (1 to 500).
   */
  'event_ids': (string)[];
  /**
   * Why (required); kept as the events' last error.
   */
  'reason': (string);
  /**
   * Idempotency key; see CreateShipmentRequest.request_id.
   */
  'request_id': (string);
}
