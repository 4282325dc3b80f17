// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type { MilestoneSettlement as _chainbridge_payment_v1_MilestoneSettlement, MilestoneSettlement__Output as _chainbridge_payment_v1_MilestoneSettlement__Output } from '../../../chainbridge/payment/v1/MilestoneSettlement';

/**
 * Response of ProcessShipmentEvent.
 */
export interface ProcessShipmentEventResponse {
  /**
   * The event's id.
   */
  'event_id'?: (string);
  /**
   * True when the event had already been processed; nothing changed this time.
   */
  'duplicate'?: (boolean);
  /**
   * Number of payment intents of the shipment the event was applied to.
   */
  'intents_matched'?: (number);
  /**
   * Milestone settlements the event created (on a duplicate: those it created the first time).
   */
  'settlements'?: (_chainbridge_payment_v1_MilestoneSettlement)[];
}

/**
 * Response of ProcessShipmentEvent.
 */
export interface ProcessShipmentEventResponse__Output {
  /**
   * The event's id.
   */
  'event_id': (string);
  /**
   * True when the event had already been processed; nothing changed this time.
   */
  'duplicate': (boolean);
  /**
   * Number of payment intents of the shipment the event was applied to.
   */
  'intents_matched': (number);
  /**
   * Milestone settlements the event created (on a duplicate: those it created the first time).
   */
  'settlements': (_chainbridge_payment_v1_MilestoneSettlement__Output)[];
}
