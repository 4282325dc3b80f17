// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { Money as _chainbridge_common_v1_Money, Money__Output as _chainbridge_common_v1_Money__Output } from '../../../chainbridge/common/v1/Money';
import type { PayoutStatus as _chainbridge_payment_v1_PayoutStatus, PayoutStatus__Output as _chainbridge_payment_v1_PayoutStatus__Output } from '../../../chainbridge/payment/v1/PayoutStatus';
import type { PayoutCreditor as _chainbridge_payment_v1_PayoutCreditor, PayoutCreditor__Output as _chainbridge_payment_v1_PayoutCreditor__Output } from '../../../chainbridge/payment/v1/PayoutCreditor';
import type { PayoutLine as _chainbridge_payment_v1_PayoutLine, PayoutLine__Output as _chainbridge_payment_v1_PayoutLine__Output } from '../../../chainbridge/payment/v1/PayoutLine';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

/**
 * One transfer to one payee in one currency, paying a group of APPROVED milestones.
 */
export interface Payout {
  /**
   * Id ("po-..."; also the SEPA end-to-end id).
   */
  'payout_id'?: (string);
  /**
   * The run that created it.
   */
  'run_id'?: (string);
  /**
   * The payee.
   */
  'payee_id'?: (string);
  /**
   * The total of its lines.
   */
  'amount'?: (_chainbridge_common_v1_Money | null);
  /**
   * Current status.
   */
  'status'?: (_chainbridge_payment_v1_PayoutStatus);
  /**
   * How many milestones it pays.
   */
  'line_count'?: (number);
  /**
   * When a payee's milestones exceed the rail's largest transfer they are split: this is
   * part `part` of `parts` (1 of 1 otherwise).
   */
  'part'?: (number);
  /**
   * See part.
   */
  'parts'?: (number);
  /**
   * The account it pays to.
   */
  'creditor'?: (_chainbridge_payment_v1_PayoutCreditor | null);
  /**
   * The remittance information its transfer carries.
   */
  'remittance_information'?: (string);
  /**
   * The rail it went through ("SEPA_CREDIT_TRANSFER", "INTERNAL_LEDGER"); empty until submitted.
   */
  'rail'?: (string);
  /**
   * The rail's reference (the SEPA message id, the ledger reference).
   */
  'rail_reference'?: (string);
  /**
   * The bank's reference, from ConfirmPayout.
   */
  'bank_reference'?: (string);
  /**
   * Why it failed, from FailPayout.
   */
  'failure_reason'?: (string);
  /**
   * The requested execution date of its transfer (ISO 8601 "YYYY-MM-DD"), once submitted.
   */
  'execution_date'?: (string);
  /**
   * The milestones it pays, in order (GetPayout only; empty elsewhere).
   */
  'lines'?: (_chainbridge_payment_v1_PayoutLine)[];
  /**
   * When it was created.
   */
  'create_time'?: (_google_protobuf_Timestamp | null);
  /**
   * When it last changed.
   */
  'update_time'?: (_google_protobuf_Timestamp | null);
  /**
   * When it was submitted.
   */
  'submit_time'?: (_google_protobuf_Timestamp | null);
  /**
   * When it was confirmed paid.
   */
  'paid_time'?: (_google_protobuf_Timestamp | null);
  /**
   * When it failed.
   */
  'fail_time'?: (_google_protobuf_Timestamp | null);
}

/**
 * One transfer to one payee in one currency, paying a group of APPROVED milestones.
 */
export interface Payout__Output {
  /**
   * Id ("po-..."; also the SEPA end-to-end id).
   */
  'payout_id': (string);
  /**
   * The run that created it.
   */
  'run_id': (string);
  /**
   * The payee.
   */
  'payee_id': (string);
  /**
   * The total of its lines.
   */
  'amount': (_chainbridge_common_v1_Money__Output | null);
  /**
   * Current status.
   */
  'status': (_chainbridge_payment_v1_PayoutStatus__Output);
  /**
   * How many milestones it pays.
   */
  'line_count': (number);
  /**
   * When a payee's milestones exceed the rail's largest transfer they are split: this is
   * part `part` of `parts` (1 of 1 otherwise).
   */
  'part': (number);
  /**
   * See part.
   */
  'parts': (number);
  /**
   * The account it pays to.
   */
  'creditor': (_chainbridge_payment_v1_PayoutCreditor__Output | null);
  /**
   * The remittance information its transfer carries.
   */
  'remittance_information': (string);
  /**
   * The rail it went through ("SEPA_CREDIT_TRANSFER", "INTERNAL_LEDGER"); empty until submitted.
   */
  'rail': (string);
  /**
   * The rail's reference (the SEPA message id, the ledger reference).
   */
  'rail_reference': (string);
  /**
   * The bank's reference, from ConfirmPayout.
   */
  'bank_reference': (string);
  /**
   * Why it failed, from FailPayout.
   */
  'failure_reason': (string);
  /**
   * The requested execution date of its transfer (ISO 8601 "YYYY-MM-DD"), once submitted.
   */
  'execution_date': (string);
  /**
   * The milestones it pays, in order (GetPayout only; empty elsewhere).
   */
  'lines': (_chainbridge_payment_v1_PayoutLine__Output)[];
  /**
   * When it was created.
   */
  'create_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * When it last changed.
   */
  'update_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * When it was submitted.
   */
  'submit_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * When it was confirmed paid.
   */
  'paid_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * When it failed.
   */
  'fail_time': (_google_protobuf_Timestamp__Output | null);
}
