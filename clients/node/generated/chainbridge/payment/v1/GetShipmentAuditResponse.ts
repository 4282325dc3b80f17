// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { ReceivedEvent as _chainbridge_payment_v1_ReceivedEvent, ReceivedEvent__Output as _chainbridge_payment_v1_ReceivedEvent__Output } from '../../../chainbridge/payment/v1/ReceivedEvent';
import type { PaymentIntent as _chainbridge_payment_v1_PaymentIntent, PaymentIntent__Output as _chainbridge_payment_v1_PaymentIntent__Output } from '../../../chainbridge/payment/v1/PaymentIntent';
import type { MilestoneSettlement as _chainbridge_payment_v1_MilestoneSettlement, MilestoneSettlement__Output as _chainbridge_payment_v1_MilestoneSettlement__Output } from '../../../chainbridge/payment/v1/MilestoneSettlement';
import type { PaymentTotals as _chainbridge_payment_v1_PaymentTotals, PaymentTotals__Output as _chainbridge_payment_v1_PaymentTotals__Output } from '../../../chainbridge/payment/v1/PaymentTotals';
import type { CargoClaim as _chainbridge_payment_v1_CargoClaim, CargoClaim__Output as _chainbridge_payment_v1_CargoClaim__Output } from '../../../chainbridge/payment/v1/CargoClaim';

/**
 * Response of GetShipmentAudit.
 */
export interface GetShipmentAuditResponse {
  /**
   * The shipment.
   */
  'shipment_id'?: (string);
  /**
   * Its events as received, oldest occurred_at first.
   */
  'events'?: (_chainbridge_payment_v1_ReceivedEvent)[];
  /**
   * Its payment intents.
   */
  'payment_intents'?: (_chainbridge_payment_v1_PaymentIntent)[];
  /**
   * Its milestone settlements.
   */
  'settlements'?: (_chainbridge_payment_v1_MilestoneSettlement)[];
  /**
   * Totals per currency (never summed across currencies).
   */
  'totals'?: (_chainbridge_payment_v1_PaymentTotals)[];
  /**
   * Its cargo claims, in the order freight filed them: filed, held and resolved amounts.
   */
  'claims'?: (_chainbridge_payment_v1_CargoClaim)[];
}

/**
 * Response of GetShipmentAudit.
 */
export interface GetShipmentAuditResponse__Output {
  /**
   * The shipment.
   */
  'shipment_id': (string);
  /**
   * Its events as received, oldest occurred_at first.
   */
  'events': (_chainbridge_payment_v1_ReceivedEvent__Output)[];
  /**
   * Its payment intents.
   */
  'payment_intents': (_chainbridge_payment_v1_PaymentIntent__Output)[];
  /**
   * Its milestone settlements.
   */
  'settlements': (_chainbridge_payment_v1_MilestoneSettlement__Output)[];
  /**
   * Totals per currency (never summed across currencies).
   */
  'totals': (_chainbridge_payment_v1_PaymentTotals__Output)[];
  /**
   * Its cargo claims, in the order freight filed them: filed, held and resolved amounts.
   */
  'claims': (_chainbridge_payment_v1_CargoClaim__Output)[];
}
