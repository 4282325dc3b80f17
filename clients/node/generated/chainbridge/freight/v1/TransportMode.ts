// Original file: ../../protos/chainbridge/freight/v1/freight.proto

/**
 * How the cargo moves. Drives the risk score.
 */
export const TransportMode = {
  /**
   * Not set. Refused on create.
   */
  TRANSPORT_MODE_UNSPECIFIED: 'TRANSPORT_MODE_UNSPECIFIED',
  /**
   * Truck.
   */
  TRANSPORT_MODE_ROAD: 'TRANSPORT_MODE_ROAD',
  /**
   * Train.
   */
  TRANSPORT_MODE_RAIL: 'TRANSPORT_MODE_RAIL',
  /**
   * Ship.
   */
  TRANSPORT_MODE_OCEAN: 'TRANSPORT_MODE_OCEAN',
  /**
   * Aircraft.
   */
  TRANSPORT_MODE_AIR: 'TRANSPORT_MODE_AIR',
} as const;

/**
 * How the cargo moves. Drives the risk score.
 */
export type TransportMode =
  /**
   * Not set. Refused on create.
   */
  | 'TRANSPORT_MODE_UNSPECIFIED'
  | 0
  /**
   * Truck.
   */
  | 'TRANSPORT_MODE_ROAD'
  | 1
  /**
   * Train.
   */
  | 'TRANSPORT_MODE_RAIL'
  | 2
  /**
   * Ship.
   */
  | 'TRANSPORT_MODE_OCEAN'
  | 3
  /**
   * Aircraft.
   */
  | 'TRANSPORT_MODE_AIR'
  | 4

/**
 * How the cargo moves. Drives the risk score.
 */
export type TransportMode__Output = typeof TransportMode[keyof typeof TransportMode]
