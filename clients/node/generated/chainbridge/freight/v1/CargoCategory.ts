// Original file: ../../protos/chainbridge/freight/v1/freight.proto

/**
 * What kind of goods move. Drives the risk score.
 */
export const CargoCategory = {
  /**
   * Not set. Refused on create.
   */
  CARGO_CATEGORY_UNSPECIFIED: 'CARGO_CATEGORY_UNSPECIFIED',
  /**
   * Ordinary palletised goods.
   */
  CARGO_CATEGORY_GENERAL: 'CARGO_CATEGORY_GENERAL',
  /**
   * Breakable goods.
   */
  CARGO_CATEGORY_FRAGILE: 'CARGO_CATEGORY_FRAGILE',
  /**
   * Goods that spoil (cold chain).
   */
  CARGO_CATEGORY_PERISHABLE: 'CARGO_CATEGORY_PERISHABLE',
  /**
   * Valuables: electronics, pharmaceuticals, art.
   */
  CARGO_CATEGORY_HIGH_VALUE: 'CARGO_CATEGORY_HIGH_VALUE',
  /**
   * Dangerous goods (ADR / IMDG / IATA DGR).
   */
  CARGO_CATEGORY_HAZARDOUS: 'CARGO_CATEGORY_HAZARDOUS',
} as const;

/**
 * What kind of goods move. Drives the risk score.
 */
export type CargoCategory =
  /**
   * Not set. Refused on create.
   */
  | 'CARGO_CATEGORY_UNSPECIFIED'
  | 0
  /**
   * Ordinary palletised goods.
   */
  | 'CARGO_CATEGORY_GENERAL'
  | 1
  /**
   * Breakable goods.
   */
  | 'CARGO_CATEGORY_FRAGILE'
  | 2
  /**
   * Goods that spoil (cold chain).
   */
  | 'CARGO_CATEGORY_PERISHABLE'
  | 3
  /**
   * Valuables: electronics, pharmaceuticals, art.
   */
  | 'CARGO_CATEGORY_HIGH_VALUE'
  | 4
  /**
   * Dangerous goods (ADR / IMDG / IATA DGR).
   */
  | 'CARGO_CATEGORY_HAZARDOUS'
  | 5

/**
 * What kind of goods move. Drives the risk score.
 */
export type CargoCategory__Output = typeof CargoCategory[keyof typeof CargoCategory]
