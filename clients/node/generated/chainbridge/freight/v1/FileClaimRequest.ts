// Original file: ../../protos/chainbridge/freight/v1/freight.proto

import type { Money as _chainbridge_common_v1_Money, Money__Output as _chainbridge_common_v1_Money__Output } from '../../../chainbridge/common/v1/Money';

/**
 * Request of FileClaim.
 */
export interface FileClaimRequest {
  /**
   * The shipment the claim is against.
   */
  'shipment_id'?: (string);
  /**
   * What is claimed, in the shipment's declared currency. All claims of a shipment
   * together may not exceed its declared value.
   */
  'claimed_amount'?: (_chainbridge_common_v1_Money | null);
  /**
   * Why (required, at most 512 characters).
   */
  'reason'?: (string);
  /**
   * Idempotency key; see CreateShipmentRequest.request_id.
   */
  'request_id'?: (string);
}

/**
 * Request of FileClaim.
 */
export interface FileClaimRequest__Output {
  /**
   * The shipment the claim is against.
   */
  'shipment_id': (string);
  /**
   * What is claimed, in the shipment's declared currency. All claims of a shipment
   * together may not exceed its declared value.
   */
  'claimed_amount': (_chainbridge_common_v1_Money__Output | null);
  /**
   * Why (required, at most 512 characters).
   */
  'reason': (string);
  /**
   * Idempotency key; see CreateShipmentRequest.request_id.
   */
  'request_id': (string);
}
