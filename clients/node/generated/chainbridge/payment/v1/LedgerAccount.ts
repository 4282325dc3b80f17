// Original file: ../../protos/chainbridge/payment/v1/payment.proto

/**
 * The accounts of an intent's double-entry ledger.
 */
export const LedgerAccount = {
  /**
   * Not set.
   */
  LEDGER_ACCOUNT_UNSPECIFIED: 'LEDGER_ACCOUNT_UNSPECIFIED',
  /**
   * The shipper's funding source (negative: money put in).
   */
  LEDGER_ACCOUNT_SHIPPER_FUNDING: 'LEDGER_ACCOUNT_SHIPPER_FUNDING',
  /**
   * Held for the intent, not yet released.
   */
  LEDGER_ACCOUNT_ESCROW: 'LEDGER_ACCOUNT_ESCROW',
  /**
   * Released to the carrier, not yet moved.
   */
  LEDGER_ACCOUNT_CARRIER_PAYABLE: 'LEDGER_ACCOUNT_CARRIER_PAYABLE',
  /**
   * Moved to the carrier through the rail.
   */
  LEDGER_ACCOUNT_CARRIER_PAID: 'LEDGER_ACCOUNT_CARRIER_PAID',
  /**
   * On its way to the carrier's bank: in a submitted payout, not yet confirmed.
   */
  LEDGER_ACCOUNT_CARRIER_IN_TRANSIT: 'LEDGER_ACCOUNT_CARRIER_IN_TRANSIT',
} as const;

/**
 * The accounts of an intent's double-entry ledger.
 */
export type LedgerAccount =
  /**
   * Not set.
   */
  | 'LEDGER_ACCOUNT_UNSPECIFIED'
  | 0
  /**
   * The shipper's funding source (negative: money put in).
   */
  | 'LEDGER_ACCOUNT_SHIPPER_FUNDING'
  | 1
  /**
   * Held for the intent, not yet released.
   */
  | 'LEDGER_ACCOUNT_ESCROW'
  | 2
  /**
   * Released to the carrier, not yet moved.
   */
  | 'LEDGER_ACCOUNT_CARRIER_PAYABLE'
  | 3
  /**
   * Moved to the carrier through the rail.
   */
  | 'LEDGER_ACCOUNT_CARRIER_PAID'
  | 4
  /**
   * On its way to the carrier's bank: in a submitted payout, not yet confirmed.
   */
  | 'LEDGER_ACCOUNT_CARRIER_IN_TRANSIT'
  | 5

/**
 * The accounts of an intent's double-entry ledger.
 */
export type LedgerAccount__Output = typeof LedgerAccount[keyof typeof LedgerAccount]
