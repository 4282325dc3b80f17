// Original file: ../../protos/chainbridge/freight/v1/freight.proto

import type { Shipment as _chainbridge_freight_v1_Shipment, Shipment__Output as _chainbridge_freight_v1_Shipment__Output } from '../../../chainbridge/freight/v1/Shipment';
import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from '../../../google/protobuf/FieldMask';

/**
 * Request of UpdateShipment.
 */
export interface UpdateShipmentRequest {
  /**
   * The shipment with shipment_id set and the new values of the masked fields.
   */
  'shipment'?: (_chainbridge_freight_v1_Shipment | null);
  /**
   * Fields to update. Updatable: reference, carrier_id, cargo_description, destination,
   * weight_grams and, until the shipment is tokenized, declared_value, cargo_category,
   * transport_mode and origin.
   */
  'update_mask'?: (_google_protobuf_FieldMask | null);
}

/**
 * Request of UpdateShipment.
 */
export interface UpdateShipmentRequest__Output {
  /**
   * The shipment with shipment_id set and the new values of the masked fields.
   */
  'shipment': (_chainbridge_freight_v1_Shipment__Output | null);
  /**
   * Fields to update. Updatable: reference, carrier_id, cargo_description, destination,
   * weight_grams and, until the shipment is tokenized, declared_value, cargo_category,
   * transport_mode and origin.
   */
  'update_mask': (_google_protobuf_FieldMask__Output | null);
}
