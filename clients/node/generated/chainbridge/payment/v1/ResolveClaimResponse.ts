// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { CargoClaim as _chainbridge_payment_v1_CargoClaim, CargoClaim__Output as _chainbridge_payment_v1_CargoClaim__Output } from '../../../chainbridge/payment/v1/CargoClaim';
import type { MilestoneSettlement as _chainbridge_payment_v1_MilestoneSettlement, MilestoneSettlement__Output as _chainbridge_payment_v1_MilestoneSettlement__Output } from '../../../chainbridge/payment/v1/MilestoneSettlement';

/**
 * Response of ResolveClaim.
 */
export interface ResolveClaimResponse {
  /**
   * The claim, RESOLVED.
   */
  'claim'?: (_chainbridge_payment_v1_CargoClaim | null);
  /**
   * The settlements the resolution created or changed (RETURNED parts, released holds).
   */
  'settlements'?: (_chainbridge_payment_v1_MilestoneSettlement)[];
}

/**
 * Response of ResolveClaim.
 */
export interface ResolveClaimResponse__Output {
  /**
   * The claim, RESOLVED.
   */
  'claim': (_chainbridge_payment_v1_CargoClaim__Output | null);
  /**
   * The settlements the resolution created or changed (RETURNED parts, released holds).
   */
  'settlements': (_chainbridge_payment_v1_MilestoneSettlement__Output)[];
}
