// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { Long } from '@grpc/proto-loader';

/**
 * A signed tree head of the transparency log. Verify `checkpoint` with the log's public key;
 * the other fields repeat what it says, for reading.
 */
export interface SignedTreeHead {
  /**
   * The C2SP checkpoint note as signed: origin, tree size, base64 root hash and
   * "Timestamp: <unix ns>" lines, a blank line, then "— <origin> <base64 key id and signature>".
   */
  'checkpoint'?: (string);
  /**
   * The log's name (the note's first line and key name).
   */
  'origin'?: (string);
  /**
   * Number of leaves in the tree.
   */
  'tree_size'?: (number | string | Long);
  /**
   * RFC 9162 root hash of the tree (32 bytes).
   */
  'root_hash'?: (Buffer | Uint8Array | string);
  /**
   * When the head was signed.
   */
  'timestamp'?: (_google_protobuf_Timestamp | null);
}

/**
 * A signed tree head of the transparency log. Verify `checkpoint` with the log's public key;
 * the other fields repeat what it says, for reading.
 */
export interface SignedTreeHead__Output {
  /**
   * The C2SP checkpoint note as signed: origin, tree size, base64 root hash and
   * "Timestamp: <unix ns>" lines, a blank line, then "— <origin> <base64 key id and signature>".
   */
  'checkpoint': (string);
  /**
   * The log's name (the note's first line and key name).
   */
  'origin': (string);
  /**
   * Number of leaves in the tree.
   */
  'tree_size': (string);
  /**
   * RFC 9162 root hash of the tree (32 bytes).
   */
  'root_hash': (Buffer);
  /**
   * When the head was signed.
   */
  'timestamp': (_google_protobuf_Timestamp__Output | null);
}
