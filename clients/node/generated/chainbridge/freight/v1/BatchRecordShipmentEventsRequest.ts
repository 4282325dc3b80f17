// Original file: ../../protos/chainbridge/freight/v1/freight.proto

import type { RecordShipmentEventRequest as _chainbridge_freight_v1_RecordShipmentEventRequest, RecordShipmentEventRequest__Output as _chainbridge_freight_v1_RecordShipmentEventRequest__Output } from '../../../chainbridge/freight/v1/RecordShipmentEventRequest';

/**
 * Request of BatchRecordShipmentEvents.
 */
export interface BatchRecordShipmentEventsRequest {
  /**
   * The events (at most 1000), each as for RecordShipmentEvent but without its own
   * request_id: the batch is the unit of idempotency.
   */
  'requests'?: (_chainbridge_freight_v1_RecordShipmentEventRequest)[];
  /**
   * Idempotency key of the whole batch; see CreateShipmentRequest.request_id.
   */
  'request_id'?: (string);
}

/**
 * Request of BatchRecordShipmentEvents.
 */
export interface BatchRecordShipmentEventsRequest__Output {
  /**
   * The events (at most 1000), each as for RecordShipmentEvent but without its own
   * request_id: the batch is the unit of idempotency.
   */
  'requests': (_chainbridge_freight_v1_RecordShipmentEventRequest__Output)[];
  /**
   * Idempotency key of the whole batch; see CreateShipmentRequest.request_id.
   */
  'request_id': (string);
}
