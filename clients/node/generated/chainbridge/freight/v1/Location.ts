// Original file: ../../protos/chainbridge/freight/v1/freight.proto


/**
 * A place a shipment leaves from or goes to.
 */
export interface Location {
  /**
   * ISO 3166-1 alpha-2 country code, upper case (e.g. "US").
   */
  'country_code'?: (string);
  /**
   * City or town.
   */
  'locality'?: (string);
  /**
   * Postal code, if any.
   */
  'postal_code'?: (string);
}

/**
 * A place a shipment leaves from or goes to.
 */
export interface Location__Output {
  /**
   * ISO 3166-1 alpha-2 country code, upper case (e.g. "US").
   */
  'country_code': (string);
  /**
   * City or town.
   */
  'locality': (string);
  /**
   * Postal code, if any.
   */
  'postal_code': (string);
}
