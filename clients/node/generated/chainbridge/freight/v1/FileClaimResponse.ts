// Original file: ../../protos/chainbridge/freight/v1/freight.proto

import type { ShipmentEvent as _chainbridge_freight_v1_ShipmentEvent, ShipmentEvent__Output as _chainbridge_freight_v1_ShipmentEvent__Output } from '../../../chainbridge/freight/v1/ShipmentEvent';

/**
 * Response of FileClaim.
 */
export interface FileClaimResponse {
  /**
   * The CLAIM_FILED event; its event_id is the claim's id in the payment service
   * (PaymentService.ResolveClaim).
   */
  'event'?: (_chainbridge_freight_v1_ShipmentEvent | null);
}

/**
 * Response of FileClaim.
 */
export interface FileClaimResponse__Output {
  /**
   * The CLAIM_FILED event; its event_id is the claim's id in the payment service
   * (PaymentService.ResolveClaim).
   */
  'event': (_chainbridge_freight_v1_ShipmentEvent__Output | null);
}
