// Original file: ../../protos/chainbridge/payment/v1/payment.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ApproveMilestoneSettlementRequest as _chainbridge_payment_v1_ApproveMilestoneSettlementRequest, ApproveMilestoneSettlementRequest__Output as _chainbridge_payment_v1_ApproveMilestoneSettlementRequest__Output } from '../../../chainbridge/payment/v1/ApproveMilestoneSettlementRequest';
import type { ApproveMilestoneSettlementResponse as _chainbridge_payment_v1_ApproveMilestoneSettlementResponse, ApproveMilestoneSettlementResponse__Output as _chainbridge_payment_v1_ApproveMilestoneSettlementResponse__Output } from '../../../chainbridge/payment/v1/ApproveMilestoneSettlementResponse';
import type { AssessRiskRequest as _chainbridge_payment_v1_AssessRiskRequest, AssessRiskRequest__Output as _chainbridge_payment_v1_AssessRiskRequest__Output } from '../../../chainbridge/payment/v1/AssessRiskRequest';
import type { AssessRiskResponse as _chainbridge_payment_v1_AssessRiskResponse, AssessRiskResponse__Output as _chainbridge_payment_v1_AssessRiskResponse__Output } from '../../../chainbridge/payment/v1/AssessRiskResponse';
import type { BatchProcessShipmentEventsRequest as _chainbridge_payment_v1_BatchProcessShipmentEventsRequest, BatchProcessShipmentEventsRequest__Output as _chainbridge_payment_v1_BatchProcessShipmentEventsRequest__Output } from '../../../chainbridge/payment/v1/BatchProcessShipmentEventsRequest';
import type { BatchProcessShipmentEventsResponse as _chainbridge_payment_v1_BatchProcessShipmentEventsResponse, BatchProcessShipmentEventsResponse__Output as _chainbridge_payment_v1_BatchProcessShipmentEventsResponse__Output } from '../../../chainbridge/payment/v1/BatchProcessShipmentEventsResponse';
import type { BuildPaymentScheduleRequest as _chainbridge_payment_v1_BuildPaymentScheduleRequest, BuildPaymentScheduleRequest__Output as _chainbridge_payment_v1_BuildPaymentScheduleRequest__Output } from '../../../chainbridge/payment/v1/BuildPaymentScheduleRequest';
import type { BuildPaymentScheduleResponse as _chainbridge_payment_v1_BuildPaymentScheduleResponse, BuildPaymentScheduleResponse__Output as _chainbridge_payment_v1_BuildPaymentScheduleResponse__Output } from '../../../chainbridge/payment/v1/BuildPaymentScheduleResponse';
import type { CancelPaymentIntentRequest as _chainbridge_payment_v1_CancelPaymentIntentRequest, CancelPaymentIntentRequest__Output as _chainbridge_payment_v1_CancelPaymentIntentRequest__Output } from '../../../chainbridge/payment/v1/CancelPaymentIntentRequest';
import type { CancelPaymentIntentResponse as _chainbridge_payment_v1_CancelPaymentIntentResponse, CancelPaymentIntentResponse__Output as _chainbridge_payment_v1_CancelPaymentIntentResponse__Output } from '../../../chainbridge/payment/v1/CancelPaymentIntentResponse';
import type { CompleteSettlementRequest as _chainbridge_payment_v1_CompleteSettlementRequest, CompleteSettlementRequest__Output as _chainbridge_payment_v1_CompleteSettlementRequest__Output } from '../../../chainbridge/payment/v1/CompleteSettlementRequest';
import type { CompleteSettlementResponse as _chainbridge_payment_v1_CompleteSettlementResponse, CompleteSettlementResponse__Output as _chainbridge_payment_v1_CompleteSettlementResponse__Output } from '../../../chainbridge/payment/v1/CompleteSettlementResponse';
import type { CreatePaymentIntentRequest as _chainbridge_payment_v1_CreatePaymentIntentRequest, CreatePaymentIntentRequest__Output as _chainbridge_payment_v1_CreatePaymentIntentRequest__Output } from '../../../chainbridge/payment/v1/CreatePaymentIntentRequest';
import type { CreatePaymentIntentResponse as _chainbridge_payment_v1_CreatePaymentIntentResponse, CreatePaymentIntentResponse__Output as _chainbridge_payment_v1_CreatePaymentIntentResponse__Output } from '../../../chainbridge/payment/v1/CreatePaymentIntentResponse';
import type { GetIntentLedgerRequest as _chainbridge_payment_v1_GetIntentLedgerRequest, GetIntentLedgerRequest__Output as _chainbridge_payment_v1_GetIntentLedgerRequest__Output } from '../../../chainbridge/payment/v1/GetIntentLedgerRequest';
import type { GetIntentLedgerResponse as _chainbridge_payment_v1_GetIntentLedgerResponse, GetIntentLedgerResponse__Output as _chainbridge_payment_v1_GetIntentLedgerResponse__Output } from '../../../chainbridge/payment/v1/GetIntentLedgerResponse';
import type { GetPaymentIntentRequest as _chainbridge_payment_v1_GetPaymentIntentRequest, GetPaymentIntentRequest__Output as _chainbridge_payment_v1_GetPaymentIntentRequest__Output } from '../../../chainbridge/payment/v1/GetPaymentIntentRequest';
import type { GetPaymentIntentResponse as _chainbridge_payment_v1_GetPaymentIntentResponse, GetPaymentIntentResponse__Output as _chainbridge_payment_v1_GetPaymentIntentResponse__Output } from '../../../chainbridge/payment/v1/GetPaymentIntentResponse';
import type { GetPaymentScheduleRequest as _chainbridge_payment_v1_GetPaymentScheduleRequest, GetPaymentScheduleRequest__Output as _chainbridge_payment_v1_GetPaymentScheduleRequest__Output } from '../../../chainbridge/payment/v1/GetPaymentScheduleRequest';
import type { GetPaymentScheduleResponse as _chainbridge_payment_v1_GetPaymentScheduleResponse, GetPaymentScheduleResponse__Output as _chainbridge_payment_v1_GetPaymentScheduleResponse__Output } from '../../../chainbridge/payment/v1/GetPaymentScheduleResponse';
import type { GetSettlementHistoryRequest as _chainbridge_payment_v1_GetSettlementHistoryRequest, GetSettlementHistoryRequest__Output as _chainbridge_payment_v1_GetSettlementHistoryRequest__Output } from '../../../chainbridge/payment/v1/GetSettlementHistoryRequest';
import type { GetSettlementHistoryResponse as _chainbridge_payment_v1_GetSettlementHistoryResponse, GetSettlementHistoryResponse__Output as _chainbridge_payment_v1_GetSettlementHistoryResponse__Output } from '../../../chainbridge/payment/v1/GetSettlementHistoryResponse';
import type { GetShipmentAuditRequest as _chainbridge_payment_v1_GetShipmentAuditRequest, GetShipmentAuditRequest__Output as _chainbridge_payment_v1_GetShipmentAuditRequest__Output } from '../../../chainbridge/payment/v1/GetShipmentAuditRequest';
import type { GetShipmentAuditResponse as _chainbridge_payment_v1_GetShipmentAuditResponse, GetShipmentAuditResponse__Output as _chainbridge_payment_v1_GetShipmentAuditResponse__Output } from '../../../chainbridge/payment/v1/GetShipmentAuditResponse';
import type { ListMilestoneSettlementsRequest as _chainbridge_payment_v1_ListMilestoneSettlementsRequest, ListMilestoneSettlementsRequest__Output as _chainbridge_payment_v1_ListMilestoneSettlementsRequest__Output } from '../../../chainbridge/payment/v1/ListMilestoneSettlementsRequest';
import type { ListMilestoneSettlementsResponse as _chainbridge_payment_v1_ListMilestoneSettlementsResponse, ListMilestoneSettlementsResponse__Output as _chainbridge_payment_v1_ListMilestoneSettlementsResponse__Output } from '../../../chainbridge/payment/v1/ListMilestoneSettlementsResponse';
import type { ListPaymentIntentsRequest as _chainbridge_payment_v1_ListPaymentIntentsRequest, ListPaymentIntentsRequest__Output as _chainbridge_payment_v1_ListPaymentIntentsRequest__Output } from '../../../chainbridge/payment/v1/ListPaymentIntentsRequest';
import type { ListPaymentIntentsResponse as _chainbridge_payment_v1_ListPaymentIntentsResponse, ListPaymentIntentsResponse__Output as _chainbridge_payment_v1_ListPaymentIntentsResponse__Output } from '../../../chainbridge/payment/v1/ListPaymentIntentsResponse';
import type { ProcessShipmentEventRequest as _chainbridge_payment_v1_ProcessShipmentEventRequest, ProcessShipmentEventRequest__Output as _chainbridge_payment_v1_ProcessShipmentEventRequest__Output } from '../../../chainbridge/payment/v1/ProcessShipmentEventRequest';
import type { ProcessShipmentEventResponse as _chainbridge_payment_v1_ProcessShipmentEventResponse, ProcessShipmentEventResponse__Output as _chainbridge_payment_v1_ProcessShipmentEventResponse__Output } from '../../../chainbridge/payment/v1/ProcessShipmentEventResponse';
import type { ResolveClaimRequest as _chainbridge_payment_v1_ResolveClaimRequest, ResolveClaimRequest__Output as _chainbridge_payment_v1_ResolveClaimRequest__Output } from '../../../chainbridge/payment/v1/ResolveClaimRequest';
import type { ResolveClaimResponse as _chainbridge_payment_v1_ResolveClaimResponse, ResolveClaimResponse__Output as _chainbridge_payment_v1_ResolveClaimResponse__Output } from '../../../chainbridge/payment/v1/ResolveClaimResponse';
import type { SettlePaymentIntentRequest as _chainbridge_payment_v1_SettlePaymentIntentRequest, SettlePaymentIntentRequest__Output as _chainbridge_payment_v1_SettlePaymentIntentRequest__Output } from '../../../chainbridge/payment/v1/SettlePaymentIntentRequest';
import type { SettlePaymentIntentResponse as _chainbridge_payment_v1_SettlePaymentIntentResponse, SettlePaymentIntentResponse__Output as _chainbridge_payment_v1_SettlePaymentIntentResponse__Output } from '../../../chainbridge/payment/v1/SettlePaymentIntentResponse';
import type { WatchSettlementsRequest as _chainbridge_payment_v1_WatchSettlementsRequest, WatchSettlementsRequest__Output as _chainbridge_payment_v1_WatchSettlementsRequest__Output } from '../../../chainbridge/payment/v1/WatchSettlementsRequest';
import type { WatchSettlementsResponse as _chainbridge_payment_v1_WatchSettlementsResponse, WatchSettlementsResponse__Output as _chainbridge_payment_v1_WatchSettlementsResponse__Output } from '../../../chainbridge/payment/v1/WatchSettlementsResponse';

/**
 * PaymentService pays carriers in milestones: payment intents tied to freight tokens,
 * risk-tier schedules, milestone settlements released by shipment events, the operator
 * settlement workflow, a double-entry ledger and an append-only audit trail.
 */
export interface PaymentServiceClient extends grpc.Client {
  /**
   * Approves or rejects a PENDING or DELAYED milestone settlement. Operator only.
   */
  ApproveMilestoneSettlement(argument: _chainbridge_payment_v1_ApproveMilestoneSettlementRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_ApproveMilestoneSettlementResponse__Output>): grpc.ClientUnaryCall;
  ApproveMilestoneSettlement(argument: _chainbridge_payment_v1_ApproveMilestoneSettlementRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_ApproveMilestoneSettlementResponse__Output>): grpc.ClientUnaryCall;
  ApproveMilestoneSettlement(argument: _chainbridge_payment_v1_ApproveMilestoneSettlementRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_ApproveMilestoneSettlementResponse__Output>): grpc.ClientUnaryCall;
  ApproveMilestoneSettlement(argument: _chainbridge_payment_v1_ApproveMilestoneSettlementRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_ApproveMilestoneSettlementResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Approves or rejects a PENDING or DELAYED milestone settlement. Operator only.
   */
  approveMilestoneSettlement(argument: _chainbridge_payment_v1_ApproveMilestoneSettlementRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_ApproveMilestoneSettlementResponse__Output>): grpc.ClientUnaryCall;
  approveMilestoneSettlement(argument: _chainbridge_payment_v1_ApproveMilestoneSettlementRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_ApproveMilestoneSettlementResponse__Output>): grpc.ClientUnaryCall;
  approveMilestoneSettlement(argument: _chainbridge_payment_v1_ApproveMilestoneSettlementRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_ApproveMilestoneSettlementResponse__Output>): grpc.ClientUnaryCall;
  approveMilestoneSettlement(argument: _chainbridge_payment_v1_ApproveMilestoneSettlementRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_ApproveMilestoneSettlementResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Assesses the risk of an intent or freight token and the release policy it implies.
   * Changes nothing.
   */
  AssessRisk(argument: _chainbridge_payment_v1_AssessRiskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_AssessRiskResponse__Output>): grpc.ClientUnaryCall;
  AssessRisk(argument: _chainbridge_payment_v1_AssessRiskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_AssessRiskResponse__Output>): grpc.ClientUnaryCall;
  AssessRisk(argument: _chainbridge_payment_v1_AssessRiskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_AssessRiskResponse__Output>): grpc.ClientUnaryCall;
  AssessRisk(argument: _chainbridge_payment_v1_AssessRiskRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_AssessRiskResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Assesses the risk of an intent or freight token and the release policy it implies.
   * Changes nothing.
   */
  assessRisk(argument: _chainbridge_payment_v1_AssessRiskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_AssessRiskResponse__Output>): grpc.ClientUnaryCall;
  assessRisk(argument: _chainbridge_payment_v1_AssessRiskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_AssessRiskResponse__Output>): grpc.ClientUnaryCall;
  assessRisk(argument: _chainbridge_payment_v1_AssessRiskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_AssessRiskResponse__Output>): grpc.ClientUnaryCall;
  assessRisk(argument: _chainbridge_payment_v1_AssessRiskRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_AssessRiskResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Applies many shipment events in one transaction; same result as one call per event.
   * Called by the freight service only.
   */
  BatchProcessShipmentEvents(argument: _chainbridge_payment_v1_BatchProcessShipmentEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_BatchProcessShipmentEventsResponse__Output>): grpc.ClientUnaryCall;
  BatchProcessShipmentEvents(argument: _chainbridge_payment_v1_BatchProcessShipmentEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_BatchProcessShipmentEventsResponse__Output>): grpc.ClientUnaryCall;
  BatchProcessShipmentEvents(argument: _chainbridge_payment_v1_BatchProcessShipmentEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_BatchProcessShipmentEventsResponse__Output>): grpc.ClientUnaryCall;
  BatchProcessShipmentEvents(argument: _chainbridge_payment_v1_BatchProcessShipmentEventsRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_BatchProcessShipmentEventsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Applies many shipment events in one transaction; same result as one call per event.
   * Called by the freight service only.
   */
  batchProcessShipmentEvents(argument: _chainbridge_payment_v1_BatchProcessShipmentEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_BatchProcessShipmentEventsResponse__Output>): grpc.ClientUnaryCall;
  batchProcessShipmentEvents(argument: _chainbridge_payment_v1_BatchProcessShipmentEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_BatchProcessShipmentEventsResponse__Output>): grpc.ClientUnaryCall;
  batchProcessShipmentEvents(argument: _chainbridge_payment_v1_BatchProcessShipmentEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_BatchProcessShipmentEventsResponse__Output>): grpc.ClientUnaryCall;
  batchProcessShipmentEvents(argument: _chainbridge_payment_v1_BatchProcessShipmentEventsRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_BatchProcessShipmentEventsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Builds an intent's milestone schedule: the tier's default, or custom shares.
   * Events received before the schedule existed are applied at once.
   */
  BuildPaymentSchedule(argument: _chainbridge_payment_v1_BuildPaymentScheduleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_BuildPaymentScheduleResponse__Output>): grpc.ClientUnaryCall;
  BuildPaymentSchedule(argument: _chainbridge_payment_v1_BuildPaymentScheduleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_BuildPaymentScheduleResponse__Output>): grpc.ClientUnaryCall;
  BuildPaymentSchedule(argument: _chainbridge_payment_v1_BuildPaymentScheduleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_BuildPaymentScheduleResponse__Output>): grpc.ClientUnaryCall;
  BuildPaymentSchedule(argument: _chainbridge_payment_v1_BuildPaymentScheduleRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_BuildPaymentScheduleResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Builds an intent's milestone schedule: the tier's default, or custom shares.
   * Events received before the schedule existed are applied at once.
   */
  buildPaymentSchedule(argument: _chainbridge_payment_v1_BuildPaymentScheduleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_BuildPaymentScheduleResponse__Output>): grpc.ClientUnaryCall;
  buildPaymentSchedule(argument: _chainbridge_payment_v1_BuildPaymentScheduleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_BuildPaymentScheduleResponse__Output>): grpc.ClientUnaryCall;
  buildPaymentSchedule(argument: _chainbridge_payment_v1_BuildPaymentScheduleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_BuildPaymentScheduleResponse__Output>): grpc.ClientUnaryCall;
  buildPaymentSchedule(argument: _chainbridge_payment_v1_BuildPaymentScheduleRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_BuildPaymentScheduleResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Cancels an intent: its outstanding milestones become CANCELLED; released money stays released.
   */
  CancelPaymentIntent(argument: _chainbridge_payment_v1_CancelPaymentIntentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_CancelPaymentIntentResponse__Output>): grpc.ClientUnaryCall;
  CancelPaymentIntent(argument: _chainbridge_payment_v1_CancelPaymentIntentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_CancelPaymentIntentResponse__Output>): grpc.ClientUnaryCall;
  CancelPaymentIntent(argument: _chainbridge_payment_v1_CancelPaymentIntentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_CancelPaymentIntentResponse__Output>): grpc.ClientUnaryCall;
  CancelPaymentIntent(argument: _chainbridge_payment_v1_CancelPaymentIntentRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_CancelPaymentIntentResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Cancels an intent: its outstanding milestones become CANCELLED; released money stays released.
   */
  cancelPaymentIntent(argument: _chainbridge_payment_v1_CancelPaymentIntentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_CancelPaymentIntentResponse__Output>): grpc.ClientUnaryCall;
  cancelPaymentIntent(argument: _chainbridge_payment_v1_CancelPaymentIntentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_CancelPaymentIntentResponse__Output>): grpc.ClientUnaryCall;
  cancelPaymentIntent(argument: _chainbridge_payment_v1_CancelPaymentIntentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_CancelPaymentIntentResponse__Output>): grpc.ClientUnaryCall;
  cancelPaymentIntent(argument: _chainbridge_payment_v1_CancelPaymentIntentRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_CancelPaymentIntentResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Moves APPROVED milestones to SETTLED through the payment rail (funds moved). Operator only.
   */
  CompleteSettlement(argument: _chainbridge_payment_v1_CompleteSettlementRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_CompleteSettlementResponse__Output>): grpc.ClientUnaryCall;
  CompleteSettlement(argument: _chainbridge_payment_v1_CompleteSettlementRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_CompleteSettlementResponse__Output>): grpc.ClientUnaryCall;
  CompleteSettlement(argument: _chainbridge_payment_v1_CompleteSettlementRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_CompleteSettlementResponse__Output>): grpc.ClientUnaryCall;
  CompleteSettlement(argument: _chainbridge_payment_v1_CompleteSettlementRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_CompleteSettlementResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Moves APPROVED milestones to SETTLED through the payment rail (funds moved). Operator only.
   */
  completeSettlement(argument: _chainbridge_payment_v1_CompleteSettlementRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_CompleteSettlementResponse__Output>): grpc.ClientUnaryCall;
  completeSettlement(argument: _chainbridge_payment_v1_CompleteSettlementRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_CompleteSettlementResponse__Output>): grpc.ClientUnaryCall;
  completeSettlement(argument: _chainbridge_payment_v1_CompleteSettlementRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_CompleteSettlementResponse__Output>): grpc.ClientUnaryCall;
  completeSettlement(argument: _chainbridge_payment_v1_CompleteSettlementRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_CompleteSettlementResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Creates a payment intent for a freight token; takes the token's risk score from the
   * freight service. Idempotent on request_id.
   */
  CreatePaymentIntent(argument: _chainbridge_payment_v1_CreatePaymentIntentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_CreatePaymentIntentResponse__Output>): grpc.ClientUnaryCall;
  CreatePaymentIntent(argument: _chainbridge_payment_v1_CreatePaymentIntentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_CreatePaymentIntentResponse__Output>): grpc.ClientUnaryCall;
  CreatePaymentIntent(argument: _chainbridge_payment_v1_CreatePaymentIntentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_CreatePaymentIntentResponse__Output>): grpc.ClientUnaryCall;
  CreatePaymentIntent(argument: _chainbridge_payment_v1_CreatePaymentIntentRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_CreatePaymentIntentResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Creates a payment intent for a freight token; takes the token's risk score from the
   * freight service. Idempotent on request_id.
   */
  createPaymentIntent(argument: _chainbridge_payment_v1_CreatePaymentIntentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_CreatePaymentIntentResponse__Output>): grpc.ClientUnaryCall;
  createPaymentIntent(argument: _chainbridge_payment_v1_CreatePaymentIntentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_CreatePaymentIntentResponse__Output>): grpc.ClientUnaryCall;
  createPaymentIntent(argument: _chainbridge_payment_v1_CreatePaymentIntentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_CreatePaymentIntentResponse__Output>): grpc.ClientUnaryCall;
  createPaymentIntent(argument: _chainbridge_payment_v1_CreatePaymentIntentRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_CreatePaymentIntentResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Returns an intent's ledger: journals, entries and account balances (which net to zero).
   */
  GetIntentLedger(argument: _chainbridge_payment_v1_GetIntentLedgerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetIntentLedgerResponse__Output>): grpc.ClientUnaryCall;
  GetIntentLedger(argument: _chainbridge_payment_v1_GetIntentLedgerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_GetIntentLedgerResponse__Output>): grpc.ClientUnaryCall;
  GetIntentLedger(argument: _chainbridge_payment_v1_GetIntentLedgerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetIntentLedgerResponse__Output>): grpc.ClientUnaryCall;
  GetIntentLedger(argument: _chainbridge_payment_v1_GetIntentLedgerRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_GetIntentLedgerResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Returns an intent's ledger: journals, entries and account balances (which net to zero).
   */
  getIntentLedger(argument: _chainbridge_payment_v1_GetIntentLedgerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetIntentLedgerResponse__Output>): grpc.ClientUnaryCall;
  getIntentLedger(argument: _chainbridge_payment_v1_GetIntentLedgerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_GetIntentLedgerResponse__Output>): grpc.ClientUnaryCall;
  getIntentLedger(argument: _chainbridge_payment_v1_GetIntentLedgerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetIntentLedgerResponse__Output>): grpc.ClientUnaryCall;
  getIntentLedger(argument: _chainbridge_payment_v1_GetIntentLedgerRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_GetIntentLedgerResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Returns one payment intent with its running totals.
   */
  GetPaymentIntent(argument: _chainbridge_payment_v1_GetPaymentIntentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetPaymentIntentResponse__Output>): grpc.ClientUnaryCall;
  GetPaymentIntent(argument: _chainbridge_payment_v1_GetPaymentIntentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_GetPaymentIntentResponse__Output>): grpc.ClientUnaryCall;
  GetPaymentIntent(argument: _chainbridge_payment_v1_GetPaymentIntentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetPaymentIntentResponse__Output>): grpc.ClientUnaryCall;
  GetPaymentIntent(argument: _chainbridge_payment_v1_GetPaymentIntentRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_GetPaymentIntentResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Returns one payment intent with its running totals.
   */
  getPaymentIntent(argument: _chainbridge_payment_v1_GetPaymentIntentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetPaymentIntentResponse__Output>): grpc.ClientUnaryCall;
  getPaymentIntent(argument: _chainbridge_payment_v1_GetPaymentIntentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_GetPaymentIntentResponse__Output>): grpc.ClientUnaryCall;
  getPaymentIntent(argument: _chainbridge_payment_v1_GetPaymentIntentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetPaymentIntentResponse__Output>): grpc.ClientUnaryCall;
  getPaymentIntent(argument: _chainbridge_payment_v1_GetPaymentIntentRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_GetPaymentIntentResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Returns an intent's schedule.
   */
  GetPaymentSchedule(argument: _chainbridge_payment_v1_GetPaymentScheduleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetPaymentScheduleResponse__Output>): grpc.ClientUnaryCall;
  GetPaymentSchedule(argument: _chainbridge_payment_v1_GetPaymentScheduleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_GetPaymentScheduleResponse__Output>): grpc.ClientUnaryCall;
  GetPaymentSchedule(argument: _chainbridge_payment_v1_GetPaymentScheduleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetPaymentScheduleResponse__Output>): grpc.ClientUnaryCall;
  GetPaymentSchedule(argument: _chainbridge_payment_v1_GetPaymentScheduleRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_GetPaymentScheduleResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Returns an intent's schedule.
   */
  getPaymentSchedule(argument: _chainbridge_payment_v1_GetPaymentScheduleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetPaymentScheduleResponse__Output>): grpc.ClientUnaryCall;
  getPaymentSchedule(argument: _chainbridge_payment_v1_GetPaymentScheduleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_GetPaymentScheduleResponse__Output>): grpc.ClientUnaryCall;
  getPaymentSchedule(argument: _chainbridge_payment_v1_GetPaymentScheduleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetPaymentScheduleResponse__Output>): grpc.ClientUnaryCall;
  getPaymentSchedule(argument: _chainbridge_payment_v1_GetPaymentScheduleRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_GetPaymentScheduleResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Returns an intent's audit trail in order.
   */
  GetSettlementHistory(argument: _chainbridge_payment_v1_GetSettlementHistoryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetSettlementHistoryResponse__Output>): grpc.ClientUnaryCall;
  GetSettlementHistory(argument: _chainbridge_payment_v1_GetSettlementHistoryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_GetSettlementHistoryResponse__Output>): grpc.ClientUnaryCall;
  GetSettlementHistory(argument: _chainbridge_payment_v1_GetSettlementHistoryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetSettlementHistoryResponse__Output>): grpc.ClientUnaryCall;
  GetSettlementHistory(argument: _chainbridge_payment_v1_GetSettlementHistoryRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_GetSettlementHistoryResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Returns an intent's audit trail in order.
   */
  getSettlementHistory(argument: _chainbridge_payment_v1_GetSettlementHistoryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetSettlementHistoryResponse__Output>): grpc.ClientUnaryCall;
  getSettlementHistory(argument: _chainbridge_payment_v1_GetSettlementHistoryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_GetSettlementHistoryResponse__Output>): grpc.ClientUnaryCall;
  getSettlementHistory(argument: _chainbridge_payment_v1_GetSettlementHistoryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetSettlementHistoryResponse__Output>): grpc.ClientUnaryCall;
  getSettlementHistory(argument: _chainbridge_payment_v1_GetSettlementHistoryRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_GetSettlementHistoryResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * A shipment's events as received, its intents, milestones and per-currency totals.
   */
  GetShipmentAudit(argument: _chainbridge_payment_v1_GetShipmentAuditRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetShipmentAuditResponse__Output>): grpc.ClientUnaryCall;
  GetShipmentAudit(argument: _chainbridge_payment_v1_GetShipmentAuditRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_GetShipmentAuditResponse__Output>): grpc.ClientUnaryCall;
  GetShipmentAudit(argument: _chainbridge_payment_v1_GetShipmentAuditRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetShipmentAuditResponse__Output>): grpc.ClientUnaryCall;
  GetShipmentAudit(argument: _chainbridge_payment_v1_GetShipmentAuditRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_GetShipmentAuditResponse__Output>): grpc.ClientUnaryCall;
  /**
   * A shipment's events as received, its intents, milestones and per-currency totals.
   */
  getShipmentAudit(argument: _chainbridge_payment_v1_GetShipmentAuditRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetShipmentAuditResponse__Output>): grpc.ClientUnaryCall;
  getShipmentAudit(argument: _chainbridge_payment_v1_GetShipmentAuditRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_GetShipmentAuditResponse__Output>): grpc.ClientUnaryCall;
  getShipmentAudit(argument: _chainbridge_payment_v1_GetShipmentAuditRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetShipmentAuditResponse__Output>): grpc.ClientUnaryCall;
  getShipmentAudit(argument: _chainbridge_payment_v1_GetShipmentAuditRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_GetShipmentAuditResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lists milestone settlements, oldest first, filtered by intent, shipment or status.
   */
  ListMilestoneSettlements(argument: _chainbridge_payment_v1_ListMilestoneSettlementsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_ListMilestoneSettlementsResponse__Output>): grpc.ClientUnaryCall;
  ListMilestoneSettlements(argument: _chainbridge_payment_v1_ListMilestoneSettlementsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_ListMilestoneSettlementsResponse__Output>): grpc.ClientUnaryCall;
  ListMilestoneSettlements(argument: _chainbridge_payment_v1_ListMilestoneSettlementsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_ListMilestoneSettlementsResponse__Output>): grpc.ClientUnaryCall;
  ListMilestoneSettlements(argument: _chainbridge_payment_v1_ListMilestoneSettlementsRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_ListMilestoneSettlementsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists milestone settlements, oldest first, filtered by intent, shipment or status.
   */
  listMilestoneSettlements(argument: _chainbridge_payment_v1_ListMilestoneSettlementsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_ListMilestoneSettlementsResponse__Output>): grpc.ClientUnaryCall;
  listMilestoneSettlements(argument: _chainbridge_payment_v1_ListMilestoneSettlementsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_ListMilestoneSettlementsResponse__Output>): grpc.ClientUnaryCall;
  listMilestoneSettlements(argument: _chainbridge_payment_v1_ListMilestoneSettlementsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_ListMilestoneSettlementsResponse__Output>): grpc.ClientUnaryCall;
  listMilestoneSettlements(argument: _chainbridge_payment_v1_ListMilestoneSettlementsRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_ListMilestoneSettlementsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lists payment intents, newest first, filtered by status, risk tier or shipment.
   */
  ListPaymentIntents(argument: _chainbridge_payment_v1_ListPaymentIntentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_ListPaymentIntentsResponse__Output>): grpc.ClientUnaryCall;
  ListPaymentIntents(argument: _chainbridge_payment_v1_ListPaymentIntentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_ListPaymentIntentsResponse__Output>): grpc.ClientUnaryCall;
  ListPaymentIntents(argument: _chainbridge_payment_v1_ListPaymentIntentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_ListPaymentIntentsResponse__Output>): grpc.ClientUnaryCall;
  ListPaymentIntents(argument: _chainbridge_payment_v1_ListPaymentIntentsRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_ListPaymentIntentsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists payment intents, newest first, filtered by status, risk tier or shipment.
   */
  listPaymentIntents(argument: _chainbridge_payment_v1_ListPaymentIntentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_ListPaymentIntentsResponse__Output>): grpc.ClientUnaryCall;
  listPaymentIntents(argument: _chainbridge_payment_v1_ListPaymentIntentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_ListPaymentIntentsResponse__Output>): grpc.ClientUnaryCall;
  listPaymentIntents(argument: _chainbridge_payment_v1_ListPaymentIntentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_ListPaymentIntentsResponse__Output>): grpc.ClientUnaryCall;
  listPaymentIntents(argument: _chainbridge_payment_v1_ListPaymentIntentsRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_ListPaymentIntentsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Applies one shipment event to the intents of its shipment. Idempotent on event_id.
   * Called by the freight service only.
   */
  ProcessShipmentEvent(argument: _chainbridge_payment_v1_ProcessShipmentEventRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_ProcessShipmentEventResponse__Output>): grpc.ClientUnaryCall;
  ProcessShipmentEvent(argument: _chainbridge_payment_v1_ProcessShipmentEventRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_ProcessShipmentEventResponse__Output>): grpc.ClientUnaryCall;
  ProcessShipmentEvent(argument: _chainbridge_payment_v1_ProcessShipmentEventRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_ProcessShipmentEventResponse__Output>): grpc.ClientUnaryCall;
  ProcessShipmentEvent(argument: _chainbridge_payment_v1_ProcessShipmentEventRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_ProcessShipmentEventResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Applies one shipment event to the intents of its shipment. Idempotent on event_id.
   * Called by the freight service only.
   */
  processShipmentEvent(argument: _chainbridge_payment_v1_ProcessShipmentEventRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_ProcessShipmentEventResponse__Output>): grpc.ClientUnaryCall;
  processShipmentEvent(argument: _chainbridge_payment_v1_ProcessShipmentEventRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_ProcessShipmentEventResponse__Output>): grpc.ClientUnaryCall;
  processShipmentEvent(argument: _chainbridge_payment_v1_ProcessShipmentEventRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_ProcessShipmentEventResponse__Output>): grpc.ClientUnaryCall;
  processShipmentEvent(argument: _chainbridge_payment_v1_ProcessShipmentEventRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_ProcessShipmentEventResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Resolves an open cargo claim: the carrier is liable for an amount (that much of the
   * held money returns to the shipper) or not liable; the rest of the hold is released
   * as it would have been. Operator only; idempotent on request_id.
   */
  ResolveClaim(argument: _chainbridge_payment_v1_ResolveClaimRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_ResolveClaimResponse__Output>): grpc.ClientUnaryCall;
  ResolveClaim(argument: _chainbridge_payment_v1_ResolveClaimRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_ResolveClaimResponse__Output>): grpc.ClientUnaryCall;
  ResolveClaim(argument: _chainbridge_payment_v1_ResolveClaimRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_ResolveClaimResponse__Output>): grpc.ClientUnaryCall;
  ResolveClaim(argument: _chainbridge_payment_v1_ResolveClaimRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_ResolveClaimResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Resolves an open cargo claim: the carrier is liable for an amount (that much of the
   * held money returns to the shipper) or not liable; the rest of the hold is released
   * as it would have been. Operator only; idempotent on request_id.
   */
  resolveClaim(argument: _chainbridge_payment_v1_ResolveClaimRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_ResolveClaimResponse__Output>): grpc.ClientUnaryCall;
  resolveClaim(argument: _chainbridge_payment_v1_ResolveClaimRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_ResolveClaimResponse__Output>): grpc.ClientUnaryCall;
  resolveClaim(argument: _chainbridge_payment_v1_ResolveClaimRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_ResolveClaimResponse__Output>): grpc.ClientUnaryCall;
  resolveClaim(argument: _chainbridge_payment_v1_ResolveClaimRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_ResolveClaimResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Intent-level settlement of every outstanding milestone: LOW approves, MEDIUM delays,
   * HIGH is refused unless force_approval. Operator only.
   */
  SettlePaymentIntent(argument: _chainbridge_payment_v1_SettlePaymentIntentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_SettlePaymentIntentResponse__Output>): grpc.ClientUnaryCall;
  SettlePaymentIntent(argument: _chainbridge_payment_v1_SettlePaymentIntentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_SettlePaymentIntentResponse__Output>): grpc.ClientUnaryCall;
  SettlePaymentIntent(argument: _chainbridge_payment_v1_SettlePaymentIntentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_SettlePaymentIntentResponse__Output>): grpc.ClientUnaryCall;
  SettlePaymentIntent(argument: _chainbridge_payment_v1_SettlePaymentIntentRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_SettlePaymentIntentResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Intent-level settlement of every outstanding milestone: LOW approves, MEDIUM delays,
   * HIGH is refused unless force_approval. Operator only.
   */
  settlePaymentIntent(argument: _chainbridge_payment_v1_SettlePaymentIntentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_SettlePaymentIntentResponse__Output>): grpc.ClientUnaryCall;
  settlePaymentIntent(argument: _chainbridge_payment_v1_SettlePaymentIntentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_SettlePaymentIntentResponse__Output>): grpc.ClientUnaryCall;
  settlePaymentIntent(argument: _chainbridge_payment_v1_SettlePaymentIntentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_SettlePaymentIntentResponse__Output>): grpc.ClientUnaryCall;
  settlePaymentIntent(argument: _chainbridge_payment_v1_SettlePaymentIntentRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_SettlePaymentIntentResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Streams every milestone status change, oldest first: first those after the cursor,
   * then live ones. Reconnect with the last cursor seen to miss nothing.
   */
  WatchSettlements(argument: _chainbridge_payment_v1_WatchSettlementsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_chainbridge_payment_v1_WatchSettlementsResponse__Output>;
  WatchSettlements(argument: _chainbridge_payment_v1_WatchSettlementsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_chainbridge_payment_v1_WatchSettlementsResponse__Output>;
  /**
   * Streams every milestone status change, oldest first: first those after the cursor,
   * then live ones. Reconnect with the last cursor seen to miss nothing.
   */
  watchSettlements(argument: _chainbridge_payment_v1_WatchSettlementsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_chainbridge_payment_v1_WatchSettlementsResponse__Output>;
  watchSettlements(argument: _chainbridge_payment_v1_WatchSettlementsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_chainbridge_payment_v1_WatchSettlementsResponse__Output>;
  
}

/**
 * PaymentService pays carriers in milestones: payment intents tied to freight tokens,
 * risk-tier schedules, milestone settlements released by shipment events, the operator
 * settlement workflow, a double-entry ledger and an append-only audit trail.
 */
export interface PaymentServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Approves or rejects a PENDING or DELAYED milestone settlement. Operator only.
   */
  ApproveMilestoneSettlement: grpc.handleUnaryCall<_chainbridge_payment_v1_ApproveMilestoneSettlementRequest__Output, _chainbridge_payment_v1_ApproveMilestoneSettlementResponse>;
  
  /**
   * Assesses the risk of an intent or freight token and the release policy it implies.
   * Changes nothing.
   */
  AssessRisk: grpc.handleUnaryCall<_chainbridge_payment_v1_AssessRiskRequest__Output, _chainbridge_payment_v1_AssessRiskResponse>;
  
  /**
   * Applies many shipment events in one transaction; same result as one call per event.
   * Called by the freight service only.
   */
  BatchProcessShipmentEvents: grpc.handleUnaryCall<_chainbridge_payment_v1_BatchProcessShipmentEventsRequest__Output, _chainbridge_payment_v1_BatchProcessShipmentEventsResponse>;
  
  /**
   * Builds an intent's milestone schedule: the tier's default, or custom shares.
   * Events received before the schedule existed are applied at once.
   */
  BuildPaymentSchedule: grpc.handleUnaryCall<_chainbridge_payment_v1_BuildPaymentScheduleRequest__Output, _chainbridge_payment_v1_BuildPaymentScheduleResponse>;
  
  /**
   * Cancels an intent: its outstanding milestones become CANCELLED; released money stays released.
   */
  CancelPaymentIntent: grpc.handleUnaryCall<_chainbridge_payment_v1_CancelPaymentIntentRequest__Output, _chainbridge_payment_v1_CancelPaymentIntentResponse>;
  
  /**
   * Moves APPROVED milestones to SETTLED through the payment rail (funds moved). Operator only.
   */
  CompleteSettlement: grpc.handleUnaryCall<_chainbridge_payment_v1_CompleteSettlementRequest__Output, _chainbridge_payment_v1_CompleteSettlementResponse>;
  
  /**
   * Creates a payment intent for a freight token; takes the token's risk score from the
   * freight service. Idempotent on request_id.
   */
  CreatePaymentIntent: grpc.handleUnaryCall<_chainbridge_payment_v1_CreatePaymentIntentRequest__Output, _chainbridge_payment_v1_CreatePaymentIntentResponse>;
  
  /**
   * Returns an intent's ledger: journals, entries and account balances (which net to zero).
   */
  GetIntentLedger: grpc.handleUnaryCall<_chainbridge_payment_v1_GetIntentLedgerRequest__Output, _chainbridge_payment_v1_GetIntentLedgerResponse>;
  
  /**
   * Returns one payment intent with its running totals.
   */
  GetPaymentIntent: grpc.handleUnaryCall<_chainbridge_payment_v1_GetPaymentIntentRequest__Output, _chainbridge_payment_v1_GetPaymentIntentResponse>;
  
  /**
   * Returns an intent's schedule.
   */
  GetPaymentSchedule: grpc.handleUnaryCall<_chainbridge_payment_v1_GetPaymentScheduleRequest__Output, _chainbridge_payment_v1_GetPaymentScheduleResponse>;
  
  /**
   * Returns an intent's audit trail in order.
   */
  GetSettlementHistory: grpc.handleUnaryCall<_chainbridge_payment_v1_GetSettlementHistoryRequest__Output, _chainbridge_payment_v1_GetSettlementHistoryResponse>;
  
  /**
   * A shipment's events as received, its intents, milestones and per-currency totals.
   */
  GetShipmentAudit: grpc.handleUnaryCall<_chainbridge_payment_v1_GetShipmentAuditRequest__Output, _chainbridge_payment_v1_GetShipmentAuditResponse>;
  
  /**
   * Lists milestone settlements, oldest first, filtered by intent, shipment or status.
   */
  ListMilestoneSettlements: grpc.handleUnaryCall<_chainbridge_payment_v1_ListMilestoneSettlementsRequest__Output, _chainbridge_payment_v1_ListMilestoneSettlementsResponse>;
  
  /**
   * Lists payment intents, newest first, filtered by status, risk tier or shipment.
   */
  ListPaymentIntents: grpc.handleUnaryCall<_chainbridge_payment_v1_ListPaymentIntentsRequest__Output, _chainbridge_payment_v1_ListPaymentIntentsResponse>;
  
  /**
   * Applies one shipment event to the intents of its shipment. Idempotent on event_id.
   * Called by the freight service only.
   */
  ProcessShipmentEvent: grpc.handleUnaryCall<_chainbridge_payment_v1_ProcessShipmentEventRequest__Output, _chainbridge_payment_v1_ProcessShipmentEventResponse>;
  
  /**
   * Resolves an open cargo claim: the carrier is liable for an amount (that much of the
   * held money returns to the shipper) or not liable; the rest of the hold is released
   * as it would have been. Operator only; idempotent on request_id.
   */
  ResolveClaim: grpc.handleUnaryCall<_chainbridge_payment_v1_ResolveClaimRequest__Output, _chainbridge_payment_v1_ResolveClaimResponse>;
  
  /**
   * Intent-level settlement of every outstanding milestone: LOW approves, MEDIUM delays,
   * HIGH is refused unless force_approval. Operator only.
   */
  SettlePaymentIntent: grpc.handleUnaryCall<_chainbridge_payment_v1_SettlePaymentIntentRequest__Output, _chainbridge_payment_v1_SettlePaymentIntentResponse>;
  
  /**
   * Streams every milestone status change, oldest first: first those after the cursor,
   * then live ones. Reconnect with the last cursor seen to miss nothing.
   */
  WatchSettlements: grpc.handleServerStreamingCall<_chainbridge_payment_v1_WatchSettlementsRequest__Output, _chainbridge_payment_v1_WatchSettlementsResponse>;
  
}

export interface PaymentServiceDefinition extends grpc.ServiceDefinition {
  ApproveMilestoneSettlement: MethodDefinition<_chainbridge_payment_v1_ApproveMilestoneSettlementRequest, _chainbridge_payment_v1_ApproveMilestoneSettlementResponse, _chainbridge_payment_v1_ApproveMilestoneSettlementRequest__Output, _chainbridge_payment_v1_ApproveMilestoneSettlementResponse__Output>
  AssessRisk: MethodDefinition<_chainbridge_payment_v1_AssessRiskRequest, _chainbridge_payment_v1_AssessRiskResponse, _chainbridge_payment_v1_AssessRiskRequest__Output, _chainbridge_payment_v1_AssessRiskResponse__Output>
  BatchProcessShipmentEvents: MethodDefinition<_chainbridge_payment_v1_BatchProcessShipmentEventsRequest, _chainbridge_payment_v1_BatchProcessShipmentEventsResponse, _chainbridge_payment_v1_BatchProcessShipmentEventsRequest__Output, _chainbridge_payment_v1_BatchProcessShipmentEventsResponse__Output>
  BuildPaymentSchedule: MethodDefinition<_chainbridge_payment_v1_BuildPaymentScheduleRequest, _chainbridge_payment_v1_BuildPaymentScheduleResponse, _chainbridge_payment_v1_BuildPaymentScheduleRequest__Output, _chainbridge_payment_v1_BuildPaymentScheduleResponse__Output>
  CancelPaymentIntent: MethodDefinition<_chainbridge_payment_v1_CancelPaymentIntentRequest, _chainbridge_payment_v1_CancelPaymentIntentResponse, _chainbridge_payment_v1_CancelPaymentIntentRequest__Output, _chainbridge_payment_v1_CancelPaymentIntentResponse__Output>
  CompleteSettlement: MethodDefinition<_chainbridge_payment_v1_CompleteSettlementRequest, _chainbridge_payment_v1_CompleteSettlementResponse, _chainbridge_payment_v1_CompleteSettlementRequest__Output, _chainbridge_payment_v1_CompleteSettlementResponse__Output>
  CreatePaymentIntent: MethodDefinition<_chainbridge_payment_v1_CreatePaymentIntentRequest, _chainbridge_payment_v1_CreatePaymentIntentResponse, _chainbridge_payment_v1_CreatePaymentIntentRequest__Output, _chainbridge_payment_v1_CreatePaymentIntentResponse__Output>
  GetIntentLedger: MethodDefinition<_chainbridge_payment_v1_GetIntentLedgerRequest, _chainbridge_payment_v1_GetIntentLedgerResponse, _chainbridge_payment_v1_GetIntentLedgerRequest__Output, _chainbridge_payment_v1_GetIntentLedgerResponse__Output>
  GetPaymentIntent: MethodDefinition<_chainbridge_payment_v1_GetPaymentIntentRequest, _chainbridge_payment_v1_GetPaymentIntentResponse, _chainbridge_payment_v1_GetPaymentIntentRequest__Output, _chainbridge_payment_v1_GetPaymentIntentResponse__Output>
  GetPaymentSchedule: MethodDefinition<_chainbridge_payment_v1_GetPaymentScheduleRequest, _chainbridge_payment_v1_GetPaymentScheduleResponse, _chainbridge_payment_v1_GetPaymentScheduleRequest__Output, _chainbridge_payment_v1_GetPaymentScheduleResponse__Output>
  GetSettlementHistory: MethodDefinition<_chainbridge_payment_v1_GetSettlementHistoryRequest, _chainbridge_payment_v1_GetSettlementHistoryResponse, _chainbridge_payment_v1_GetSettlementHistoryRequest__Output, _chainbridge_payment_v1_GetSettlementHistoryResponse__Output>
  GetShipmentAudit: MethodDefinition<_chainbridge_payment_v1_GetShipmentAuditRequest, _chainbridge_payment_v1_GetShipmentAuditResponse, _chainbridge_payment_v1_GetShipmentAuditRequest__Output, _chainbridge_payment_v1_GetShipmentAuditResponse__Output>
  ListMilestoneSettlements: MethodDefinition<_chainbridge_payment_v1_ListMilestoneSettlementsRequest, _chainbridge_payment_v1_ListMilestoneSettlementsResponse, _chainbridge_payment_v1_ListMilestoneSettlementsRequest__Output, _chainbridge_payment_v1_ListMilestoneSettlementsResponse__Output>
  ListPaymentIntents: MethodDefinition<_chainbridge_payment_v1_ListPaymentIntentsRequest, _chainbridge_payment_v1_ListPaymentIntentsResponse, _chainbridge_payment_v1_ListPaymentIntentsRequest__Output, _chainbridge_payment_v1_ListPaymentIntentsResponse__Output>
  ProcessShipmentEvent: MethodDefinition<_chainbridge_payment_v1_ProcessShipmentEventRequest, _chainbridge_payment_v1_ProcessShipmentEventResponse, _chainbridge_payment_v1_ProcessShipmentEventRequest__Output, _chainbridge_payment_v1_ProcessShipmentEventResponse__Output>
  ResolveClaim: MethodDefinition<_chainbridge_payment_v1_ResolveClaimRequest, _chainbridge_payment_v1_ResolveClaimResponse, _chainbridge_payment_v1_ResolveClaimRequest__Output, _chainbridge_payment_v1_ResolveClaimResponse__Output>
  SettlePaymentIntent: MethodDefinition<_chainbridge_payment_v1_SettlePaymentIntentRequest, _chainbridge_payment_v1_SettlePaymentIntentResponse, _chainbridge_payment_v1_SettlePaymentIntentRequest__Output, _chainbridge_payment_v1_SettlePaymentIntentResponse__Output>
  WatchSettlements: MethodDefinition<_chainbridge_payment_v1_WatchSettlementsRequest, _chainbridge_payment_v1_WatchSettlementsResponse, _chainbridge_payment_v1_WatchSettlementsRequest__Output, _chainbridge_payment_v1_WatchSettlementsResponse__Output>
}
