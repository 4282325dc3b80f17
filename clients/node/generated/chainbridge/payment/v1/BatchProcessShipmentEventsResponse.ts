// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { ProcessShipmentEventResponse as _chainbridge_payment_v1_ProcessShipmentEventResponse, ProcessShipmentEventResponse__Output as _chainbridge_payment_v1_ProcessShipmentEventResponse__Output } from '../../../chainbridge/payment/v1/ProcessShipmentEventResponse';

/**
 * Response of BatchProcessShipmentEvents.
 */
export interface BatchProcessShipmentEventsResponse {
  /**
   * One response per request, in request order.
   */
  'responses'?: (_chainbridge_payment_v1_ProcessShipmentEventResponse)[];
}

/**
 * Response of BatchProcessShipmentEvents.
 */
export interface BatchProcessShipmentEventsResponse__Output {
  /**
   * One response per request, in request order.
   */
  'responses': (_chainbridge_payment_v1_ProcessShipmentEventResponse__Output)[];
}
