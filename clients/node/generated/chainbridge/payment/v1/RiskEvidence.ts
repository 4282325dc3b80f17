// Original file: ../../protos/chainbridge/payment/v1/payment.proto


/**
 * A row a risk signal was found in.
 */
export interface RiskEvidence {
  /**
   * The table ("received_events", "milestone_settlements", "payment_intents").
   */
  'table'?: (string);
  /**
   * The row's primary key.
   */
  'row_id'?: (string);
  /**
   * What the row shows.
   */
  'description'?: (string);
}

/**
 * A row a risk signal was found in.
 */
export interface RiskEvidence__Output {
  /**
   * The table ("received_events", "milestone_settlements", "payment_intents").
   */
  'table': (string);
  /**
   * The row's primary key.
   */
  'row_id': (string);
  /**
   * What the row shows.
   */
  'description': (string);
}
