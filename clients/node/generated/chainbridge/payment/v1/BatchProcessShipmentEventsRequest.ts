// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { ProcessShipmentEventRequest as _chainbridge_payment_v1_ProcessShipmentEventRequest, ProcessShipmentEventRequest__Output as _chainbridge_payment_v1_ProcessShipmentEventRequest__Output } from '../../../chainbridge/payment/v1/ProcessShipmentEventRequest';

/**
 * Request of BatchProcessShipmentEvents.
 */
export interface BatchProcessShipmentEventsRequest {
  /**
   * The events (at most 500), each as for ProcessShipmentEvent.
   */
  'requests'?: (_chainbridge_payment_v1_ProcessShipmentEventRequest)[];
}

/**
 * Request of BatchProcessShipmentEvents.
 */
export interface BatchProcessShipmentEventsRequest__Output {
  /**
   * The events (at most 500), each as for ProcessShipmentEvent.
   */
  'requests': (_chainbridge_payment_v1_ProcessShipmentEventRequest__Output)[];
}
