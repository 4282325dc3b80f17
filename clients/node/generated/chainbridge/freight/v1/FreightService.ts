// Original file: ../../protos/chainbridge/freight/v1/freight.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { BatchRecordShipmentEventsRequest as _chainbridge_freight_v1_BatchRecordShipmentEventsRequest, BatchRecordShipmentEventsRequest__Output as _chainbridge_freight_v1_BatchRecordShipmentEventsRequest__Output } from '../../../chainbridge/freight/v1/BatchRecordShipmentEventsRequest';
import type { BatchRecordShipmentEventsResponse as _chainbridge_freight_v1_BatchRecordShipmentEventsResponse, BatchRecordShipmentEventsResponse__Output as _chainbridge_freight_v1_BatchRecordShipmentEventsResponse__Output } from '../../../chainbridge/freight/v1/BatchRecordShipmentEventsResponse';
import type { CancelShipmentRequest as _chainbridge_freight_v1_CancelShipmentRequest, CancelShipmentRequest__Output as _chainbridge_freight_v1_CancelShipmentRequest__Output } from '../../../chainbridge/freight/v1/CancelShipmentRequest';
import type { CancelShipmentResponse as _chainbridge_freight_v1_CancelShipmentResponse, CancelShipmentResponse__Output as _chainbridge_freight_v1_CancelShipmentResponse__Output } from '../../../chainbridge/freight/v1/CancelShipmentResponse';
import type { CreateShipmentRequest as _chainbridge_freight_v1_CreateShipmentRequest, CreateShipmentRequest__Output as _chainbridge_freight_v1_CreateShipmentRequest__Output } from '../../../chainbridge/freight/v1/CreateShipmentRequest';
import type { CreateShipmentResponse as _chainbridge_freight_v1_CreateShipmentResponse, CreateShipmentResponse__Output as _chainbridge_freight_v1_CreateShipmentResponse__Output } from '../../../chainbridge/freight/v1/CreateShipmentResponse';
import type { DiscardParkedEventsRequest as _chainbridge_freight_v1_DiscardParkedEventsRequest, DiscardParkedEventsRequest__Output as _chainbridge_freight_v1_DiscardParkedEventsRequest__Output } from '../../../chainbridge/freight/v1/DiscardParkedEventsRequest';
import type { DiscardParkedEventsResponse as _chainbridge_freight_v1_DiscardParkedEventsResponse, DiscardParkedEventsResponse__Output as _chainbridge_freight_v1_DiscardParkedEventsResponse__Output } from '../../../chainbridge/freight/v1/DiscardParkedEventsResponse';
import type { FileClaimRequest as _chainbridge_freight_v1_FileClaimRequest, FileClaimRequest__Output as _chainbridge_freight_v1_FileClaimRequest__Output } from '../../../chainbridge/freight/v1/FileClaimRequest';
import type { FileClaimResponse as _chainbridge_freight_v1_FileClaimResponse, FileClaimResponse__Output as _chainbridge_freight_v1_FileClaimResponse__Output } from '../../../chainbridge/freight/v1/FileClaimResponse';
import type { GetFreightTokenRequest as _chainbridge_freight_v1_GetFreightTokenRequest, GetFreightTokenRequest__Output as _chainbridge_freight_v1_GetFreightTokenRequest__Output } from '../../../chainbridge/freight/v1/GetFreightTokenRequest';
import type { GetFreightTokenResponse as _chainbridge_freight_v1_GetFreightTokenResponse, GetFreightTokenResponse__Output as _chainbridge_freight_v1_GetFreightTokenResponse__Output } from '../../../chainbridge/freight/v1/GetFreightTokenResponse';
import type { GetOutboxStatusRequest as _chainbridge_freight_v1_GetOutboxStatusRequest, GetOutboxStatusRequest__Output as _chainbridge_freight_v1_GetOutboxStatusRequest__Output } from '../../../chainbridge/freight/v1/GetOutboxStatusRequest';
import type { GetOutboxStatusResponse as _chainbridge_freight_v1_GetOutboxStatusResponse, GetOutboxStatusResponse__Output as _chainbridge_freight_v1_GetOutboxStatusResponse__Output } from '../../../chainbridge/freight/v1/GetOutboxStatusResponse';
import type { GetShipmentRequest as _chainbridge_freight_v1_GetShipmentRequest, GetShipmentRequest__Output as _chainbridge_freight_v1_GetShipmentRequest__Output } from '../../../chainbridge/freight/v1/GetShipmentRequest';
import type { GetShipmentResponse as _chainbridge_freight_v1_GetShipmentResponse, GetShipmentResponse__Output as _chainbridge_freight_v1_GetShipmentResponse__Output } from '../../../chainbridge/freight/v1/GetShipmentResponse';
import type { ListFreightTokensRequest as _chainbridge_freight_v1_ListFreightTokensRequest, ListFreightTokensRequest__Output as _chainbridge_freight_v1_ListFreightTokensRequest__Output } from '../../../chainbridge/freight/v1/ListFreightTokensRequest';
import type { ListFreightTokensResponse as _chainbridge_freight_v1_ListFreightTokensResponse, ListFreightTokensResponse__Output as _chainbridge_freight_v1_ListFreightTokensResponse__Output } from '../../../chainbridge/freight/v1/ListFreightTokensResponse';
import type { ListParkedEventsRequest as _chainbridge_freight_v1_ListParkedEventsRequest, ListParkedEventsRequest__Output as _chainbridge_freight_v1_ListParkedEventsRequest__Output } from '../../../chainbridge/freight/v1/ListParkedEventsRequest';
import type { ListParkedEventsResponse as _chainbridge_freight_v1_ListParkedEventsResponse, ListParkedEventsResponse__Output as _chainbridge_freight_v1_ListParkedEventsResponse__Output } from '../../../chainbridge/freight/v1/ListParkedEventsResponse';
import type { ListShipmentEventsRequest as _chainbridge_freight_v1_ListShipmentEventsRequest, ListShipmentEventsRequest__Output as _chainbridge_freight_v1_ListShipmentEventsRequest__Output } from '../../../chainbridge/freight/v1/ListShipmentEventsRequest';
import type { ListShipmentEventsResponse as _chainbridge_freight_v1_ListShipmentEventsResponse, ListShipmentEventsResponse__Output as _chainbridge_freight_v1_ListShipmentEventsResponse__Output } from '../../../chainbridge/freight/v1/ListShipmentEventsResponse';
import type { ListShipmentsRequest as _chainbridge_freight_v1_ListShipmentsRequest, ListShipmentsRequest__Output as _chainbridge_freight_v1_ListShipmentsRequest__Output } from '../../../chainbridge/freight/v1/ListShipmentsRequest';
import type { ListShipmentsResponse as _chainbridge_freight_v1_ListShipmentsResponse, ListShipmentsResponse__Output as _chainbridge_freight_v1_ListShipmentsResponse__Output } from '../../../chainbridge/freight/v1/ListShipmentsResponse';
import type { RecordShipmentEventRequest as _chainbridge_freight_v1_RecordShipmentEventRequest, RecordShipmentEventRequest__Output as _chainbridge_freight_v1_RecordShipmentEventRequest__Output } from '../../../chainbridge/freight/v1/RecordShipmentEventRequest';
import type { RecordShipmentEventResponse as _chainbridge_freight_v1_RecordShipmentEventResponse, RecordShipmentEventResponse__Output as _chainbridge_freight_v1_RecordShipmentEventResponse__Output } from '../../../chainbridge/freight/v1/RecordShipmentEventResponse';
import type { RedeliverParkedEventsRequest as _chainbridge_freight_v1_RedeliverParkedEventsRequest, RedeliverParkedEventsRequest__Output as _chainbridge_freight_v1_RedeliverParkedEventsRequest__Output } from '../../../chainbridge/freight/v1/RedeliverParkedEventsRequest';
import type { RedeliverParkedEventsResponse as _chainbridge_freight_v1_RedeliverParkedEventsResponse, RedeliverParkedEventsResponse__Output as _chainbridge_freight_v1_RedeliverParkedEventsResponse__Output } from '../../../chainbridge/freight/v1/RedeliverParkedEventsResponse';
import type { TokenizeShipmentRequest as _chainbridge_freight_v1_TokenizeShipmentRequest, TokenizeShipmentRequest__Output as _chainbridge_freight_v1_TokenizeShipmentRequest__Output } from '../../../chainbridge/freight/v1/TokenizeShipmentRequest';
import type { TokenizeShipmentResponse as _chainbridge_freight_v1_TokenizeShipmentResponse, TokenizeShipmentResponse__Output as _chainbridge_freight_v1_TokenizeShipmentResponse__Output } from '../../../chainbridge/freight/v1/TokenizeShipmentResponse';
import type { UpdateShipmentRequest as _chainbridge_freight_v1_UpdateShipmentRequest, UpdateShipmentRequest__Output as _chainbridge_freight_v1_UpdateShipmentRequest__Output } from '../../../chainbridge/freight/v1/UpdateShipmentRequest';
import type { UpdateShipmentResponse as _chainbridge_freight_v1_UpdateShipmentResponse, UpdateShipmentResponse__Output as _chainbridge_freight_v1_UpdateShipmentResponse__Output } from '../../../chainbridge/freight/v1/UpdateShipmentResponse';

/**
 * FreightService owns shipments, their freight tokens (cargo value with a risk score)
 * and the shipment events that drive milestone payments. Every recorded event is
 * delivered to PaymentService.ProcessShipmentEvent through a transactional outbox.
 */
export interface FreightServiceClient extends grpc.Client {
  /**
   * Records many events in one transaction (backfills, scanner uploads), each checked as
   * RecordShipmentEvent would, in request order. All or nothing. Idempotent on request_id.
   */
  BatchRecordShipmentEvents(argument: _chainbridge_freight_v1_BatchRecordShipmentEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_BatchRecordShipmentEventsResponse__Output>): grpc.ClientUnaryCall;
  BatchRecordShipmentEvents(argument: _chainbridge_freight_v1_BatchRecordShipmentEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_freight_v1_BatchRecordShipmentEventsResponse__Output>): grpc.ClientUnaryCall;
  BatchRecordShipmentEvents(argument: _chainbridge_freight_v1_BatchRecordShipmentEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_BatchRecordShipmentEventsResponse__Output>): grpc.ClientUnaryCall;
  BatchRecordShipmentEvents(argument: _chainbridge_freight_v1_BatchRecordShipmentEventsRequest, callback: grpc.requestCallback<_chainbridge_freight_v1_BatchRecordShipmentEventsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Records many events in one transaction (backfills, scanner uploads), each checked as
   * RecordShipmentEvent would, in request order. All or nothing. Idempotent on request_id.
   */
  batchRecordShipmentEvents(argument: _chainbridge_freight_v1_BatchRecordShipmentEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_BatchRecordShipmentEventsResponse__Output>): grpc.ClientUnaryCall;
  batchRecordShipmentEvents(argument: _chainbridge_freight_v1_BatchRecordShipmentEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_freight_v1_BatchRecordShipmentEventsResponse__Output>): grpc.ClientUnaryCall;
  batchRecordShipmentEvents(argument: _chainbridge_freight_v1_BatchRecordShipmentEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_BatchRecordShipmentEventsResponse__Output>): grpc.ClientUnaryCall;
  batchRecordShipmentEvents(argument: _chainbridge_freight_v1_BatchRecordShipmentEventsRequest, callback: grpc.requestCallback<_chainbridge_freight_v1_BatchRecordShipmentEventsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Cancels a shipment that has not been delivered; later events are refused.
   */
  CancelShipment(argument: _chainbridge_freight_v1_CancelShipmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_CancelShipmentResponse__Output>): grpc.ClientUnaryCall;
  CancelShipment(argument: _chainbridge_freight_v1_CancelShipmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_freight_v1_CancelShipmentResponse__Output>): grpc.ClientUnaryCall;
  CancelShipment(argument: _chainbridge_freight_v1_CancelShipmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_CancelShipmentResponse__Output>): grpc.ClientUnaryCall;
  CancelShipment(argument: _chainbridge_freight_v1_CancelShipmentRequest, callback: grpc.requestCallback<_chainbridge_freight_v1_CancelShipmentResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Cancels a shipment that has not been delivered; later events are refused.
   */
  cancelShipment(argument: _chainbridge_freight_v1_CancelShipmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_CancelShipmentResponse__Output>): grpc.ClientUnaryCall;
  cancelShipment(argument: _chainbridge_freight_v1_CancelShipmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_freight_v1_CancelShipmentResponse__Output>): grpc.ClientUnaryCall;
  cancelShipment(argument: _chainbridge_freight_v1_CancelShipmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_CancelShipmentResponse__Output>): grpc.ClientUnaryCall;
  cancelShipment(argument: _chainbridge_freight_v1_CancelShipmentRequest, callback: grpc.requestCallback<_chainbridge_freight_v1_CancelShipmentResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Creates a shipment and records its CREATED event. Idempotent on request_id.
   */
  CreateShipment(argument: _chainbridge_freight_v1_CreateShipmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_CreateShipmentResponse__Output>): grpc.ClientUnaryCall;
  CreateShipment(argument: _chainbridge_freight_v1_CreateShipmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_freight_v1_CreateShipmentResponse__Output>): grpc.ClientUnaryCall;
  CreateShipment(argument: _chainbridge_freight_v1_CreateShipmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_CreateShipmentResponse__Output>): grpc.ClientUnaryCall;
  CreateShipment(argument: _chainbridge_freight_v1_CreateShipmentRequest, callback: grpc.requestCallback<_chainbridge_freight_v1_CreateShipmentResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Creates a shipment and records its CREATED event. Idempotent on request_id.
   */
  createShipment(argument: _chainbridge_freight_v1_CreateShipmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_CreateShipmentResponse__Output>): grpc.ClientUnaryCall;
  createShipment(argument: _chainbridge_freight_v1_CreateShipmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_freight_v1_CreateShipmentResponse__Output>): grpc.ClientUnaryCall;
  createShipment(argument: _chainbridge_freight_v1_CreateShipmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_CreateShipmentResponse__Output>): grpc.ClientUnaryCall;
  createShipment(argument: _chainbridge_freight_v1_CreateShipmentRequest, callback: grpc.requestCallback<_chainbridge_freight_v1_CreateShipmentResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Gives parked events up for good: they are never delivered. All or nothing;
   * operator only.
   */
  DiscardParkedEvents(argument: _chainbridge_freight_v1_DiscardParkedEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_DiscardParkedEventsResponse__Output>): grpc.ClientUnaryCall;
  DiscardParkedEvents(argument: _chainbridge_freight_v1_DiscardParkedEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_freight_v1_DiscardParkedEventsResponse__Output>): grpc.ClientUnaryCall;
  DiscardParkedEvents(argument: _chainbridge_freight_v1_DiscardParkedEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_DiscardParkedEventsResponse__Output>): grpc.ClientUnaryCall;
  DiscardParkedEvents(argument: _chainbridge_freight_v1_DiscardParkedEventsRequest, callback: grpc.requestCallback<_chainbridge_freight_v1_DiscardParkedEventsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Gives parked events up for good: they are never delivered. All or nothing;
   * operator only.
   */
  discardParkedEvents(argument: _chainbridge_freight_v1_DiscardParkedEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_DiscardParkedEventsResponse__Output>): grpc.ClientUnaryCall;
  discardParkedEvents(argument: _chainbridge_freight_v1_DiscardParkedEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_freight_v1_DiscardParkedEventsResponse__Output>): grpc.ClientUnaryCall;
  discardParkedEvents(argument: _chainbridge_freight_v1_DiscardParkedEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_DiscardParkedEventsResponse__Output>): grpc.ClientUnaryCall;
  discardParkedEvents(argument: _chainbridge_freight_v1_DiscardParkedEventsRequest, callback: grpc.requestCallback<_chainbridge_freight_v1_DiscardParkedEventsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Files a cargo claim: records a CLAIM_FILED event (delivered to the payment service
   * like every event), which holds the shipment's unreleased money until the payment
   * service resolves the claim. Refused after CLAIM_WINDOW_CLOSED, on a cancelled
   * shipment, and when the shipment's claims would exceed its declared value.
   * Idempotent on request_id.
   */
  FileClaim(argument: _chainbridge_freight_v1_FileClaimRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_FileClaimResponse__Output>): grpc.ClientUnaryCall;
  FileClaim(argument: _chainbridge_freight_v1_FileClaimRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_freight_v1_FileClaimResponse__Output>): grpc.ClientUnaryCall;
  FileClaim(argument: _chainbridge_freight_v1_FileClaimRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_FileClaimResponse__Output>): grpc.ClientUnaryCall;
  FileClaim(argument: _chainbridge_freight_v1_FileClaimRequest, callback: grpc.requestCallback<_chainbridge_freight_v1_FileClaimResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Files a cargo claim: records a CLAIM_FILED event (delivered to the payment service
   * like every event), which holds the shipment's unreleased money until the payment
   * service resolves the claim. Refused after CLAIM_WINDOW_CLOSED, on a cancelled
   * shipment, and when the shipment's claims would exceed its declared value.
   * Idempotent on request_id.
   */
  fileClaim(argument: _chainbridge_freight_v1_FileClaimRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_FileClaimResponse__Output>): grpc.ClientUnaryCall;
  fileClaim(argument: _chainbridge_freight_v1_FileClaimRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_freight_v1_FileClaimResponse__Output>): grpc.ClientUnaryCall;
  fileClaim(argument: _chainbridge_freight_v1_FileClaimRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_FileClaimResponse__Output>): grpc.ClientUnaryCall;
  fileClaim(argument: _chainbridge_freight_v1_FileClaimRequest, callback: grpc.requestCallback<_chainbridge_freight_v1_FileClaimResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Returns a freight token by token id or by shipment id.
   */
  GetFreightToken(argument: _chainbridge_freight_v1_GetFreightTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_GetFreightTokenResponse__Output>): grpc.ClientUnaryCall;
  GetFreightToken(argument: _chainbridge_freight_v1_GetFreightTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_freight_v1_GetFreightTokenResponse__Output>): grpc.ClientUnaryCall;
  GetFreightToken(argument: _chainbridge_freight_v1_GetFreightTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_GetFreightTokenResponse__Output>): grpc.ClientUnaryCall;
  GetFreightToken(argument: _chainbridge_freight_v1_GetFreightTokenRequest, callback: grpc.requestCallback<_chainbridge_freight_v1_GetFreightTokenResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Returns a freight token by token id or by shipment id.
   */
  getFreightToken(argument: _chainbridge_freight_v1_GetFreightTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_GetFreightTokenResponse__Output>): grpc.ClientUnaryCall;
  getFreightToken(argument: _chainbridge_freight_v1_GetFreightTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_freight_v1_GetFreightTokenResponse__Output>): grpc.ClientUnaryCall;
  getFreightToken(argument: _chainbridge_freight_v1_GetFreightTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_GetFreightTokenResponse__Output>): grpc.ClientUnaryCall;
  getFreightToken(argument: _chainbridge_freight_v1_GetFreightTokenRequest, callback: grpc.requestCallback<_chainbridge_freight_v1_GetFreightTokenResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Summarises the outbox: how many events await delivery to the payment service.
   */
  GetOutboxStatus(argument: _chainbridge_freight_v1_GetOutboxStatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_GetOutboxStatusResponse__Output>): grpc.ClientUnaryCall;
  GetOutboxStatus(argument: _chainbridge_freight_v1_GetOutboxStatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_freight_v1_GetOutboxStatusResponse__Output>): grpc.ClientUnaryCall;
  GetOutboxStatus(argument: _chainbridge_freight_v1_GetOutboxStatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_GetOutboxStatusResponse__Output>): grpc.ClientUnaryCall;
  GetOutboxStatus(argument: _chainbridge_freight_v1_GetOutboxStatusRequest, callback: grpc.requestCallback<_chainbridge_freight_v1_GetOutboxStatusResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Summarises the outbox: how many events await delivery to the payment service.
   */
  getOutboxStatus(argument: _chainbridge_freight_v1_GetOutboxStatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_GetOutboxStatusResponse__Output>): grpc.ClientUnaryCall;
  getOutboxStatus(argument: _chainbridge_freight_v1_GetOutboxStatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_freight_v1_GetOutboxStatusResponse__Output>): grpc.ClientUnaryCall;
  getOutboxStatus(argument: _chainbridge_freight_v1_GetOutboxStatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_GetOutboxStatusResponse__Output>): grpc.ClientUnaryCall;
  getOutboxStatus(argument: _chainbridge_freight_v1_GetOutboxStatusRequest, callback: grpc.requestCallback<_chainbridge_freight_v1_GetOutboxStatusResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Returns one shipment by id.
   */
  GetShipment(argument: _chainbridge_freight_v1_GetShipmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_GetShipmentResponse__Output>): grpc.ClientUnaryCall;
  GetShipment(argument: _chainbridge_freight_v1_GetShipmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_freight_v1_GetShipmentResponse__Output>): grpc.ClientUnaryCall;
  GetShipment(argument: _chainbridge_freight_v1_GetShipmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_GetShipmentResponse__Output>): grpc.ClientUnaryCall;
  GetShipment(argument: _chainbridge_freight_v1_GetShipmentRequest, callback: grpc.requestCallback<_chainbridge_freight_v1_GetShipmentResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Returns one shipment by id.
   */
  getShipment(argument: _chainbridge_freight_v1_GetShipmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_GetShipmentResponse__Output>): grpc.ClientUnaryCall;
  getShipment(argument: _chainbridge_freight_v1_GetShipmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_freight_v1_GetShipmentResponse__Output>): grpc.ClientUnaryCall;
  getShipment(argument: _chainbridge_freight_v1_GetShipmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_GetShipmentResponse__Output>): grpc.ClientUnaryCall;
  getShipment(argument: _chainbridge_freight_v1_GetShipmentRequest, callback: grpc.requestCallback<_chainbridge_freight_v1_GetShipmentResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lists freight tokens, newest first, optionally filtered by risk tier.
   */
  ListFreightTokens(argument: _chainbridge_freight_v1_ListFreightTokensRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_ListFreightTokensResponse__Output>): grpc.ClientUnaryCall;
  ListFreightTokens(argument: _chainbridge_freight_v1_ListFreightTokensRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_freight_v1_ListFreightTokensResponse__Output>): grpc.ClientUnaryCall;
  ListFreightTokens(argument: _chainbridge_freight_v1_ListFreightTokensRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_ListFreightTokensResponse__Output>): grpc.ClientUnaryCall;
  ListFreightTokens(argument: _chainbridge_freight_v1_ListFreightTokensRequest, callback: grpc.requestCallback<_chainbridge_freight_v1_ListFreightTokensResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists freight tokens, newest first, optionally filtered by risk tier.
   */
  listFreightTokens(argument: _chainbridge_freight_v1_ListFreightTokensRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_ListFreightTokensResponse__Output>): grpc.ClientUnaryCall;
  listFreightTokens(argument: _chainbridge_freight_v1_ListFreightTokensRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_freight_v1_ListFreightTokensResponse__Output>): grpc.ClientUnaryCall;
  listFreightTokens(argument: _chainbridge_freight_v1_ListFreightTokensRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_ListFreightTokensResponse__Output>): grpc.ClientUnaryCall;
  listFreightTokens(argument: _chainbridge_freight_v1_ListFreightTokensRequest, callback: grpc.requestCallback<_chainbridge_freight_v1_ListFreightTokensResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lists parked events (poison: the payment service refused them for good, or kept
   * failing on them), newest occurred_at first. Operator only.
   */
  ListParkedEvents(argument: _chainbridge_freight_v1_ListParkedEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_ListParkedEventsResponse__Output>): grpc.ClientUnaryCall;
  ListParkedEvents(argument: _chainbridge_freight_v1_ListParkedEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_freight_v1_ListParkedEventsResponse__Output>): grpc.ClientUnaryCall;
  ListParkedEvents(argument: _chainbridge_freight_v1_ListParkedEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_ListParkedEventsResponse__Output>): grpc.ClientUnaryCall;
  ListParkedEvents(argument: _chainbridge_freight_v1_ListParkedEventsRequest, callback: grpc.requestCallback<_chainbridge_freight_v1_ListParkedEventsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists parked events (poison: the payment service refused them for good, or kept
   * failing on them), newest occurred_at first. Operator only.
   */
  listParkedEvents(argument: _chainbridge_freight_v1_ListParkedEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_ListParkedEventsResponse__Output>): grpc.ClientUnaryCall;
  listParkedEvents(argument: _chainbridge_freight_v1_ListParkedEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_freight_v1_ListParkedEventsResponse__Output>): grpc.ClientUnaryCall;
  listParkedEvents(argument: _chainbridge_freight_v1_ListParkedEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_ListParkedEventsResponse__Output>): grpc.ClientUnaryCall;
  listParkedEvents(argument: _chainbridge_freight_v1_ListParkedEventsRequest, callback: grpc.requestCallback<_chainbridge_freight_v1_ListParkedEventsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lists a shipment's events, newest occurred_at first, with their delivery state.
   */
  ListShipmentEvents(argument: _chainbridge_freight_v1_ListShipmentEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_ListShipmentEventsResponse__Output>): grpc.ClientUnaryCall;
  ListShipmentEvents(argument: _chainbridge_freight_v1_ListShipmentEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_freight_v1_ListShipmentEventsResponse__Output>): grpc.ClientUnaryCall;
  ListShipmentEvents(argument: _chainbridge_freight_v1_ListShipmentEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_ListShipmentEventsResponse__Output>): grpc.ClientUnaryCall;
  ListShipmentEvents(argument: _chainbridge_freight_v1_ListShipmentEventsRequest, callback: grpc.requestCallback<_chainbridge_freight_v1_ListShipmentEventsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists a shipment's events, newest occurred_at first, with their delivery state.
   */
  listShipmentEvents(argument: _chainbridge_freight_v1_ListShipmentEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_ListShipmentEventsResponse__Output>): grpc.ClientUnaryCall;
  listShipmentEvents(argument: _chainbridge_freight_v1_ListShipmentEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_freight_v1_ListShipmentEventsResponse__Output>): grpc.ClientUnaryCall;
  listShipmentEvents(argument: _chainbridge_freight_v1_ListShipmentEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_ListShipmentEventsResponse__Output>): grpc.ClientUnaryCall;
  listShipmentEvents(argument: _chainbridge_freight_v1_ListShipmentEventsRequest, callback: grpc.requestCallback<_chainbridge_freight_v1_ListShipmentEventsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lists shipments, newest first, optionally filtered by status.
   */
  ListShipments(argument: _chainbridge_freight_v1_ListShipmentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_ListShipmentsResponse__Output>): grpc.ClientUnaryCall;
  ListShipments(argument: _chainbridge_freight_v1_ListShipmentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_freight_v1_ListShipmentsResponse__Output>): grpc.ClientUnaryCall;
  ListShipments(argument: _chainbridge_freight_v1_ListShipmentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_ListShipmentsResponse__Output>): grpc.ClientUnaryCall;
  ListShipments(argument: _chainbridge_freight_v1_ListShipmentsRequest, callback: grpc.requestCallback<_chainbridge_freight_v1_ListShipmentsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists shipments, newest first, optionally filtered by status.
   */
  listShipments(argument: _chainbridge_freight_v1_ListShipmentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_ListShipmentsResponse__Output>): grpc.ClientUnaryCall;
  listShipments(argument: _chainbridge_freight_v1_ListShipmentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_freight_v1_ListShipmentsResponse__Output>): grpc.ClientUnaryCall;
  listShipments(argument: _chainbridge_freight_v1_ListShipmentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_ListShipmentsResponse__Output>): grpc.ClientUnaryCall;
  listShipments(argument: _chainbridge_freight_v1_ListShipmentsRequest, callback: grpc.requestCallback<_chainbridge_freight_v1_ListShipmentsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Records a shipment event and queues its delivery to the payment service in the
   * same transaction. Answers without waiting for the payment service.
   */
  RecordShipmentEvent(argument: _chainbridge_freight_v1_RecordShipmentEventRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_RecordShipmentEventResponse__Output>): grpc.ClientUnaryCall;
  RecordShipmentEvent(argument: _chainbridge_freight_v1_RecordShipmentEventRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_freight_v1_RecordShipmentEventResponse__Output>): grpc.ClientUnaryCall;
  RecordShipmentEvent(argument: _chainbridge_freight_v1_RecordShipmentEventRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_RecordShipmentEventResponse__Output>): grpc.ClientUnaryCall;
  RecordShipmentEvent(argument: _chainbridge_freight_v1_RecordShipmentEventRequest, callback: grpc.requestCallback<_chainbridge_freight_v1_RecordShipmentEventResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Records a shipment event and queues its delivery to the payment service in the
   * same transaction. Answers without waiting for the payment service.
   */
  recordShipmentEvent(argument: _chainbridge_freight_v1_RecordShipmentEventRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_RecordShipmentEventResponse__Output>): grpc.ClientUnaryCall;
  recordShipmentEvent(argument: _chainbridge_freight_v1_RecordShipmentEventRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_freight_v1_RecordShipmentEventResponse__Output>): grpc.ClientUnaryCall;
  recordShipmentEvent(argument: _chainbridge_freight_v1_RecordShipmentEventRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_RecordShipmentEventResponse__Output>): grpc.ClientUnaryCall;
  recordShipmentEvent(argument: _chainbridge_freight_v1_RecordShipmentEventRequest, callback: grpc.requestCallback<_chainbridge_freight_v1_RecordShipmentEventResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Puts parked events back in the outbox, due now. The payment service is idempotent
   * on event ids, so a redelivery never pays twice. All or nothing; operator only.
   */
  RedeliverParkedEvents(argument: _chainbridge_freight_v1_RedeliverParkedEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_RedeliverParkedEventsResponse__Output>): grpc.ClientUnaryCall;
  RedeliverParkedEvents(argument: _chainbridge_freight_v1_RedeliverParkedEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_freight_v1_RedeliverParkedEventsResponse__Output>): grpc.ClientUnaryCall;
  RedeliverParkedEvents(argument: _chainbridge_freight_v1_RedeliverParkedEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_RedeliverParkedEventsResponse__Output>): grpc.ClientUnaryCall;
  RedeliverParkedEvents(argument: _chainbridge_freight_v1_RedeliverParkedEventsRequest, callback: grpc.requestCallback<_chainbridge_freight_v1_RedeliverParkedEventsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Puts parked events back in the outbox, due now. The payment service is idempotent
   * on event ids, so a redelivery never pays twice. All or nothing; operator only.
   */
  redeliverParkedEvents(argument: _chainbridge_freight_v1_RedeliverParkedEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_RedeliverParkedEventsResponse__Output>): grpc.ClientUnaryCall;
  redeliverParkedEvents(argument: _chainbridge_freight_v1_RedeliverParkedEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_freight_v1_RedeliverParkedEventsResponse__Output>): grpc.ClientUnaryCall;
  redeliverParkedEvents(argument: _chainbridge_freight_v1_RedeliverParkedEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_RedeliverParkedEventsResponse__Output>): grpc.ClientUnaryCall;
  redeliverParkedEvents(argument: _chainbridge_freight_v1_RedeliverParkedEventsRequest, callback: grpc.requestCallback<_chainbridge_freight_v1_RedeliverParkedEventsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Issues the shipment's one freight token with a deterministic, explained risk score.
   */
  TokenizeShipment(argument: _chainbridge_freight_v1_TokenizeShipmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_TokenizeShipmentResponse__Output>): grpc.ClientUnaryCall;
  TokenizeShipment(argument: _chainbridge_freight_v1_TokenizeShipmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_freight_v1_TokenizeShipmentResponse__Output>): grpc.ClientUnaryCall;
  TokenizeShipment(argument: _chainbridge_freight_v1_TokenizeShipmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_TokenizeShipmentResponse__Output>): grpc.ClientUnaryCall;
  TokenizeShipment(argument: _chainbridge_freight_v1_TokenizeShipmentRequest, callback: grpc.requestCallback<_chainbridge_freight_v1_TokenizeShipmentResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Issues the shipment's one freight token with a deterministic, explained risk score.
   */
  tokenizeShipment(argument: _chainbridge_freight_v1_TokenizeShipmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_TokenizeShipmentResponse__Output>): grpc.ClientUnaryCall;
  tokenizeShipment(argument: _chainbridge_freight_v1_TokenizeShipmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_freight_v1_TokenizeShipmentResponse__Output>): grpc.ClientUnaryCall;
  tokenizeShipment(argument: _chainbridge_freight_v1_TokenizeShipmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_TokenizeShipmentResponse__Output>): grpc.ClientUnaryCall;
  tokenizeShipment(argument: _chainbridge_freight_v1_TokenizeShipmentRequest, callback: grpc.requestCallback<_chainbridge_freight_v1_TokenizeShipmentResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Updates the fields named in update_mask. Risk inputs are frozen once tokenized.
   */
  UpdateShipment(argument: _chainbridge_freight_v1_UpdateShipmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_UpdateShipmentResponse__Output>): grpc.ClientUnaryCall;
  UpdateShipment(argument: _chainbridge_freight_v1_UpdateShipmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_freight_v1_UpdateShipmentResponse__Output>): grpc.ClientUnaryCall;
  UpdateShipment(argument: _chainbridge_freight_v1_UpdateShipmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_UpdateShipmentResponse__Output>): grpc.ClientUnaryCall;
  UpdateShipment(argument: _chainbridge_freight_v1_UpdateShipmentRequest, callback: grpc.requestCallback<_chainbridge_freight_v1_UpdateShipmentResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Updates the fields named in update_mask. Risk inputs are frozen once tokenized.
   */
  updateShipment(argument: _chainbridge_freight_v1_UpdateShipmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_UpdateShipmentResponse__Output>): grpc.ClientUnaryCall;
  updateShipment(argument: _chainbridge_freight_v1_UpdateShipmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_freight_v1_UpdateShipmentResponse__Output>): grpc.ClientUnaryCall;
  updateShipment(argument: _chainbridge_freight_v1_UpdateShipmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_freight_v1_UpdateShipmentResponse__Output>): grpc.ClientUnaryCall;
  updateShipment(argument: _chainbridge_freight_v1_UpdateShipmentRequest, callback: grpc.requestCallback<_chainbridge_freight_v1_UpdateShipmentResponse__Output>): grpc.ClientUnaryCall;
  
}

/**
 * FreightService owns shipments, their freight tokens (cargo value with a risk score)
 * and the shipment events that drive milestone payments. Every recorded event is
 * delivered to PaymentService.ProcessShipmentEvent through a transactional outbox.
 */
export interface FreightServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Records many events in one transaction (backfills, scanner uploads), each checked as
   * RecordShipmentEvent would, in request order. All or nothing. Idempotent on request_id.
   */
  BatchRecordShipmentEvents: grpc.handleUnaryCall<_chainbridge_freight_v1_BatchRecordShipmentEventsRequest__Output, _chainbridge_freight_v1_BatchRecordShipmentEventsResponse>;
  
  /**
   * Cancels a shipment that has not been delivered; later events are refused.
   */
  CancelShipment: grpc.handleUnaryCall<_chainbridge_freight_v1_CancelShipmentRequest__Output, _chainbridge_freight_v1_CancelShipmentResponse>;
  
  /**
   * Creates a shipment and records its CREATED event. Idempotent on request_id.
   */
  CreateShipment: grpc.handleUnaryCall<_chainbridge_freight_v1_CreateShipmentRequest__Output, _chainbridge_freight_v1_CreateShipmentResponse>;
  
  /**
   * Gives parked events up for good: they are never delivered. All or nothing;
   * operator only.
   */
  DiscardParkedEvents: grpc.handleUnaryCall<_chainbridge_freight_v1_DiscardParkedEventsRequest__Output, _chainbridge_freight_v1_DiscardParkedEventsResponse>;
  
  /**
   * Files a cargo claim: records a CLAIM_FILED event (delivered to the payment service
   * like every event), which holds the shipment's unreleased money until the payment
   * service resolves the claim. Refused after CLAIM_WINDOW_CLOSED, on a cancelled
   * shipment, and when the shipment's claims would exceed its declared value.
   * Idempotent on request_id.
   */
  FileClaim: grpc.handleUnaryCall<_chainbridge_freight_v1_FileClaimRequest__Output, _chainbridge_freight_v1_FileClaimResponse>;
  
  /**
   * Returns a freight token by token id or by shipment id.
   */
  GetFreightToken: grpc.handleUnaryCall<_chainbridge_freight_v1_GetFreightTokenRequest__Output, _chainbridge_freight_v1_GetFreightTokenResponse>;
  
  /**
   * Summarises the outbox: how many events await delivery to the payment service.
   */
  GetOutboxStatus: grpc.handleUnaryCall<_chainbridge_freight_v1_GetOutboxStatusRequest__Output, _chainbridge_freight_v1_GetOutboxStatusResponse>;
  
  /**
   * Returns one shipment by id.
   */
  GetShipment: grpc.handleUnaryCall<_chainbridge_freight_v1_GetShipmentRequest__Output, _chainbridge_freight_v1_GetShipmentResponse>;
  
  /**
   * Lists freight tokens, newest first, optionally filtered by risk tier.
   */
  ListFreightTokens: grpc.handleUnaryCall<_chainbridge_freight_v1_ListFreightTokensRequest__Output, _chainbridge_freight_v1_ListFreightTokensResponse>;
  
  /**
   * Lists parked events (poison: the payment service refused them for good, or kept
   * failing on them), newest occurred_at first. Operator only.
   */
  ListParkedEvents: grpc.handleUnaryCall<_chainbridge_freight_v1_ListParkedEventsRequest__Output, _chainbridge_freight_v1_ListParkedEventsResponse>;
  
  /**
   * Lists a shipment's events, newest occurred_at first, with their delivery state.
   */
  ListShipmentEvents: grpc.handleUnaryCall<_chainbridge_freight_v1_ListShipmentEventsRequest__Output, _chainbridge_freight_v1_ListShipmentEventsResponse>;
  
  /**
   * Lists shipments, newest first, optionally filtered by status.
   */
  ListShipments: grpc.handleUnaryCall<_chainbridge_freight_v1_ListShipmentsRequest__Output, _chainbridge_freight_v1_ListShipmentsResponse>;
  
  /**
   * Records a shipment event and queues its delivery to the payment service in the
   * same transaction. Answers without waiting for the payment service.
   */
  RecordShipmentEvent: grpc.handleUnaryCall<_chainbridge_freight_v1_RecordShipmentEventRequest__Output, _chainbridge_freight_v1_RecordShipmentEventResponse>;
  
  /**
   * Puts parked events back in the outbox, due now. The payment service is idempotent
   * on event ids, so a redelivery never pays twice. All or nothing; operator only.
   */
  RedeliverParkedEvents: grpc.handleUnaryCall<_chainbridge_freight_v1_RedeliverParkedEventsRequest__Output, _chainbridge_freight_v1_RedeliverParkedEventsResponse>;
  
  /**
   * Issues the shipment's one freight token with a deterministic, explained risk score.
   */
  TokenizeShipment: grpc.handleUnaryCall<_chainbridge_freight_v1_TokenizeShipmentRequest__Output, _chainbridge_freight_v1_TokenizeShipmentResponse>;
  
  /**
   * Updates the fields named in update_mask. Risk inputs are frozen once tokenized.
   */
  UpdateShipment: grpc.handleUnaryCall<_chainbridge_freight_v1_UpdateShipmentRequest__Output, _chainbridge_freight_v1_UpdateShipmentResponse>;
  
}

export interface FreightServiceDefinition extends grpc.ServiceDefinition {
  BatchRecordShipmentEvents: MethodDefinition<_chainbridge_freight_v1_BatchRecordShipmentEventsRequest, _chainbridge_freight_v1_BatchRecordShipmentEventsResponse, _chainbridge_freight_v1_BatchRecordShipmentEventsRequest__Output, _chainbridge_freight_v1_BatchRecordShipmentEventsResponse__Output>
  CancelShipment: MethodDefinition<_chainbridge_freight_v1_CancelShipmentRequest, _chainbridge_freight_v1_CancelShipmentResponse, _chainbridge_freight_v1_CancelShipmentRequest__Output, _chainbridge_freight_v1_CancelShipmentResponse__Output>
  CreateShipment: MethodDefinition<_chainbridge_freight_v1_CreateShipmentRequest, _chainbridge_freight_v1_CreateShipmentResponse, _chainbridge_freight_v1_CreateShipmentRequest__Output, _chainbridge_freight_v1_CreateShipmentResponse__Output>
  DiscardParkedEvents: MethodDefinition<_chainbridge_freight_v1_DiscardParkedEventsRequest, _chainbridge_freight_v1_DiscardParkedEventsResponse, _chainbridge_freight_v1_DiscardParkedEventsRequest__Output, _chainbridge_freight_v1_DiscardParkedEventsResponse__Output>
  FileClaim: MethodDefinition<_chainbridge_freight_v1_FileClaimRequest, _chainbridge_freight_v1_FileClaimResponse, _chainbridge_freight_v1_FileClaimRequest__Output, _chainbridge_freight_v1_FileClaimResponse__Output>
  GetFreightToken: MethodDefinition<_chainbridge_freight_v1_GetFreightTokenRequest, _chainbridge_freight_v1_GetFreightTokenResponse, _chainbridge_freight_v1_GetFreightTokenRequest__Output, _chainbridge_freight_v1_GetFreightTokenResponse__Output>
  GetOutboxStatus: MethodDefinition<_chainbridge_freight_v1_GetOutboxStatusRequest, _chainbridge_freight_v1_GetOutboxStatusResponse, _chainbridge_freight_v1_GetOutboxStatusRequest__Output, _chainbridge_freight_v1_GetOutboxStatusResponse__Output>
  GetShipment: MethodDefinition<_chainbridge_freight_v1_GetShipmentRequest, _chainbridge_freight_v1_GetShipmentResponse, _chainbridge_freight_v1_GetShipmentRequest__Output, _chainbridge_freight_v1_GetShipmentResponse__Output>
  ListFreightTokens: MethodDefinition<_chainbridge_freight_v1_ListFreightTokensRequest, _chainbridge_freight_v1_ListFreightTokensResponse, _chainbridge_freight_v1_ListFreightTokensRequest__Output, _chainbridge_freight_v1_ListFreightTokensResponse__Output>
  ListParkedEvents: MethodDefinition<_chainbridge_freight_v1_ListParkedEventsRequest, _chainbridge_freight_v1_ListParkedEventsResponse, _chainbridge_freight_v1_ListParkedEventsRequest__Output, _chainbridge_freight_v1_ListParkedEventsResponse__Output>
  ListShipmentEvents: MethodDefinition<_chainbridge_freight_v1_ListShipmentEventsRequest, _chainbridge_freight_v1_ListShipmentEventsResponse, _chainbridge_freight_v1_ListShipmentEventsRequest__Output, _chainbridge_freight_v1_ListShipmentEventsResponse__Output>
  ListShipments: MethodDefinition<_chainbridge_freight_v1_ListShipmentsRequest, _chainbridge_freight_v1_ListShipmentsResponse, _chainbridge_freight_v1_ListShipmentsRequest__Output, _chainbridge_freight_v1_ListShipmentsResponse__Output>
  RecordShipmentEvent: MethodDefinition<_chainbridge_freight_v1_RecordShipmentEventRequest, _chainbridge_freight_v1_RecordShipmentEventResponse, _chainbridge_freight_v1_RecordShipmentEventRequest__Output, _chainbridge_freight_v1_RecordShipmentEventResponse__Output>
  RedeliverParkedEvents: MethodDefinition<_chainbridge_freight_v1_RedeliverParkedEventsRequest, _chainbridge_freight_v1_RedeliverParkedEventsResponse, _chainbridge_freight_v1_RedeliverParkedEventsRequest__Output, _chainbridge_freight_v1_RedeliverParkedEventsResponse__Output>
  TokenizeShipment: MethodDefinition<_chainbridge_freight_v1_TokenizeShipmentRequest, _chainbridge_freight_v1_TokenizeShipmentResponse, _chainbridge_freight_v1_TokenizeShipmentRequest__Output, _chainbridge_freight_v1_TokenizeShipmentResponse__Output>
  UpdateShipment: MethodDefinition<_chainbridge_freight_v1_UpdateShipmentRequest, _chainbridge_freight_v1_UpdateShipmentResponse, _chainbridge_freight_v1_UpdateShipmentRequest__Output, _chainbridge_freight_v1_UpdateShipmentResponse__Output>
}
