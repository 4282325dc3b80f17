// Original file: ../../protos/chainbridge/freight/v1/freight.proto

import type { Location as _chainbridge_freight_v1_Location, Location__Output as _chainbridge_freight_v1_Location__Output } from '../../../chainbridge/freight/v1/Location';
import type { CargoCategory as _chainbridge_freight_v1_CargoCategory, CargoCategory__Output as _chainbridge_freight_v1_CargoCategory__Output } from '../../../chainbridge/freight/v1/CargoCategory';
import type { Money as _chainbridge_common_v1_Money, Money__Output as _chainbridge_common_v1_Money__Output } from '../../../chainbridge/common/v1/Money';
import type { TransportMode as _chainbridge_freight_v1_TransportMode, TransportMode__Output as _chainbridge_freight_v1_TransportMode__Output } from '../../../chainbridge/freight/v1/TransportMode';
import type { ShipmentStatus as _chainbridge_freight_v1_ShipmentStatus, ShipmentStatus__Output as _chainbridge_freight_v1_ShipmentStatus__Output } from '../../../chainbridge/freight/v1/ShipmentStatus';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { Long } from '@grpc/proto-loader';

/**
 * A shipment of cargo from an origin to a destination by a carrier.
 */
export interface Shipment {
  /**
   * Server-assigned id ("shp_..."). Output only.
   */
  'shipment_id'?: (string);
  /**
   * The shipper's own reference (e.g. a bill of lading number).
   */
  'reference'?: (string);
  /**
   * Id of the shipper (who pays).
   */
  'shipper_id'?: (string);
  /**
   * Id of the carrier (who is paid).
   */
  'carrier_id'?: (string);
  /**
   * Where the cargo is picked up.
   */
  'origin'?: (_chainbridge_freight_v1_Location | null);
  /**
   * Where the cargo is delivered.
   */
  'destination'?: (_chainbridge_freight_v1_Location | null);
  /**
   * Kind of cargo.
   */
  'cargo_category'?: (_chainbridge_freight_v1_CargoCategory);
  /**
   * Free-text description of the cargo.
   */
  'cargo_description'?: (string);
  /**
   * Declared value of the cargo; becomes the freight token's face value. At least 1
   * and at most 10^15 minor units.
   */
  'declared_value'?: (_chainbridge_common_v1_Money | null);
  /**
   * Gross weight in grams, from 0 to 10^12 (a million tonnes).
   */
  'weight_grams'?: (number | string | Long);
  /**
   * How the cargo moves.
   */
  'transport_mode'?: (_chainbridge_freight_v1_TransportMode);
  /**
   * Current status. Output only.
   */
  'status'?: (_chainbridge_freight_v1_ShipmentStatus);
  /**
   * Id of the shipment's freight token; empty until tokenized. Output only.
   */
  'freight_token_id'?: (string);
  /**
   * When the shipment was created. Output only.
   */
  'create_time'?: (_google_protobuf_Timestamp | null);
  /**
   * When the shipment last changed. Output only.
   */
  'update_time'?: (_google_protobuf_Timestamp | null);
  /**
   * Why the shipment was cancelled, if it was. Output only.
   */
  'cancel_reason'?: (string);
}

/**
 * A shipment of cargo from an origin to a destination by a carrier.
 */
export interface Shipment__Output {
  /**
   * Server-assigned id ("shp_..."). Output only.
   */
  'shipment_id': (string);
  /**
   * The shipper's own reference (e.g. a bill of lading number).
   */
  'reference': (string);
  /**
   * Id of the shipper (who pays).
   */
  'shipper_id': (string);
  /**
   * Id of the carrier (who is paid).
   */
  'carrier_id': (string);
  /**
   * Where the cargo is picked up.
   */
  'origin': (_chainbridge_freight_v1_Location__Output | null);
  /**
   * Where the cargo is delivered.
   */
  'destination': (_chainbridge_freight_v1_Location__Output | null);
  /**
   * Kind of cargo.
   */
  'cargo_category': (_chainbridge_freight_v1_CargoCategory__Output);
  /**
   * Free-text description of the cargo.
   */
  'cargo_description': (string);
  /**
   * Declared value of the cargo; becomes the freight token's face value. At least 1
   * and at most 10^15 minor units.
   */
  'declared_value': (_chainbridge_common_v1_Money__Output | null);
  /**
   * Gross weight in grams, from 0 to 10^12 (a million tonnes).
   */
  'weight_grams': (string);
  /**
   * How the cargo moves.
   */
  'transport_mode': (_chainbridge_freight_v1_TransportMode__Output);
  /**
   * Current status. Output only.
   */
  'status': (_chainbridge_freight_v1_ShipmentStatus__Output);
  /**
   * Id of the shipment's freight token; empty until tokenized. Output only.
   */
  'freight_token_id': (string);
  /**
   * When the shipment was created. Output only.
   */
  'create_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * When the shipment last changed. Output only.
   */
  'update_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * Why the shipment was cancelled, if it was. Output only.
   */
  'cancel_reason': (string);
}
