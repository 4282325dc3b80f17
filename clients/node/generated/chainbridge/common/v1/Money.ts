// Original file: ../../protos/chainbridge/common/v1/common.proto

import type { Long } from '@grpc/proto-loader';

/**
 * An exact amount of money: an integer count of the currency's minor unit.
 * Never a float: 1234 USD minor units is 12.34 USD, 1234 JPY minor units is 1234 JPY.
 */
export interface Money {
  /**
   * Amount in the currency's minor unit (cents for USD, yen for JPY, fils for KWD). Where
   * a request sets an amount it must be at least 1 and at most 10^15 minor units.
   */
  'amount_minor'?: (number | string | Long);
  /**
   * ISO 4217 alphabetic currency code, upper case (e.g. "USD").
   */
  'currency'?: (string);
}

/**
 * An exact amount of money: an integer count of the currency's minor unit.
 * Never a float: 1234 USD minor units is 12.34 USD, 1234 JPY minor units is 1234 JPY.
 */
export interface Money__Output {
  /**
   * Amount in the currency's minor unit (cents for USD, yen for JPY, fils for KWD). Where
   * a request sets an amount it must be at least 1 and at most 10^15 minor units.
   */
  'amount_minor': (string);
  /**
   * ISO 4217 alphabetic currency code, upper case (e.g. "USD").
   */
  'currency': (string);
}
