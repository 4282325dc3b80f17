// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { Money as _chainbridge_common_v1_Money, Money__Output as _chainbridge_common_v1_Money__Output } from '../../../chainbridge/common/v1/Money';
import type { ClaimStatus as _chainbridge_payment_v1_ClaimStatus, ClaimStatus__Output as _chainbridge_payment_v1_ClaimStatus__Output } from '../../../chainbridge/payment/v1/ClaimStatus';
import type { ClaimHold as _chainbridge_payment_v1_ClaimHold, ClaimHold__Output as _chainbridge_payment_v1_ClaimHold__Output } from '../../../chainbridge/payment/v1/ClaimHold';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { Long } from '@grpc/proto-loader';

/**
 * A cargo claim as the payment service knows it. Its id is the freight CLAIM_FILED event's id.
 */
export interface CargoClaim {
  /**
   * The claim's id: the freight service's CLAIM_FILED event id ("sev_...").
   */
  'claim_id'?: (string);
  /**
   * The shipment.
   */
  'shipment_id'?: (string);
  /**
   * 1 for the shipment's first claim, 2 for the second... Earlier claims hold first.
   */
  'claim_number'?: (number);
  /**
   * The amount claimed.
   */
  'claimed_amount'?: (_chainbridge_common_v1_Money | null);
  /**
   * Why it was filed.
   */
  'reason'?: (string);
  /**
   * Where it stands.
   */
  'status'?: (_chainbridge_payment_v1_ClaimStatus);
  /**
   * What it holds now (OPEN): ON_HOLD settlements plus shares still to come.
   */
  'held_minor'?: (number | string | Long);
  /**
   * Where the hold is.
   */
  'holds'?: (_chainbridge_payment_v1_ClaimHold)[];
  /**
   * The amount the carrier was found liable for (RESOLVED).
   */
  'liable_minor'?: (number | string | Long);
  /**
   * What returned to the shipper (RESOLVED): the liable amount, at most what was held.
   */
  'returned_minor'?: (number | string | Long);
  /**
   * What the resolution released to the carrier's schedule (RESOLVED).
   */
  'released_minor'?: (number | string | Long);
  /**
   * Liable amount that was not held and so not recovered here (RESOLVED): money already
   * released or paid out is never clawed back.
   */
  'unrecovered_minor'?: (number | string | Long);
  /**
   * When freight recorded it.
   */
  'filed_at'?: (_google_protobuf_Timestamp | null);
  /**
   * When the payment service received it.
   */
  'received_at'?: (_google_protobuf_Timestamp | null);
  /**
   * When it was resolved.
   */
  'resolved_at'?: (_google_protobuf_Timestamp | null);
  /**
   * Who resolved it.
   */
  'resolved_by'?: (string);
  /**
   * The operator's note on the resolution.
   */
  'resolution_note'?: (string);
}

/**
 * A cargo claim as the payment service knows it. Its id is the freight CLAIM_FILED event's id.
 */
export interface CargoClaim__Output {
  /**
   * The claim's id: the freight service's CLAIM_FILED event id ("sev_...").
   */
  'claim_id': (string);
  /**
   * The shipment.
   */
  'shipment_id': (string);
  /**
   * 1 for the shipment's first claim, 2 for the second... Earlier claims hold first.
   */
  'claim_number': (number);
  /**
   * The amount claimed.
   */
  'claimed_amount': (_chainbridge_common_v1_Money__Output | null);
  /**
   * Why it was filed.
   */
  'reason': (string);
  /**
   * Where it stands.
   */
  'status': (_chainbridge_payment_v1_ClaimStatus__Output);
  /**
   * What it holds now (OPEN): ON_HOLD settlements plus shares still to come.
   */
  'held_minor': (string);
  /**
   * Where the hold is.
   */
  'holds': (_chainbridge_payment_v1_ClaimHold__Output)[];
  /**
   * The amount the carrier was found liable for (RESOLVED).
   */
  'liable_minor': (string);
  /**
   * What returned to the shipper (RESOLVED): the liable amount, at most what was held.
   */
  'returned_minor': (string);
  /**
   * What the resolution released to the carrier's schedule (RESOLVED).
   */
  'released_minor': (string);
  /**
   * Liable amount that was not held and so not recovered here (RESOLVED): money already
   * released or paid out is never clawed back.
   */
  'unrecovered_minor': (string);
  /**
   * When freight recorded it.
   */
  'filed_at': (_google_protobuf_Timestamp__Output | null);
  /**
   * When the payment service received it.
   */
  'received_at': (_google_protobuf_Timestamp__Output | null);
  /**
   * When it was resolved.
   */
  'resolved_at': (_google_protobuf_Timestamp__Output | null);
  /**
   * Who resolved it.
   */
  'resolved_by': (string);
  /**
   * The operator's note on the resolution.
   */
  'resolution_note': (string);
}
