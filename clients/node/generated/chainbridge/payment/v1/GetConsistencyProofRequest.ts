// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Request of GetConsistencyProof.
 */
export interface GetConsistencyProofRequest {
  /**
   * Size of the earlier tree (the tree head you saved); at least 1.
   */
  'first_tree_size'?: (number | string | Long);
  /**
   * Size of the later tree; 0 for the latest.
   */
  'second_tree_size'?: (number | string | Long);
}

/**
 * Request of GetConsistencyProof.
 */
export interface GetConsistencyProofRequest__Output {
  /**
   * Size of the earlier tree (the tree head you saved); at least 1.
   */
  'first_tree_size': (string);
  /**
   * Size of the later tree; 0 for the latest.
   */
  'second_tree_size': (string);
}
