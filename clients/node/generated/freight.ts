import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { ClaimDetails as _chainbridge_common_v1_ClaimDetails, ClaimDetails__Output as _chainbridge_common_v1_ClaimDetails__Output } from './chainbridge/common/v1/ClaimDetails';
import type { Money as _chainbridge_common_v1_Money, Money__Output as _chainbridge_common_v1_Money__Output } from './chainbridge/common/v1/Money';
import type { RiskFactor as _chainbridge_common_v1_RiskFactor, RiskFactor__Output as _chainbridge_common_v1_RiskFactor__Output } from './chainbridge/common/v1/RiskFactor';
import type { BatchRecordShipmentEventsRequest as _chainbridge_freight_v1_BatchRecordShipmentEventsRequest, BatchRecordShipmentEventsRequest__Output as _chainbridge_freight_v1_BatchRecordShipmentEventsRequest__Output } from './chainbridge/freight/v1/BatchRecordShipmentEventsRequest';
import type { BatchRecordShipmentEventsResponse as _chainbridge_freight_v1_BatchRecordShipmentEventsResponse, BatchRecordShipmentEventsResponse__Output as _chainbridge_freight_v1_BatchRecordShipmentEventsResponse__Output } from './chainbridge/freight/v1/BatchRecordShipmentEventsResponse';
import type { CancelShipmentRequest as _chainbridge_freight_v1_CancelShipmentRequest, CancelShipmentRequest__Output as _chainbridge_freight_v1_CancelShipmentRequest__Output } from './chainbridge/freight/v1/CancelShipmentRequest';
import type { CancelShipmentResponse as _chainbridge_freight_v1_CancelShipmentResponse, CancelShipmentResponse__Output as _chainbridge_freight_v1_CancelShipmentResponse__Output } from './chainbridge/freight/v1/CancelShipmentResponse';
import type { CreateShipmentRequest as _chainbridge_freight_v1_CreateShipmentRequest, CreateShipmentRequest__Output as _chainbridge_freight_v1_CreateShipmentRequest__Output } from './chainbridge/freight/v1/CreateShipmentRequest';
import type { CreateShipmentResponse as _chainbridge_freight_v1_CreateShipmentResponse, CreateShipmentResponse__Output as _chainbridge_freight_v1_CreateShipmentResponse__Output } from './chainbridge/freight/v1/CreateShipmentResponse';
import type { DiscardParkedEventsRequest as _chainbridge_freight_v1_DiscardParkedEventsRequest, DiscardParkedEventsRequest__Output as _chainbridge_freight_v1_DiscardParkedEventsRequest__Output } from './chainbridge/freight/v1/DiscardParkedEventsRequest';
import type { DiscardParkedEventsResponse as _chainbridge_freight_v1_DiscardParkedEventsResponse, DiscardParkedEventsResponse__Output as _chainbridge_freight_v1_DiscardParkedEventsResponse__Output } from './chainbridge/freight/v1/DiscardParkedEventsResponse';
import type { EventDelivery as _chainbridge_freight_v1_EventDelivery, EventDelivery__Output as _chainbridge_freight_v1_EventDelivery__Output } from './chainbridge/freight/v1/EventDelivery';
import type { FileClaimRequest as _chainbridge_freight_v1_FileClaimRequest, FileClaimRequest__Output as _chainbridge_freight_v1_FileClaimRequest__Output } from './chainbridge/freight/v1/FileClaimRequest';
import type { FileClaimResponse as _chainbridge_freight_v1_FileClaimResponse, FileClaimResponse__Output as _chainbridge_freight_v1_FileClaimResponse__Output } from './chainbridge/freight/v1/FileClaimResponse';
import type { FreightServiceClient as _chainbridge_freight_v1_FreightServiceClient, FreightServiceDefinition as _chainbridge_freight_v1_FreightServiceDefinition } from './chainbridge/freight/v1/FreightService';
import type { FreightToken as _chainbridge_freight_v1_FreightToken, FreightToken__Output as _chainbridge_freight_v1_FreightToken__Output } from './chainbridge/freight/v1/FreightToken';
import type { GetFreightTokenRequest as _chainbridge_freight_v1_GetFreightTokenRequest, GetFreightTokenRequest__Output as _chainbridge_freight_v1_GetFreightTokenRequest__Output } from './chainbridge/freight/v1/GetFreightTokenRequest';
import type { GetFreightTokenResponse as _chainbridge_freight_v1_GetFreightTokenResponse, GetFreightTokenResponse__Output as _chainbridge_freight_v1_GetFreightTokenResponse__Output } from './chainbridge/freight/v1/GetFreightTokenResponse';
import type { GetOutboxStatusRequest as _chainbridge_freight_v1_GetOutboxStatusRequest, GetOutboxStatusRequest__Output as _chainbridge_freight_v1_GetOutboxStatusRequest__Output } from './chainbridge/freight/v1/GetOutboxStatusRequest';
import type { GetOutboxStatusResponse as _chainbridge_freight_v1_GetOutboxStatusResponse, GetOutboxStatusResponse__Output as _chainbridge_freight_v1_GetOutboxStatusResponse__Output } from './chainbridge/freight/v1/GetOutboxStatusResponse';
import type { GetShipmentRequest as _chainbridge_freight_v1_GetShipmentRequest, GetShipmentRequest__Output as _chainbridge_freight_v1_GetShipmentRequest__Output } from './chainbridge/freight/v1/GetShipmentRequest';
import type { GetShipmentResponse as _chainbridge_freight_v1_GetShipmentResponse, GetShipmentResponse__Output as _chainbridge_freight_v1_GetShipmentResponse__Output } from './chainbridge/freight/v1/GetShipmentResponse';
import type { ListFreightTokensRequest as _chainbridge_freight_v1_ListFreightTokensRequest, ListFreightTokensRequest__Output as _chainbridge_freight_v1_ListFreightTokensRequest__Output } from './chainbridge/freight/v1/ListFreightTokensRequest';
import type { ListFreightTokensResponse as _chainbridge_freight_v1_ListFreightTokensResponse, ListFreightTokensResponse__Output as _chainbridge_freight_v1_ListFreightTokensResponse__Output } from './chainbridge/freight/v1/ListFreightTokensResponse';
import type { ListParkedEventsRequest as _chainbridge_freight_v1_ListParkedEventsRequest, ListParkedEventsRequest__Output as _chainbridge_freight_v1_ListParkedEventsRequest__Output } from './chainbridge/freight/v1/ListParkedEventsRequest';
import type { ListParkedEventsResponse as _chainbridge_freight_v1_ListParkedEventsResponse, ListParkedEventsResponse__Output as _chainbridge_freight_v1_ListParkedEventsResponse__Output } from './chainbridge/freight/v1/ListParkedEventsResponse';
import type { ListShipmentEventsRequest as _chainbridge_freight_v1_ListShipmentEventsRequest, ListShipmentEventsRequest__Output as _chainbridge_freight_v1_ListShipmentEventsRequest__Output } from './chainbridge/freight/v1/ListShipmentEventsRequest';
import type { ListShipmentEventsResponse as _chainbridge_freight_v1_ListShipmentEventsResponse, ListShipmentEventsResponse__Output as _chainbridge_freight_v1_ListShipmentEventsResponse__Output } from './chainbridge/freight/v1/ListShipmentEventsResponse';
import type { ListShipmentsRequest as _chainbridge_freight_v1_ListShipmentsRequest, ListShipmentsRequest__Output as _chainbridge_freight_v1_ListShipmentsRequest__Output } from './chainbridge/freight/v1/ListShipmentsRequest';
import type { ListShipmentsResponse as _chainbridge_freight_v1_ListShipmentsResponse, ListShipmentsResponse__Output as _chainbridge_freight_v1_ListShipmentsResponse__Output } from './chainbridge/freight/v1/ListShipmentsResponse';
import type { Location as _chainbridge_freight_v1_Location, Location__Output as _chainbridge_freight_v1_Location__Output } from './chainbridge/freight/v1/Location';
import type { RecordShipmentEventRequest as _chainbridge_freight_v1_RecordShipmentEventRequest, RecordShipmentEventRequest__Output as _chainbridge_freight_v1_RecordShipmentEventRequest__Output } from './chainbridge/freight/v1/RecordShipmentEventRequest';
import type { RecordShipmentEventResponse as _chainbridge_freight_v1_RecordShipmentEventResponse, RecordShipmentEventResponse__Output as _chainbridge_freight_v1_RecordShipmentEventResponse__Output } from './chainbridge/freight/v1/RecordShipmentEventResponse';
import type { RedeliverParkedEventsRequest as _chainbridge_freight_v1_RedeliverParkedEventsRequest, RedeliverParkedEventsRequest__Output as _chainbridge_freight_v1_RedeliverParkedEventsRequest__Output } from './chainbridge/freight/v1/RedeliverParkedEventsRequest';
import type { RedeliverParkedEventsResponse as _chainbridge_freight_v1_RedeliverParkedEventsResponse, RedeliverParkedEventsResponse__Output as _chainbridge_freight_v1_RedeliverParkedEventsResponse__Output } from './chainbridge/freight/v1/RedeliverParkedEventsResponse';
import type { Shipment as _chainbridge_freight_v1_Shipment, Shipment__Output as _chainbridge_freight_v1_Shipment__Output } from './chainbridge/freight/v1/Shipment';
import type { ShipmentEvent as _chainbridge_freight_v1_ShipmentEvent, ShipmentEvent__Output as _chainbridge_freight_v1_ShipmentEvent__Output } from './chainbridge/freight/v1/ShipmentEvent';
import type { TokenizeShipmentRequest as _chainbridge_freight_v1_TokenizeShipmentRequest, TokenizeShipmentRequest__Output as _chainbridge_freight_v1_TokenizeShipmentRequest__Output } from './chainbridge/freight/v1/TokenizeShipmentRequest';
import type { TokenizeShipmentResponse as _chainbridge_freight_v1_TokenizeShipmentResponse, TokenizeShipmentResponse__Output as _chainbridge_freight_v1_TokenizeShipmentResponse__Output } from './chainbridge/freight/v1/TokenizeShipmentResponse';
import type { UpdateShipmentRequest as _chainbridge_freight_v1_UpdateShipmentRequest, UpdateShipmentRequest__Output as _chainbridge_freight_v1_UpdateShipmentRequest__Output } from './chainbridge/freight/v1/UpdateShipmentRequest';
import type { UpdateShipmentResponse as _chainbridge_freight_v1_UpdateShipmentResponse, UpdateShipmentResponse__Output as _chainbridge_freight_v1_UpdateShipmentResponse__Output } from './chainbridge/freight/v1/UpdateShipmentResponse';
import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from './google/protobuf/FieldMask';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  chainbridge: {
    common: {
      v1: {
        ClaimDetails: MessageTypeDefinition<_chainbridge_common_v1_ClaimDetails, _chainbridge_common_v1_ClaimDetails__Output>
        Money: MessageTypeDefinition<_chainbridge_common_v1_Money, _chainbridge_common_v1_Money__Output>
        RiskFactor: MessageTypeDefinition<_chainbridge_common_v1_RiskFactor, _chainbridge_common_v1_RiskFactor__Output>
        RiskTier: EnumTypeDefinition
        ShipmentEventType: EnumTypeDefinition
      }
    }
    freight: {
      v1: {
        BatchRecordShipmentEventsRequest: MessageTypeDefinition<_chainbridge_freight_v1_BatchRecordShipmentEventsRequest, _chainbridge_freight_v1_BatchRecordShipmentEventsRequest__Output>
        BatchRecordShipmentEventsResponse: MessageTypeDefinition<_chainbridge_freight_v1_BatchRecordShipmentEventsResponse, _chainbridge_freight_v1_BatchRecordShipmentEventsResponse__Output>
        CancelShipmentRequest: MessageTypeDefinition<_chainbridge_freight_v1_CancelShipmentRequest, _chainbridge_freight_v1_CancelShipmentRequest__Output>
        CancelShipmentResponse: MessageTypeDefinition<_chainbridge_freight_v1_CancelShipmentResponse, _chainbridge_freight_v1_CancelShipmentResponse__Output>
        CargoCategory: EnumTypeDefinition
        CreateShipmentRequest: MessageTypeDefinition<_chainbridge_freight_v1_CreateShipmentRequest, _chainbridge_freight_v1_CreateShipmentRequest__Output>
        CreateShipmentResponse: MessageTypeDefinition<_chainbridge_freight_v1_CreateShipmentResponse, _chainbridge_freight_v1_CreateShipmentResponse__Output>
        DeliveryState: EnumTypeDefinition
        DiscardParkedEventsRequest: MessageTypeDefinition<_chainbridge_freight_v1_DiscardParkedEventsRequest, _chainbridge_freight_v1_DiscardParkedEventsRequest__Output>
        DiscardParkedEventsResponse: MessageTypeDefinition<_chainbridge_freight_v1_DiscardParkedEventsResponse, _chainbridge_freight_v1_DiscardParkedEventsResponse__Output>
        EventDelivery: MessageTypeDefinition<_chainbridge_freight_v1_EventDelivery, _chainbridge_freight_v1_EventDelivery__Output>
        FileClaimRequest: MessageTypeDefinition<_chainbridge_freight_v1_FileClaimRequest, _chainbridge_freight_v1_FileClaimRequest__Output>
        FileClaimResponse: MessageTypeDefinition<_chainbridge_freight_v1_FileClaimResponse, _chainbridge_freight_v1_FileClaimResponse__Output>
        /**
         * FreightService owns shipments, their freight tokens (cargo value with a risk score)
         * and the shipment events that drive milestone payments. Every recorded event is
         * delivered to PaymentService.ProcessShipmentEvent through a transactional outbox.
         */
        FreightService: SubtypeConstructor<typeof grpc.Client, _chainbridge_freight_v1_FreightServiceClient> & { service: _chainbridge_freight_v1_FreightServiceDefinition }
        FreightToken: MessageTypeDefinition<_chainbridge_freight_v1_FreightToken, _chainbridge_freight_v1_FreightToken__Output>
        GetFreightTokenRequest: MessageTypeDefinition<_chainbridge_freight_v1_GetFreightTokenRequest, _chainbridge_freight_v1_GetFreightTokenRequest__Output>
        GetFreightTokenResponse: MessageTypeDefinition<_chainbridge_freight_v1_GetFreightTokenResponse, _chainbridge_freight_v1_GetFreightTokenResponse__Output>
        GetOutboxStatusRequest: MessageTypeDefinition<_chainbridge_freight_v1_GetOutboxStatusRequest, _chainbridge_freight_v1_GetOutboxStatusRequest__Output>
        GetOutboxStatusResponse: MessageTypeDefinition<_chainbridge_freight_v1_GetOutboxStatusResponse, _chainbridge_freight_v1_GetOutboxStatusResponse__Output>
        GetShipmentRequest: MessageTypeDefinition<_chainbridge_freight_v1_GetShipmentRequest, _chainbridge_freight_v1_GetShipmentRequest__Output>
        GetShipmentResponse: MessageTypeDefinition<_chainbridge_freight_v1_GetShipmentResponse, _chainbridge_freight_v1_GetShipmentResponse__Output>
        ListFreightTokensRequest: MessageTypeDefinition<_chainbridge_freight_v1_ListFreightTokensRequest, _chainbridge_freight_v1_ListFreightTokensRequest__Output>
        ListFreightTokensResponse: MessageTypeDefinition<_chainbridge_freight_v1_ListFreightTokensResponse, _chainbridge_freight_v1_ListFreightTokensResponse__Output>
        ListParkedEventsRequest: MessageTypeDefinition<_chainbridge_freight_v1_ListParkedEventsRequest, _chainbridge_freight_v1_ListParkedEventsRequest__Output>
        ListParkedEventsResponse: MessageTypeDefinition<_chainbridge_freight_v1_ListParkedEventsResponse, _chainbridge_freight_v1_ListParkedEventsResponse__Output>
        ListShipmentEventsRequest: MessageTypeDefinition<_chainbridge_freight_v1_ListShipmentEventsRequest, _chainbridge_freight_v1_ListShipmentEventsRequest__Output>
        ListShipmentEventsResponse: MessageTypeDefinition<_chainbridge_freight_v1_ListShipmentEventsResponse, _chainbridge_freight_v1_ListShipmentEventsResponse__Output>
        ListShipmentsRequest: MessageTypeDefinition<_chainbridge_freight_v1_ListShipmentsRequest, _chainbridge_freight_v1_ListShipmentsRequest__Output>
        ListShipmentsResponse: MessageTypeDefinition<_chainbridge_freight_v1_ListShipmentsResponse, _chainbridge_freight_v1_ListShipmentsResponse__Output>
        Location: MessageTypeDefinition<_chainbridge_freight_v1_Location, _chainbridge_freight_v1_Location__Output>
        RecordShipmentEventRequest: MessageTypeDefinition<_chainbridge_freight_v1_RecordShipmentEventRequest, _chainbridge_freight_v1_RecordShipmentEventRequest__Output>
        RecordShipmentEventResponse: MessageTypeDefinition<_chainbridge_freight_v1_RecordShipmentEventResponse, _chainbridge_freight_v1_RecordShipmentEventResponse__Output>
        RedeliverParkedEventsRequest: MessageTypeDefinition<_chainbridge_freight_v1_RedeliverParkedEventsRequest, _chainbridge_freight_v1_RedeliverParkedEventsRequest__Output>
        RedeliverParkedEventsResponse: MessageTypeDefinition<_chainbridge_freight_v1_RedeliverParkedEventsResponse, _chainbridge_freight_v1_RedeliverParkedEventsResponse__Output>
        Shipment: MessageTypeDefinition<_chainbridge_freight_v1_Shipment, _chainbridge_freight_v1_Shipment__Output>
        ShipmentEvent: MessageTypeDefinition<_chainbridge_freight_v1_ShipmentEvent, _chainbridge_freight_v1_ShipmentEvent__Output>
        ShipmentStatus: EnumTypeDefinition
        TokenizeShipmentRequest: MessageTypeDefinition<_chainbridge_freight_v1_TokenizeShipmentRequest, _chainbridge_freight_v1_TokenizeShipmentRequest__Output>
        TokenizeShipmentResponse: MessageTypeDefinition<_chainbridge_freight_v1_TokenizeShipmentResponse, _chainbridge_freight_v1_TokenizeShipmentResponse__Output>
        TransportMode: EnumTypeDefinition
        UpdateShipmentRequest: MessageTypeDefinition<_chainbridge_freight_v1_UpdateShipmentRequest, _chainbridge_freight_v1_UpdateShipmentRequest__Output>
        UpdateShipmentResponse: MessageTypeDefinition<_chainbridge_freight_v1_UpdateShipmentResponse, _chainbridge_freight_v1_UpdateShipmentResponse__Output>
      }
    }
  }
  google: {
    protobuf: {
      FieldMask: MessageTypeDefinition<_google_protobuf_FieldMask, _google_protobuf_FieldMask__Output>
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
    }
  }
}

