// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { SignedTreeHead as _chainbridge_payment_v1_SignedTreeHead, SignedTreeHead__Output as _chainbridge_payment_v1_SignedTreeHead__Output } from '../../../chainbridge/payment/v1/SignedTreeHead';

/**
 * Response of GetSignedTreeHead.
 */
export interface GetSignedTreeHeadResponse {
  /**
   * The latest signed tree head.
   */
  'signed_tree_head'?: (_chainbridge_payment_v1_SignedTreeHead | null);
}

/**
 * Response of GetSignedTreeHead.
 */
export interface GetSignedTreeHeadResponse__Output {
  /**
   * The latest signed tree head.
   */
  'signed_tree_head': (_chainbridge_payment_v1_SignedTreeHead__Output | null);
}
