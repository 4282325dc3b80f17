// Original file: ../../protos/chainbridge/common/v1/common.proto

import type { Money as _chainbridge_common_v1_Money, Money__Output as _chainbridge_common_v1_Money__Output } from '../../../chainbridge/common/v1/Money';

/**
 * What a cargo claim asks for: an amount of the shipment's declared value and why.
 */
export interface ClaimDetails {
  /**
   * The amount claimed, in the shipment's declared currency, at least 1 minor unit.
   */
  'claimed_amount'?: (_chainbridge_common_v1_Money | null);
  /**
   * Why (damage found at delivery, missing pallets...), at most 512 characters.
   */
  'reason'?: (string);
}

/**
 * What a cargo claim asks for: an amount of the shipment's declared value and why.
 */
export interface ClaimDetails__Output {
  /**
   * The amount claimed, in the shipment's declared currency, at least 1 minor unit.
   */
  'claimed_amount': (_chainbridge_common_v1_Money__Output | null);
  /**
   * Why (damage found at delivery, missing pallets...), at most 512 characters.
   */
  'reason': (string);
}
