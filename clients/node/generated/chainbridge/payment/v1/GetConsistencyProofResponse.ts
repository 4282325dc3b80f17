// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { SignedTreeHead as _chainbridge_payment_v1_SignedTreeHead, SignedTreeHead__Output as _chainbridge_payment_v1_SignedTreeHead__Output } from '../../../chainbridge/payment/v1/SignedTreeHead';
import type { Long } from '@grpc/proto-loader';

/**
 * Response of GetConsistencyProof.
 */
export interface GetConsistencyProofResponse {
  /**
   * Size of the earlier tree, as asked.
   */
  'first_tree_size'?: (number | string | Long);
  /**
   * The RFC 9162 consistency proof from the earlier tree to the later one.
   */
  'proof'?: (Buffer | Uint8Array | string)[];
  /**
   * The later tree's signed head.
   */
  'signed_tree_head'?: (_chainbridge_payment_v1_SignedTreeHead | null);
}

/**
 * Response of GetConsistencyProof.
 */
export interface GetConsistencyProofResponse__Output {
  /**
   * Size of the earlier tree, as asked.
   */
  'first_tree_size': (string);
  /**
   * The RFC 9162 consistency proof from the earlier tree to the later one.
   */
  'proof': (Buffer)[];
  /**
   * The later tree's signed head.
   */
  'signed_tree_head': (_chainbridge_payment_v1_SignedTreeHead__Output | null);
}
