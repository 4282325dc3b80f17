// Original file: ../../protos/chainbridge/freight/v1/freight.proto


/**
 * Request of ListParkedEvents.
 */
export interface ListParkedEventsRequest {
  /**
   * Maximum number of events to return (default 50, coerced to at most 1000).
   */
  'page_size'?: (number);
  /**
   * next_page_token of a previous call.
   */
  'page_token'?: (string);
}

/**
 * Request of ListParkedEvents.
 */
export interface ListParkedEventsRequest__Output {
  /**
   * Maximum number of events to return (default 50, coerced to at most 1000).
   */
  'page_size': (number);
  /**
   * next_page_token of a previous call.
   */
  'page_token': (string);
}
