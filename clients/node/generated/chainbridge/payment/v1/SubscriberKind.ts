// Original file: ../../protos/chainbridge/payment/v1/payment.proto

/**
 * Who a subscription is for: the payee (carrier) or the payer (shipper) of payment intents.
 */
export const SubscriberKind = {
  /**
   * Not set. Refused as input where a kind is required.
   */
  SUBSCRIBER_KIND_UNSPECIFIED: 'SUBSCRIBER_KIND_UNSPECIFIED',
  /**
   * The carrier paid: payment intents whose payee_id is the subscriber id.
   */
  SUBSCRIBER_KIND_PAYEE: 'SUBSCRIBER_KIND_PAYEE',
  /**
   * The shipper paying: payment intents whose payer_id is the subscriber id.
   */
  SUBSCRIBER_KIND_SHIPPER: 'SUBSCRIBER_KIND_SHIPPER',
} as const;

/**
 * Who a subscription is for: the payee (carrier) or the payer (shipper) of payment intents.
 */
export type SubscriberKind =
  /**
   * Not set. Refused as input where a kind is required.
   */
  | 'SUBSCRIBER_KIND_UNSPECIFIED'
  | 0
  /**
   * The carrier paid: payment intents whose payee_id is the subscriber id.
   */
  | 'SUBSCRIBER_KIND_PAYEE'
  | 1
  /**
   * The shipper paying: payment intents whose payer_id is the subscriber id.
   */
  | 'SUBSCRIBER_KIND_SHIPPER'
  | 2

/**
 * Who a subscription is for: the payee (carrier) or the payer (shipper) of payment intents.
 */
export type SubscriberKind__Output = typeof SubscriberKind[keyof typeof SubscriberKind]
