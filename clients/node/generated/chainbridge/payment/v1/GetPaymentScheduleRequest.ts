// Original file: ../../protos/chainbridge/payment/v1/payment.proto


/**
 * Request of GetPaymentSchedule.
 */
export interface GetPaymentScheduleRequest {
  /**
   * Id of the intent.
   */
  'intent_id'?: (string);
}

/**
 * Request of GetPaymentSchedule.
 */
export interface GetPaymentScheduleRequest__Output {
  /**
   * Id of the intent.
   */
  'intent_id': (string);
}
