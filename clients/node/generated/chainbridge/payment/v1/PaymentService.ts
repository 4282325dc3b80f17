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
import type { ConfirmPayoutRequest as _chainbridge_payment_v1_ConfirmPayoutRequest, ConfirmPayoutRequest__Output as _chainbridge_payment_v1_ConfirmPayoutRequest__Output } from '../../../chainbridge/payment/v1/ConfirmPayoutRequest';
import type { ConfirmPayoutResponse as _chainbridge_payment_v1_ConfirmPayoutResponse, ConfirmPayoutResponse__Output as _chainbridge_payment_v1_ConfirmPayoutResponse__Output } from '../../../chainbridge/payment/v1/ConfirmPayoutResponse';
import type { CreatePaymentIntentRequest as _chainbridge_payment_v1_CreatePaymentIntentRequest, CreatePaymentIntentRequest__Output as _chainbridge_payment_v1_CreatePaymentIntentRequest__Output } from '../../../chainbridge/payment/v1/CreatePaymentIntentRequest';
import type { CreatePaymentIntentResponse as _chainbridge_payment_v1_CreatePaymentIntentResponse, CreatePaymentIntentResponse__Output as _chainbridge_payment_v1_CreatePaymentIntentResponse__Output } from '../../../chainbridge/payment/v1/CreatePaymentIntentResponse';
import type { CreatePayoutRunRequest as _chainbridge_payment_v1_CreatePayoutRunRequest, CreatePayoutRunRequest__Output as _chainbridge_payment_v1_CreatePayoutRunRequest__Output } from '../../../chainbridge/payment/v1/CreatePayoutRunRequest';
import type { CreatePayoutRunResponse as _chainbridge_payment_v1_CreatePayoutRunResponse, CreatePayoutRunResponse__Output as _chainbridge_payment_v1_CreatePayoutRunResponse__Output } from '../../../chainbridge/payment/v1/CreatePayoutRunResponse';
import type { CreateSubscriptionRequest as _chainbridge_payment_v1_CreateSubscriptionRequest, CreateSubscriptionRequest__Output as _chainbridge_payment_v1_CreateSubscriptionRequest__Output } from '../../../chainbridge/payment/v1/CreateSubscriptionRequest';
import type { CreateSubscriptionResponse as _chainbridge_payment_v1_CreateSubscriptionResponse, CreateSubscriptionResponse__Output as _chainbridge_payment_v1_CreateSubscriptionResponse__Output } from '../../../chainbridge/payment/v1/CreateSubscriptionResponse';
import type { DeleteSubscriptionRequest as _chainbridge_payment_v1_DeleteSubscriptionRequest, DeleteSubscriptionRequest__Output as _chainbridge_payment_v1_DeleteSubscriptionRequest__Output } from '../../../chainbridge/payment/v1/DeleteSubscriptionRequest';
import type { DeleteSubscriptionResponse as _chainbridge_payment_v1_DeleteSubscriptionResponse, DeleteSubscriptionResponse__Output as _chainbridge_payment_v1_DeleteSubscriptionResponse__Output } from '../../../chainbridge/payment/v1/DeleteSubscriptionResponse';
import type { FailPayoutRequest as _chainbridge_payment_v1_FailPayoutRequest, FailPayoutRequest__Output as _chainbridge_payment_v1_FailPayoutRequest__Output } from '../../../chainbridge/payment/v1/FailPayoutRequest';
import type { FailPayoutResponse as _chainbridge_payment_v1_FailPayoutResponse, FailPayoutResponse__Output as _chainbridge_payment_v1_FailPayoutResponse__Output } from '../../../chainbridge/payment/v1/FailPayoutResponse';
import type { GetConsistencyProofRequest as _chainbridge_payment_v1_GetConsistencyProofRequest, GetConsistencyProofRequest__Output as _chainbridge_payment_v1_GetConsistencyProofRequest__Output } from '../../../chainbridge/payment/v1/GetConsistencyProofRequest';
import type { GetConsistencyProofResponse as _chainbridge_payment_v1_GetConsistencyProofResponse, GetConsistencyProofResponse__Output as _chainbridge_payment_v1_GetConsistencyProofResponse__Output } from '../../../chainbridge/payment/v1/GetConsistencyProofResponse';
import type { GetInclusionProofRequest as _chainbridge_payment_v1_GetInclusionProofRequest, GetInclusionProofRequest__Output as _chainbridge_payment_v1_GetInclusionProofRequest__Output } from '../../../chainbridge/payment/v1/GetInclusionProofRequest';
import type { GetInclusionProofResponse as _chainbridge_payment_v1_GetInclusionProofResponse, GetInclusionProofResponse__Output as _chainbridge_payment_v1_GetInclusionProofResponse__Output } from '../../../chainbridge/payment/v1/GetInclusionProofResponse';
import type { GetIntentLedgerRequest as _chainbridge_payment_v1_GetIntentLedgerRequest, GetIntentLedgerRequest__Output as _chainbridge_payment_v1_GetIntentLedgerRequest__Output } from '../../../chainbridge/payment/v1/GetIntentLedgerRequest';
import type { GetIntentLedgerResponse as _chainbridge_payment_v1_GetIntentLedgerResponse, GetIntentLedgerResponse__Output as _chainbridge_payment_v1_GetIntentLedgerResponse__Output } from '../../../chainbridge/payment/v1/GetIntentLedgerResponse';
import type { GetPayeeAccountRequest as _chainbridge_payment_v1_GetPayeeAccountRequest, GetPayeeAccountRequest__Output as _chainbridge_payment_v1_GetPayeeAccountRequest__Output } from '../../../chainbridge/payment/v1/GetPayeeAccountRequest';
import type { GetPayeeAccountResponse as _chainbridge_payment_v1_GetPayeeAccountResponse, GetPayeeAccountResponse__Output as _chainbridge_payment_v1_GetPayeeAccountResponse__Output } from '../../../chainbridge/payment/v1/GetPayeeAccountResponse';
import type { GetPaymentIntentRequest as _chainbridge_payment_v1_GetPaymentIntentRequest, GetPaymentIntentRequest__Output as _chainbridge_payment_v1_GetPaymentIntentRequest__Output } from '../../../chainbridge/payment/v1/GetPaymentIntentRequest';
import type { GetPaymentIntentResponse as _chainbridge_payment_v1_GetPaymentIntentResponse, GetPaymentIntentResponse__Output as _chainbridge_payment_v1_GetPaymentIntentResponse__Output } from '../../../chainbridge/payment/v1/GetPaymentIntentResponse';
import type { GetPaymentScheduleRequest as _chainbridge_payment_v1_GetPaymentScheduleRequest, GetPaymentScheduleRequest__Output as _chainbridge_payment_v1_GetPaymentScheduleRequest__Output } from '../../../chainbridge/payment/v1/GetPaymentScheduleRequest';
import type { GetPaymentScheduleResponse as _chainbridge_payment_v1_GetPaymentScheduleResponse, GetPaymentScheduleResponse__Output as _chainbridge_payment_v1_GetPaymentScheduleResponse__Output } from '../../../chainbridge/payment/v1/GetPaymentScheduleResponse';
import type { GetPayoutFileRequest as _chainbridge_payment_v1_GetPayoutFileRequest, GetPayoutFileRequest__Output as _chainbridge_payment_v1_GetPayoutFileRequest__Output } from '../../../chainbridge/payment/v1/GetPayoutFileRequest';
import type { GetPayoutFileResponse as _chainbridge_payment_v1_GetPayoutFileResponse, GetPayoutFileResponse__Output as _chainbridge_payment_v1_GetPayoutFileResponse__Output } from '../../../chainbridge/payment/v1/GetPayoutFileResponse';
import type { GetPayoutRequest as _chainbridge_payment_v1_GetPayoutRequest, GetPayoutRequest__Output as _chainbridge_payment_v1_GetPayoutRequest__Output } from '../../../chainbridge/payment/v1/GetPayoutRequest';
import type { GetPayoutResponse as _chainbridge_payment_v1_GetPayoutResponse, GetPayoutResponse__Output as _chainbridge_payment_v1_GetPayoutResponse__Output } from '../../../chainbridge/payment/v1/GetPayoutResponse';
import type { GetSettlementHistoryRequest as _chainbridge_payment_v1_GetSettlementHistoryRequest, GetSettlementHistoryRequest__Output as _chainbridge_payment_v1_GetSettlementHistoryRequest__Output } from '../../../chainbridge/payment/v1/GetSettlementHistoryRequest';
import type { GetSettlementHistoryResponse as _chainbridge_payment_v1_GetSettlementHistoryResponse, GetSettlementHistoryResponse__Output as _chainbridge_payment_v1_GetSettlementHistoryResponse__Output } from '../../../chainbridge/payment/v1/GetSettlementHistoryResponse';
import type { GetSettlementStatsRequest as _chainbridge_payment_v1_GetSettlementStatsRequest, GetSettlementStatsRequest__Output as _chainbridge_payment_v1_GetSettlementStatsRequest__Output } from '../../../chainbridge/payment/v1/GetSettlementStatsRequest';
import type { GetSettlementStatsResponse as _chainbridge_payment_v1_GetSettlementStatsResponse, GetSettlementStatsResponse__Output as _chainbridge_payment_v1_GetSettlementStatsResponse__Output } from '../../../chainbridge/payment/v1/GetSettlementStatsResponse';
import type { GetShipmentAuditRequest as _chainbridge_payment_v1_GetShipmentAuditRequest, GetShipmentAuditRequest__Output as _chainbridge_payment_v1_GetShipmentAuditRequest__Output } from '../../../chainbridge/payment/v1/GetShipmentAuditRequest';
import type { GetShipmentAuditResponse as _chainbridge_payment_v1_GetShipmentAuditResponse, GetShipmentAuditResponse__Output as _chainbridge_payment_v1_GetShipmentAuditResponse__Output } from '../../../chainbridge/payment/v1/GetShipmentAuditResponse';
import type { GetSignedTreeHeadRequest as _chainbridge_payment_v1_GetSignedTreeHeadRequest, GetSignedTreeHeadRequest__Output as _chainbridge_payment_v1_GetSignedTreeHeadRequest__Output } from '../../../chainbridge/payment/v1/GetSignedTreeHeadRequest';
import type { GetSignedTreeHeadResponse as _chainbridge_payment_v1_GetSignedTreeHeadResponse, GetSignedTreeHeadResponse__Output as _chainbridge_payment_v1_GetSignedTreeHeadResponse__Output } from '../../../chainbridge/payment/v1/GetSignedTreeHeadResponse';
import type { ListMilestoneSettlementsRequest as _chainbridge_payment_v1_ListMilestoneSettlementsRequest, ListMilestoneSettlementsRequest__Output as _chainbridge_payment_v1_ListMilestoneSettlementsRequest__Output } from '../../../chainbridge/payment/v1/ListMilestoneSettlementsRequest';
import type { ListMilestoneSettlementsResponse as _chainbridge_payment_v1_ListMilestoneSettlementsResponse, ListMilestoneSettlementsResponse__Output as _chainbridge_payment_v1_ListMilestoneSettlementsResponse__Output } from '../../../chainbridge/payment/v1/ListMilestoneSettlementsResponse';
import type { ListNotificationDeliveriesRequest as _chainbridge_payment_v1_ListNotificationDeliveriesRequest, ListNotificationDeliveriesRequest__Output as _chainbridge_payment_v1_ListNotificationDeliveriesRequest__Output } from '../../../chainbridge/payment/v1/ListNotificationDeliveriesRequest';
import type { ListNotificationDeliveriesResponse as _chainbridge_payment_v1_ListNotificationDeliveriesResponse, ListNotificationDeliveriesResponse__Output as _chainbridge_payment_v1_ListNotificationDeliveriesResponse__Output } from '../../../chainbridge/payment/v1/ListNotificationDeliveriesResponse';
import type { ListPaymentIntentsRequest as _chainbridge_payment_v1_ListPaymentIntentsRequest, ListPaymentIntentsRequest__Output as _chainbridge_payment_v1_ListPaymentIntentsRequest__Output } from '../../../chainbridge/payment/v1/ListPaymentIntentsRequest';
import type { ListPaymentIntentsResponse as _chainbridge_payment_v1_ListPaymentIntentsResponse, ListPaymentIntentsResponse__Output as _chainbridge_payment_v1_ListPaymentIntentsResponse__Output } from '../../../chainbridge/payment/v1/ListPaymentIntentsResponse';
import type { ListPayoutsRequest as _chainbridge_payment_v1_ListPayoutsRequest, ListPayoutsRequest__Output as _chainbridge_payment_v1_ListPayoutsRequest__Output } from '../../../chainbridge/payment/v1/ListPayoutsRequest';
import type { ListPayoutsResponse as _chainbridge_payment_v1_ListPayoutsResponse, ListPayoutsResponse__Output as _chainbridge_payment_v1_ListPayoutsResponse__Output } from '../../../chainbridge/payment/v1/ListPayoutsResponse';
import type { ListRiskSignalsRequest as _chainbridge_payment_v1_ListRiskSignalsRequest, ListRiskSignalsRequest__Output as _chainbridge_payment_v1_ListRiskSignalsRequest__Output } from '../../../chainbridge/payment/v1/ListRiskSignalsRequest';
import type { ListRiskSignalsResponse as _chainbridge_payment_v1_ListRiskSignalsResponse, ListRiskSignalsResponse__Output as _chainbridge_payment_v1_ListRiskSignalsResponse__Output } from '../../../chainbridge/payment/v1/ListRiskSignalsResponse';
import type { ListSubscriptionsRequest as _chainbridge_payment_v1_ListSubscriptionsRequest, ListSubscriptionsRequest__Output as _chainbridge_payment_v1_ListSubscriptionsRequest__Output } from '../../../chainbridge/payment/v1/ListSubscriptionsRequest';
import type { ListSubscriptionsResponse as _chainbridge_payment_v1_ListSubscriptionsResponse, ListSubscriptionsResponse__Output as _chainbridge_payment_v1_ListSubscriptionsResponse__Output } from '../../../chainbridge/payment/v1/ListSubscriptionsResponse';
import type { ProcessShipmentEventRequest as _chainbridge_payment_v1_ProcessShipmentEventRequest, ProcessShipmentEventRequest__Output as _chainbridge_payment_v1_ProcessShipmentEventRequest__Output } from '../../../chainbridge/payment/v1/ProcessShipmentEventRequest';
import type { ProcessShipmentEventResponse as _chainbridge_payment_v1_ProcessShipmentEventResponse, ProcessShipmentEventResponse__Output as _chainbridge_payment_v1_ProcessShipmentEventResponse__Output } from '../../../chainbridge/payment/v1/ProcessShipmentEventResponse';
import type { RegisterPayeeAccountRequest as _chainbridge_payment_v1_RegisterPayeeAccountRequest, RegisterPayeeAccountRequest__Output as _chainbridge_payment_v1_RegisterPayeeAccountRequest__Output } from '../../../chainbridge/payment/v1/RegisterPayeeAccountRequest';
import type { RegisterPayeeAccountResponse as _chainbridge_payment_v1_RegisterPayeeAccountResponse, RegisterPayeeAccountResponse__Output as _chainbridge_payment_v1_RegisterPayeeAccountResponse__Output } from '../../../chainbridge/payment/v1/RegisterPayeeAccountResponse';
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
   * Records the bank's confirmation of a SUBMITTED payout: PAID, and its milestones SETTLED.
   * Operator only; idempotent on request_id.
   */
  ConfirmPayout(argument: _chainbridge_payment_v1_ConfirmPayoutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_ConfirmPayoutResponse__Output>): grpc.ClientUnaryCall;
  ConfirmPayout(argument: _chainbridge_payment_v1_ConfirmPayoutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_ConfirmPayoutResponse__Output>): grpc.ClientUnaryCall;
  ConfirmPayout(argument: _chainbridge_payment_v1_ConfirmPayoutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_ConfirmPayoutResponse__Output>): grpc.ClientUnaryCall;
  ConfirmPayout(argument: _chainbridge_payment_v1_ConfirmPayoutRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_ConfirmPayoutResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Records the bank's confirmation of a SUBMITTED payout: PAID, and its milestones SETTLED.
   * Operator only; idempotent on request_id.
   */
  confirmPayout(argument: _chainbridge_payment_v1_ConfirmPayoutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_ConfirmPayoutResponse__Output>): grpc.ClientUnaryCall;
  confirmPayout(argument: _chainbridge_payment_v1_ConfirmPayoutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_ConfirmPayoutResponse__Output>): grpc.ClientUnaryCall;
  confirmPayout(argument: _chainbridge_payment_v1_ConfirmPayoutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_ConfirmPayoutResponse__Output>): grpc.ClientUnaryCall;
  confirmPayout(argument: _chainbridge_payment_v1_ConfirmPayoutRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_ConfirmPayoutResponse__Output>): grpc.ClientUnaryCall;
  
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
   * Groups APPROVED milestones in no open payout into payouts, one per payee and currency:
   * every one released before the cut-off, optionally of one currency or payee. Payees that
   * cannot be paid are answered with the reason. Payouts of rails that move the money
   * themselves (the internal ledger) are paid at once. Operator only; idempotent on request_id.
   */
  CreatePayoutRun(argument: _chainbridge_payment_v1_CreatePayoutRunRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_CreatePayoutRunResponse__Output>): grpc.ClientUnaryCall;
  CreatePayoutRun(argument: _chainbridge_payment_v1_CreatePayoutRunRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_CreatePayoutRunResponse__Output>): grpc.ClientUnaryCall;
  CreatePayoutRun(argument: _chainbridge_payment_v1_CreatePayoutRunRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_CreatePayoutRunResponse__Output>): grpc.ClientUnaryCall;
  CreatePayoutRun(argument: _chainbridge_payment_v1_CreatePayoutRunRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_CreatePayoutRunResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Groups APPROVED milestones in no open payout into payouts, one per payee and currency:
   * every one released before the cut-off, optionally of one currency or payee. Payees that
   * cannot be paid are answered with the reason. Payouts of rails that move the money
   * themselves (the internal ledger) are paid at once. Operator only; idempotent on request_id.
   */
  createPayoutRun(argument: _chainbridge_payment_v1_CreatePayoutRunRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_CreatePayoutRunResponse__Output>): grpc.ClientUnaryCall;
  createPayoutRun(argument: _chainbridge_payment_v1_CreatePayoutRunRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_CreatePayoutRunResponse__Output>): grpc.ClientUnaryCall;
  createPayoutRun(argument: _chainbridge_payment_v1_CreatePayoutRunRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_CreatePayoutRunResponse__Output>): grpc.ClientUnaryCall;
  createPayoutRun(argument: _chainbridge_payment_v1_CreatePayoutRunRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_CreatePayoutRunResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Subscribes a payee (carrier) or a shipper to changes of their money, delivered to a
   * signed HTTPS webhook or an e-mail address. The webhook's signing secret is in the
   * response and is never shown again. Idempotent on request_id. Operator only.
   */
  CreateSubscription(argument: _chainbridge_payment_v1_CreateSubscriptionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_CreateSubscriptionResponse__Output>): grpc.ClientUnaryCall;
  CreateSubscription(argument: _chainbridge_payment_v1_CreateSubscriptionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_CreateSubscriptionResponse__Output>): grpc.ClientUnaryCall;
  CreateSubscription(argument: _chainbridge_payment_v1_CreateSubscriptionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_CreateSubscriptionResponse__Output>): grpc.ClientUnaryCall;
  CreateSubscription(argument: _chainbridge_payment_v1_CreateSubscriptionRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_CreateSubscriptionResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Subscribes a payee (carrier) or a shipper to changes of their money, delivered to a
   * signed HTTPS webhook or an e-mail address. The webhook's signing secret is in the
   * response and is never shown again. Idempotent on request_id. Operator only.
   */
  createSubscription(argument: _chainbridge_payment_v1_CreateSubscriptionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_CreateSubscriptionResponse__Output>): grpc.ClientUnaryCall;
  createSubscription(argument: _chainbridge_payment_v1_CreateSubscriptionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_CreateSubscriptionResponse__Output>): grpc.ClientUnaryCall;
  createSubscription(argument: _chainbridge_payment_v1_CreateSubscriptionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_CreateSubscriptionResponse__Output>): grpc.ClientUnaryCall;
  createSubscription(argument: _chainbridge_payment_v1_CreateSubscriptionRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_CreateSubscriptionResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Deletes a subscription: nothing new is queued for it and its pending deliveries are
   * cancelled; its delivery log stays readable. Idempotent on request_id. Operator only.
   */
  DeleteSubscription(argument: _chainbridge_payment_v1_DeleteSubscriptionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_DeleteSubscriptionResponse__Output>): grpc.ClientUnaryCall;
  DeleteSubscription(argument: _chainbridge_payment_v1_DeleteSubscriptionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_DeleteSubscriptionResponse__Output>): grpc.ClientUnaryCall;
  DeleteSubscription(argument: _chainbridge_payment_v1_DeleteSubscriptionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_DeleteSubscriptionResponse__Output>): grpc.ClientUnaryCall;
  DeleteSubscription(argument: _chainbridge_payment_v1_DeleteSubscriptionRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_DeleteSubscriptionResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Deletes a subscription: nothing new is queued for it and its pending deliveries are
   * cancelled; its delivery log stays readable. Idempotent on request_id. Operator only.
   */
  deleteSubscription(argument: _chainbridge_payment_v1_DeleteSubscriptionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_DeleteSubscriptionResponse__Output>): grpc.ClientUnaryCall;
  deleteSubscription(argument: _chainbridge_payment_v1_DeleteSubscriptionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_DeleteSubscriptionResponse__Output>): grpc.ClientUnaryCall;
  deleteSubscription(argument: _chainbridge_payment_v1_DeleteSubscriptionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_DeleteSubscriptionResponse__Output>): grpc.ClientUnaryCall;
  deleteSubscription(argument: _chainbridge_payment_v1_DeleteSubscriptionRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_DeleteSubscriptionResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Records that a payout failed (returned by the bank, or withdrawn before it was sent):
   * FAILED, its money back to payable and its milestones back in the pool for the next run.
   * Operator only; idempotent on request_id.
   */
  FailPayout(argument: _chainbridge_payment_v1_FailPayoutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_FailPayoutResponse__Output>): grpc.ClientUnaryCall;
  FailPayout(argument: _chainbridge_payment_v1_FailPayoutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_FailPayoutResponse__Output>): grpc.ClientUnaryCall;
  FailPayout(argument: _chainbridge_payment_v1_FailPayoutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_FailPayoutResponse__Output>): grpc.ClientUnaryCall;
  FailPayout(argument: _chainbridge_payment_v1_FailPayoutRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_FailPayoutResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Records that a payout failed (returned by the bank, or withdrawn before it was sent):
   * FAILED, its money back to payable and its milestones back in the pool for the next run.
   * Operator only; idempotent on request_id.
   */
  failPayout(argument: _chainbridge_payment_v1_FailPayoutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_FailPayoutResponse__Output>): grpc.ClientUnaryCall;
  failPayout(argument: _chainbridge_payment_v1_FailPayoutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_FailPayoutResponse__Output>): grpc.ClientUnaryCall;
  failPayout(argument: _chainbridge_payment_v1_FailPayoutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_FailPayoutResponse__Output>): grpc.ClientUnaryCall;
  failPayout(argument: _chainbridge_payment_v1_FailPayoutRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_FailPayoutResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Returns the RFC 9162 consistency proof that a later tree extends an earlier one, with the
   * later tree's signed head.
   */
  GetConsistencyProof(argument: _chainbridge_payment_v1_GetConsistencyProofRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetConsistencyProofResponse__Output>): grpc.ClientUnaryCall;
  GetConsistencyProof(argument: _chainbridge_payment_v1_GetConsistencyProofRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_GetConsistencyProofResponse__Output>): grpc.ClientUnaryCall;
  GetConsistencyProof(argument: _chainbridge_payment_v1_GetConsistencyProofRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetConsistencyProofResponse__Output>): grpc.ClientUnaryCall;
  GetConsistencyProof(argument: _chainbridge_payment_v1_GetConsistencyProofRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_GetConsistencyProofResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Returns the RFC 9162 consistency proof that a later tree extends an earlier one, with the
   * later tree's signed head.
   */
  getConsistencyProof(argument: _chainbridge_payment_v1_GetConsistencyProofRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetConsistencyProofResponse__Output>): grpc.ClientUnaryCall;
  getConsistencyProof(argument: _chainbridge_payment_v1_GetConsistencyProofRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_GetConsistencyProofResponse__Output>): grpc.ClientUnaryCall;
  getConsistencyProof(argument: _chainbridge_payment_v1_GetConsistencyProofRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetConsistencyProofResponse__Output>): grpc.ClientUnaryCall;
  getConsistencyProof(argument: _chainbridge_payment_v1_GetConsistencyProofRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_GetConsistencyProofResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Returns an audit row's leaf, its index, its audit path (RFC 9162 inclusion proof) and the
   * signed tree head the path leads to.
   */
  GetInclusionProof(argument: _chainbridge_payment_v1_GetInclusionProofRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetInclusionProofResponse__Output>): grpc.ClientUnaryCall;
  GetInclusionProof(argument: _chainbridge_payment_v1_GetInclusionProofRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_GetInclusionProofResponse__Output>): grpc.ClientUnaryCall;
  GetInclusionProof(argument: _chainbridge_payment_v1_GetInclusionProofRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetInclusionProofResponse__Output>): grpc.ClientUnaryCall;
  GetInclusionProof(argument: _chainbridge_payment_v1_GetInclusionProofRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_GetInclusionProofResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Returns an audit row's leaf, its index, its audit path (RFC 9162 inclusion proof) and the
   * signed tree head the path leads to.
   */
  getInclusionProof(argument: _chainbridge_payment_v1_GetInclusionProofRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetInclusionProofResponse__Output>): grpc.ClientUnaryCall;
  getInclusionProof(argument: _chainbridge_payment_v1_GetInclusionProofRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_GetInclusionProofResponse__Output>): grpc.ClientUnaryCall;
  getInclusionProof(argument: _chainbridge_payment_v1_GetInclusionProofRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetInclusionProofResponse__Output>): grpc.ClientUnaryCall;
  getInclusionProof(argument: _chainbridge_payment_v1_GetInclusionProofRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_GetInclusionProofResponse__Output>): grpc.ClientUnaryCall;
  
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
   * Returns a payee's account for one currency (number masked) and the history of its changes.
   * Operator only.
   */
  GetPayeeAccount(argument: _chainbridge_payment_v1_GetPayeeAccountRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetPayeeAccountResponse__Output>): grpc.ClientUnaryCall;
  GetPayeeAccount(argument: _chainbridge_payment_v1_GetPayeeAccountRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_GetPayeeAccountResponse__Output>): grpc.ClientUnaryCall;
  GetPayeeAccount(argument: _chainbridge_payment_v1_GetPayeeAccountRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetPayeeAccountResponse__Output>): grpc.ClientUnaryCall;
  GetPayeeAccount(argument: _chainbridge_payment_v1_GetPayeeAccountRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_GetPayeeAccountResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Returns a payee's account for one currency (number masked) and the history of its changes.
   * Operator only.
   */
  getPayeeAccount(argument: _chainbridge_payment_v1_GetPayeeAccountRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetPayeeAccountResponse__Output>): grpc.ClientUnaryCall;
  getPayeeAccount(argument: _chainbridge_payment_v1_GetPayeeAccountRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_GetPayeeAccountResponse__Output>): grpc.ClientUnaryCall;
  getPayeeAccount(argument: _chainbridge_payment_v1_GetPayeeAccountRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetPayeeAccountResponse__Output>): grpc.ClientUnaryCall;
  getPayeeAccount(argument: _chainbridge_payment_v1_GetPayeeAccountRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_GetPayeeAccountResponse__Output>): grpc.ClientUnaryCall;
  
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
   * Returns a payout with its milestone lines (the remittance) and its status history. Operator only.
   */
  GetPayout(argument: _chainbridge_payment_v1_GetPayoutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetPayoutResponse__Output>): grpc.ClientUnaryCall;
  GetPayout(argument: _chainbridge_payment_v1_GetPayoutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_GetPayoutResponse__Output>): grpc.ClientUnaryCall;
  GetPayout(argument: _chainbridge_payment_v1_GetPayoutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetPayoutResponse__Output>): grpc.ClientUnaryCall;
  GetPayout(argument: _chainbridge_payment_v1_GetPayoutRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_GetPayoutResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Returns a payout with its milestone lines (the remittance) and its status history. Operator only.
   */
  getPayout(argument: _chainbridge_payment_v1_GetPayoutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetPayoutResponse__Output>): grpc.ClientUnaryCall;
  getPayout(argument: _chainbridge_payment_v1_GetPayoutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_GetPayoutResponse__Output>): grpc.ClientUnaryCall;
  getPayout(argument: _chainbridge_payment_v1_GetPayoutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetPayoutResponse__Output>): grpc.ClientUnaryCall;
  getPayout(argument: _chainbridge_payment_v1_GetPayoutRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_GetPayoutResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Returns a payout's transfer file (EUR: a SEPA credit transfer, ISO 20022 pain.001.001.03).
   * The first call produces it and submits the payout (CREATED to SUBMITTED: its money is in
   * transit); later calls return the same stored bytes. Operator only.
   */
  GetPayoutFile(argument: _chainbridge_payment_v1_GetPayoutFileRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetPayoutFileResponse__Output>): grpc.ClientUnaryCall;
  GetPayoutFile(argument: _chainbridge_payment_v1_GetPayoutFileRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_GetPayoutFileResponse__Output>): grpc.ClientUnaryCall;
  GetPayoutFile(argument: _chainbridge_payment_v1_GetPayoutFileRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetPayoutFileResponse__Output>): grpc.ClientUnaryCall;
  GetPayoutFile(argument: _chainbridge_payment_v1_GetPayoutFileRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_GetPayoutFileResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Returns a payout's transfer file (EUR: a SEPA credit transfer, ISO 20022 pain.001.001.03).
   * The first call produces it and submits the payout (CREATED to SUBMITTED: its money is in
   * transit); later calls return the same stored bytes. Operator only.
   */
  getPayoutFile(argument: _chainbridge_payment_v1_GetPayoutFileRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetPayoutFileResponse__Output>): grpc.ClientUnaryCall;
  getPayoutFile(argument: _chainbridge_payment_v1_GetPayoutFileRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_GetPayoutFileResponse__Output>): grpc.ClientUnaryCall;
  getPayoutFile(argument: _chainbridge_payment_v1_GetPayoutFileRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetPayoutFileResponse__Output>): grpc.ClientUnaryCall;
  getPayoutFile(argument: _chainbridge_payment_v1_GetPayoutFileRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_GetPayoutFileResponse__Output>): grpc.ClientUnaryCall;
  
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
   * Milestone settlements created in a time window, grouped by risk tier, payee and
   * currency: counts and exact amounts per status, and the time from event to release and
   * from release to settlement (p50/p90/p99). Operator only.
   */
  GetSettlementStats(argument: _chainbridge_payment_v1_GetSettlementStatsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetSettlementStatsResponse__Output>): grpc.ClientUnaryCall;
  GetSettlementStats(argument: _chainbridge_payment_v1_GetSettlementStatsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_GetSettlementStatsResponse__Output>): grpc.ClientUnaryCall;
  GetSettlementStats(argument: _chainbridge_payment_v1_GetSettlementStatsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetSettlementStatsResponse__Output>): grpc.ClientUnaryCall;
  GetSettlementStats(argument: _chainbridge_payment_v1_GetSettlementStatsRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_GetSettlementStatsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Milestone settlements created in a time window, grouped by risk tier, payee and
   * currency: counts and exact amounts per status, and the time from event to release and
   * from release to settlement (p50/p90/p99). Operator only.
   */
  getSettlementStats(argument: _chainbridge_payment_v1_GetSettlementStatsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetSettlementStatsResponse__Output>): grpc.ClientUnaryCall;
  getSettlementStats(argument: _chainbridge_payment_v1_GetSettlementStatsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_GetSettlementStatsResponse__Output>): grpc.ClientUnaryCall;
  getSettlementStats(argument: _chainbridge_payment_v1_GetSettlementStatsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetSettlementStatsResponse__Output>): grpc.ClientUnaryCall;
  getSettlementStats(argument: _chainbridge_payment_v1_GetSettlementStatsRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_GetSettlementStatsResponse__Output>): grpc.ClientUnaryCall;
  
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
   * Returns the transparency log's latest signed tree head: every audit row is a leaf of an
   * RFC 9162 Merkle tree, and the head (a C2SP checkpoint) is signed with the log's Ed25519
   * key. Save it: later heads must be consistent with it (docs/transparency.md).
   */
  GetSignedTreeHead(argument: _chainbridge_payment_v1_GetSignedTreeHeadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetSignedTreeHeadResponse__Output>): grpc.ClientUnaryCall;
  GetSignedTreeHead(argument: _chainbridge_payment_v1_GetSignedTreeHeadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_GetSignedTreeHeadResponse__Output>): grpc.ClientUnaryCall;
  GetSignedTreeHead(argument: _chainbridge_payment_v1_GetSignedTreeHeadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetSignedTreeHeadResponse__Output>): grpc.ClientUnaryCall;
  GetSignedTreeHead(argument: _chainbridge_payment_v1_GetSignedTreeHeadRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_GetSignedTreeHeadResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Returns the transparency log's latest signed tree head: every audit row is a leaf of an
   * RFC 9162 Merkle tree, and the head (a C2SP checkpoint) is signed with the log's Ed25519
   * key. Save it: later heads must be consistent with it (docs/transparency.md).
   */
  getSignedTreeHead(argument: _chainbridge_payment_v1_GetSignedTreeHeadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetSignedTreeHeadResponse__Output>): grpc.ClientUnaryCall;
  getSignedTreeHead(argument: _chainbridge_payment_v1_GetSignedTreeHeadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_GetSignedTreeHeadResponse__Output>): grpc.ClientUnaryCall;
  getSignedTreeHead(argument: _chainbridge_payment_v1_GetSignedTreeHeadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_GetSignedTreeHeadResponse__Output>): grpc.ClientUnaryCall;
  getSignedTreeHead(argument: _chainbridge_payment_v1_GetSignedTreeHeadRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_GetSignedTreeHeadResponse__Output>): grpc.ClientUnaryCall;
  
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
   * The delivery log: one row per (change, subscription) with its attempts, last status,
   * last error and next attempt, newest first. Operator only.
   */
  ListNotificationDeliveries(argument: _chainbridge_payment_v1_ListNotificationDeliveriesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_ListNotificationDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  ListNotificationDeliveries(argument: _chainbridge_payment_v1_ListNotificationDeliveriesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_ListNotificationDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  ListNotificationDeliveries(argument: _chainbridge_payment_v1_ListNotificationDeliveriesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_ListNotificationDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  ListNotificationDeliveries(argument: _chainbridge_payment_v1_ListNotificationDeliveriesRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_ListNotificationDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * The delivery log: one row per (change, subscription) with its attempts, last status,
   * last error and next attempt, newest first. Operator only.
   */
  listNotificationDeliveries(argument: _chainbridge_payment_v1_ListNotificationDeliveriesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_ListNotificationDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  listNotificationDeliveries(argument: _chainbridge_payment_v1_ListNotificationDeliveriesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_ListNotificationDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  listNotificationDeliveries(argument: _chainbridge_payment_v1_ListNotificationDeliveriesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_ListNotificationDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  listNotificationDeliveries(argument: _chainbridge_payment_v1_ListNotificationDeliveriesRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_ListNotificationDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  
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
   * Lists payouts, newest first, filtered by status, payee, currency or run. Operator only.
   */
  ListPayouts(argument: _chainbridge_payment_v1_ListPayoutsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_ListPayoutsResponse__Output>): grpc.ClientUnaryCall;
  ListPayouts(argument: _chainbridge_payment_v1_ListPayoutsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_ListPayoutsResponse__Output>): grpc.ClientUnaryCall;
  ListPayouts(argument: _chainbridge_payment_v1_ListPayoutsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_ListPayoutsResponse__Output>): grpc.ClientUnaryCall;
  ListPayouts(argument: _chainbridge_payment_v1_ListPayoutsRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_ListPayoutsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists payouts, newest first, filtered by status, payee, currency or run. Operator only.
   */
  listPayouts(argument: _chainbridge_payment_v1_ListPayoutsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_ListPayoutsResponse__Output>): grpc.ClientUnaryCall;
  listPayouts(argument: _chainbridge_payment_v1_ListPayoutsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_ListPayoutsResponse__Output>): grpc.ClientUnaryCall;
  listPayouts(argument: _chainbridge_payment_v1_ListPayoutsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_ListPayoutsResponse__Output>): grpc.ClientUnaryCall;
  listPayouts(argument: _chainbridge_payment_v1_ListPayoutsRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_ListPayoutsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Documented fraud and operations patterns found in a time window, each with the rows
   * it was found in (docs/analytics.md). Operator only.
   */
  ListRiskSignals(argument: _chainbridge_payment_v1_ListRiskSignalsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_ListRiskSignalsResponse__Output>): grpc.ClientUnaryCall;
  ListRiskSignals(argument: _chainbridge_payment_v1_ListRiskSignalsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_ListRiskSignalsResponse__Output>): grpc.ClientUnaryCall;
  ListRiskSignals(argument: _chainbridge_payment_v1_ListRiskSignalsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_ListRiskSignalsResponse__Output>): grpc.ClientUnaryCall;
  ListRiskSignals(argument: _chainbridge_payment_v1_ListRiskSignalsRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_ListRiskSignalsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Documented fraud and operations patterns found in a time window, each with the rows
   * it was found in (docs/analytics.md). Operator only.
   */
  listRiskSignals(argument: _chainbridge_payment_v1_ListRiskSignalsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_ListRiskSignalsResponse__Output>): grpc.ClientUnaryCall;
  listRiskSignals(argument: _chainbridge_payment_v1_ListRiskSignalsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_ListRiskSignalsResponse__Output>): grpc.ClientUnaryCall;
  listRiskSignals(argument: _chainbridge_payment_v1_ListRiskSignalsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_ListRiskSignalsResponse__Output>): grpc.ClientUnaryCall;
  listRiskSignals(argument: _chainbridge_payment_v1_ListRiskSignalsRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_ListRiskSignalsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lists active subscriptions, oldest first, filtered by subscriber. Operator only.
   */
  ListSubscriptions(argument: _chainbridge_payment_v1_ListSubscriptionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_ListSubscriptionsResponse__Output>): grpc.ClientUnaryCall;
  ListSubscriptions(argument: _chainbridge_payment_v1_ListSubscriptionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_ListSubscriptionsResponse__Output>): grpc.ClientUnaryCall;
  ListSubscriptions(argument: _chainbridge_payment_v1_ListSubscriptionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_ListSubscriptionsResponse__Output>): grpc.ClientUnaryCall;
  ListSubscriptions(argument: _chainbridge_payment_v1_ListSubscriptionsRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_ListSubscriptionsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists active subscriptions, oldest first, filtered by subscriber. Operator only.
   */
  listSubscriptions(argument: _chainbridge_payment_v1_ListSubscriptionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_ListSubscriptionsResponse__Output>): grpc.ClientUnaryCall;
  listSubscriptions(argument: _chainbridge_payment_v1_ListSubscriptionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_ListSubscriptionsResponse__Output>): grpc.ClientUnaryCall;
  listSubscriptions(argument: _chainbridge_payment_v1_ListSubscriptionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_ListSubscriptionsResponse__Output>): grpc.ClientUnaryCall;
  listSubscriptions(argument: _chainbridge_payment_v1_ListSubscriptionsRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_ListSubscriptionsResponse__Output>): grpc.ClientUnaryCall;
  
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
   * Registers or changes a payee's bank account for one currency (an IBAN for EUR, an ABA
   * routing and account number for USD...), validated for its country and checksum. A change
   * never alters a payout already created. Operator only; idempotent on request_id.
   */
  RegisterPayeeAccount(argument: _chainbridge_payment_v1_RegisterPayeeAccountRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_RegisterPayeeAccountResponse__Output>): grpc.ClientUnaryCall;
  RegisterPayeeAccount(argument: _chainbridge_payment_v1_RegisterPayeeAccountRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_RegisterPayeeAccountResponse__Output>): grpc.ClientUnaryCall;
  RegisterPayeeAccount(argument: _chainbridge_payment_v1_RegisterPayeeAccountRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_RegisterPayeeAccountResponse__Output>): grpc.ClientUnaryCall;
  RegisterPayeeAccount(argument: _chainbridge_payment_v1_RegisterPayeeAccountRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_RegisterPayeeAccountResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Registers or changes a payee's bank account for one currency (an IBAN for EUR, an ABA
   * routing and account number for USD...), validated for its country and checksum. A change
   * never alters a payout already created. Operator only; idempotent on request_id.
   */
  registerPayeeAccount(argument: _chainbridge_payment_v1_RegisterPayeeAccountRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_RegisterPayeeAccountResponse__Output>): grpc.ClientUnaryCall;
  registerPayeeAccount(argument: _chainbridge_payment_v1_RegisterPayeeAccountRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chainbridge_payment_v1_RegisterPayeeAccountResponse__Output>): grpc.ClientUnaryCall;
  registerPayeeAccount(argument: _chainbridge_payment_v1_RegisterPayeeAccountRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chainbridge_payment_v1_RegisterPayeeAccountResponse__Output>): grpc.ClientUnaryCall;
  registerPayeeAccount(argument: _chainbridge_payment_v1_RegisterPayeeAccountRequest, callback: grpc.requestCallback<_chainbridge_payment_v1_RegisterPayeeAccountResponse__Output>): grpc.ClientUnaryCall;
  
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
   * then live ones. Reconnect with the last cursor seen to miss nothing. A payout's steps
   * on its milestones are streamed too (see AuditEntry).
   */
  WatchSettlements(argument: _chainbridge_payment_v1_WatchSettlementsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_chainbridge_payment_v1_WatchSettlementsResponse__Output>;
  WatchSettlements(argument: _chainbridge_payment_v1_WatchSettlementsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_chainbridge_payment_v1_WatchSettlementsResponse__Output>;
  /**
   * Streams every milestone status change, oldest first: first those after the cursor,
   * then live ones. Reconnect with the last cursor seen to miss nothing. A payout's steps
   * on its milestones are streamed too (see AuditEntry).
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
   * Records the bank's confirmation of a SUBMITTED payout: PAID, and its milestones SETTLED.
   * Operator only; idempotent on request_id.
   */
  ConfirmPayout: grpc.handleUnaryCall<_chainbridge_payment_v1_ConfirmPayoutRequest__Output, _chainbridge_payment_v1_ConfirmPayoutResponse>;
  
  /**
   * Creates a payment intent for a freight token; takes the token's risk score from the
   * freight service. Idempotent on request_id.
   */
  CreatePaymentIntent: grpc.handleUnaryCall<_chainbridge_payment_v1_CreatePaymentIntentRequest__Output, _chainbridge_payment_v1_CreatePaymentIntentResponse>;
  
  /**
   * Groups APPROVED milestones in no open payout into payouts, one per payee and currency:
   * every one released before the cut-off, optionally of one currency or payee. Payees that
   * cannot be paid are answered with the reason. Payouts of rails that move the money
   * themselves (the internal ledger) are paid at once. Operator only; idempotent on request_id.
   */
  CreatePayoutRun: grpc.handleUnaryCall<_chainbridge_payment_v1_CreatePayoutRunRequest__Output, _chainbridge_payment_v1_CreatePayoutRunResponse>;
  
  /**
   * Subscribes a payee (carrier) or a shipper to changes of their money, delivered to a
   * signed HTTPS webhook or an e-mail address. The webhook's signing secret is in the
   * response and is never shown again. Idempotent on request_id. Operator only.
   */
  CreateSubscription: grpc.handleUnaryCall<_chainbridge_payment_v1_CreateSubscriptionRequest__Output, _chainbridge_payment_v1_CreateSubscriptionResponse>;
  
  /**
   * Deletes a subscription: nothing new is queued for it and its pending deliveries are
   * cancelled; its delivery log stays readable. Idempotent on request_id. Operator only.
   */
  DeleteSubscription: grpc.handleUnaryCall<_chainbridge_payment_v1_DeleteSubscriptionRequest__Output, _chainbridge_payment_v1_DeleteSubscriptionResponse>;
  
  /**
   * Records that a payout failed (returned by the bank, or withdrawn before it was sent):
   * FAILED, its money back to payable and its milestones back in the pool for the next run.
   * Operator only; idempotent on request_id.
   */
  FailPayout: grpc.handleUnaryCall<_chainbridge_payment_v1_FailPayoutRequest__Output, _chainbridge_payment_v1_FailPayoutResponse>;
  
  /**
   * Returns the RFC 9162 consistency proof that a later tree extends an earlier one, with the
   * later tree's signed head.
   */
  GetConsistencyProof: grpc.handleUnaryCall<_chainbridge_payment_v1_GetConsistencyProofRequest__Output, _chainbridge_payment_v1_GetConsistencyProofResponse>;
  
  /**
   * Returns an audit row's leaf, its index, its audit path (RFC 9162 inclusion proof) and the
   * signed tree head the path leads to.
   */
  GetInclusionProof: grpc.handleUnaryCall<_chainbridge_payment_v1_GetInclusionProofRequest__Output, _chainbridge_payment_v1_GetInclusionProofResponse>;
  
  /**
   * Returns an intent's ledger: journals, entries and account balances (which net to zero).
   */
  GetIntentLedger: grpc.handleUnaryCall<_chainbridge_payment_v1_GetIntentLedgerRequest__Output, _chainbridge_payment_v1_GetIntentLedgerResponse>;
  
  /**
   * Returns a payee's account for one currency (number masked) and the history of its changes.
   * Operator only.
   */
  GetPayeeAccount: grpc.handleUnaryCall<_chainbridge_payment_v1_GetPayeeAccountRequest__Output, _chainbridge_payment_v1_GetPayeeAccountResponse>;
  
  /**
   * Returns one payment intent with its running totals.
   */
  GetPaymentIntent: grpc.handleUnaryCall<_chainbridge_payment_v1_GetPaymentIntentRequest__Output, _chainbridge_payment_v1_GetPaymentIntentResponse>;
  
  /**
   * Returns an intent's schedule.
   */
  GetPaymentSchedule: grpc.handleUnaryCall<_chainbridge_payment_v1_GetPaymentScheduleRequest__Output, _chainbridge_payment_v1_GetPaymentScheduleResponse>;
  
  /**
   * Returns a payout with its milestone lines (the remittance) and its status history. Operator only.
   */
  GetPayout: grpc.handleUnaryCall<_chainbridge_payment_v1_GetPayoutRequest__Output, _chainbridge_payment_v1_GetPayoutResponse>;
  
  /**
   * Returns a payout's transfer file (EUR: a SEPA credit transfer, ISO 20022 pain.001.001.03).
   * The first call produces it and submits the payout (CREATED to SUBMITTED: its money is in
   * transit); later calls return the same stored bytes. Operator only.
   */
  GetPayoutFile: grpc.handleUnaryCall<_chainbridge_payment_v1_GetPayoutFileRequest__Output, _chainbridge_payment_v1_GetPayoutFileResponse>;
  
  /**
   * Returns an intent's audit trail in order.
   */
  GetSettlementHistory: grpc.handleUnaryCall<_chainbridge_payment_v1_GetSettlementHistoryRequest__Output, _chainbridge_payment_v1_GetSettlementHistoryResponse>;
  
  /**
   * Milestone settlements created in a time window, grouped by risk tier, payee and
   * currency: counts and exact amounts per status, and the time from event to release and
   * from release to settlement (p50/p90/p99). Operator only.
   */
  GetSettlementStats: grpc.handleUnaryCall<_chainbridge_payment_v1_GetSettlementStatsRequest__Output, _chainbridge_payment_v1_GetSettlementStatsResponse>;
  
  /**
   * A shipment's events as received, its intents, milestones and per-currency totals.
   */
  GetShipmentAudit: grpc.handleUnaryCall<_chainbridge_payment_v1_GetShipmentAuditRequest__Output, _chainbridge_payment_v1_GetShipmentAuditResponse>;
  
  /**
   * Returns the transparency log's latest signed tree head: every audit row is a leaf of an
   * RFC 9162 Merkle tree, and the head (a C2SP checkpoint) is signed with the log's Ed25519
   * key. Save it: later heads must be consistent with it (docs/transparency.md).
   */
  GetSignedTreeHead: grpc.handleUnaryCall<_chainbridge_payment_v1_GetSignedTreeHeadRequest__Output, _chainbridge_payment_v1_GetSignedTreeHeadResponse>;
  
  /**
   * Lists milestone settlements, oldest first, filtered by intent, shipment or status.
   */
  ListMilestoneSettlements: grpc.handleUnaryCall<_chainbridge_payment_v1_ListMilestoneSettlementsRequest__Output, _chainbridge_payment_v1_ListMilestoneSettlementsResponse>;
  
  /**
   * The delivery log: one row per (change, subscription) with its attempts, last status,
   * last error and next attempt, newest first. Operator only.
   */
  ListNotificationDeliveries: grpc.handleUnaryCall<_chainbridge_payment_v1_ListNotificationDeliveriesRequest__Output, _chainbridge_payment_v1_ListNotificationDeliveriesResponse>;
  
  /**
   * Lists payment intents, newest first, filtered by status, risk tier or shipment.
   */
  ListPaymentIntents: grpc.handleUnaryCall<_chainbridge_payment_v1_ListPaymentIntentsRequest__Output, _chainbridge_payment_v1_ListPaymentIntentsResponse>;
  
  /**
   * Lists payouts, newest first, filtered by status, payee, currency or run. Operator only.
   */
  ListPayouts: grpc.handleUnaryCall<_chainbridge_payment_v1_ListPayoutsRequest__Output, _chainbridge_payment_v1_ListPayoutsResponse>;
  
  /**
   * Documented fraud and operations patterns found in a time window, each with the rows
   * it was found in (docs/analytics.md). Operator only.
   */
  ListRiskSignals: grpc.handleUnaryCall<_chainbridge_payment_v1_ListRiskSignalsRequest__Output, _chainbridge_payment_v1_ListRiskSignalsResponse>;
  
  /**
   * Lists active subscriptions, oldest first, filtered by subscriber. Operator only.
   */
  ListSubscriptions: grpc.handleUnaryCall<_chainbridge_payment_v1_ListSubscriptionsRequest__Output, _chainbridge_payment_v1_ListSubscriptionsResponse>;
  
  /**
   * Applies one shipment event to the intents of its shipment. Idempotent on event_id.
   * Called by the freight service only.
   */
  ProcessShipmentEvent: grpc.handleUnaryCall<_chainbridge_payment_v1_ProcessShipmentEventRequest__Output, _chainbridge_payment_v1_ProcessShipmentEventResponse>;
  
  /**
   * Registers or changes a payee's bank account for one currency (an IBAN for EUR, an ABA
   * routing and account number for USD...), validated for its country and checksum. A change
   * never alters a payout already created. Operator only; idempotent on request_id.
   */
  RegisterPayeeAccount: grpc.handleUnaryCall<_chainbridge_payment_v1_RegisterPayeeAccountRequest__Output, _chainbridge_payment_v1_RegisterPayeeAccountResponse>;
  
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
   * then live ones. Reconnect with the last cursor seen to miss nothing. A payout's steps
   * on its milestones are streamed too (see AuditEntry).
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
  ConfirmPayout: MethodDefinition<_chainbridge_payment_v1_ConfirmPayoutRequest, _chainbridge_payment_v1_ConfirmPayoutResponse, _chainbridge_payment_v1_ConfirmPayoutRequest__Output, _chainbridge_payment_v1_ConfirmPayoutResponse__Output>
  CreatePaymentIntent: MethodDefinition<_chainbridge_payment_v1_CreatePaymentIntentRequest, _chainbridge_payment_v1_CreatePaymentIntentResponse, _chainbridge_payment_v1_CreatePaymentIntentRequest__Output, _chainbridge_payment_v1_CreatePaymentIntentResponse__Output>
  CreatePayoutRun: MethodDefinition<_chainbridge_payment_v1_CreatePayoutRunRequest, _chainbridge_payment_v1_CreatePayoutRunResponse, _chainbridge_payment_v1_CreatePayoutRunRequest__Output, _chainbridge_payment_v1_CreatePayoutRunResponse__Output>
  CreateSubscription: MethodDefinition<_chainbridge_payment_v1_CreateSubscriptionRequest, _chainbridge_payment_v1_CreateSubscriptionResponse, _chainbridge_payment_v1_CreateSubscriptionRequest__Output, _chainbridge_payment_v1_CreateSubscriptionResponse__Output>
  DeleteSubscription: MethodDefinition<_chainbridge_payment_v1_DeleteSubscriptionRequest, _chainbridge_payment_v1_DeleteSubscriptionResponse, _chainbridge_payment_v1_DeleteSubscriptionRequest__Output, _chainbridge_payment_v1_DeleteSubscriptionResponse__Output>
  FailPayout: MethodDefinition<_chainbridge_payment_v1_FailPayoutRequest, _chainbridge_payment_v1_FailPayoutResponse, _chainbridge_payment_v1_FailPayoutRequest__Output, _chainbridge_payment_v1_FailPayoutResponse__Output>
  GetConsistencyProof: MethodDefinition<_chainbridge_payment_v1_GetConsistencyProofRequest, _chainbridge_payment_v1_GetConsistencyProofResponse, _chainbridge_payment_v1_GetConsistencyProofRequest__Output, _chainbridge_payment_v1_GetConsistencyProofResponse__Output>
  GetInclusionProof: MethodDefinition<_chainbridge_payment_v1_GetInclusionProofRequest, _chainbridge_payment_v1_GetInclusionProofResponse, _chainbridge_payment_v1_GetInclusionProofRequest__Output, _chainbridge_payment_v1_GetInclusionProofResponse__Output>
  GetIntentLedger: MethodDefinition<_chainbridge_payment_v1_GetIntentLedgerRequest, _chainbridge_payment_v1_GetIntentLedgerResponse, _chainbridge_payment_v1_GetIntentLedgerRequest__Output, _chainbridge_payment_v1_GetIntentLedgerResponse__Output>
  GetPayeeAccount: MethodDefinition<_chainbridge_payment_v1_GetPayeeAccountRequest, _chainbridge_payment_v1_GetPayeeAccountResponse, _chainbridge_payment_v1_GetPayeeAccountRequest__Output, _chainbridge_payment_v1_GetPayeeAccountResponse__Output>
  GetPaymentIntent: MethodDefinition<_chainbridge_payment_v1_GetPaymentIntentRequest, _chainbridge_payment_v1_GetPaymentIntentResponse, _chainbridge_payment_v1_GetPaymentIntentRequest__Output, _chainbridge_payment_v1_GetPaymentIntentResponse__Output>
  GetPaymentSchedule: MethodDefinition<_chainbridge_payment_v1_GetPaymentScheduleRequest, _chainbridge_payment_v1_GetPaymentScheduleResponse, _chainbridge_payment_v1_GetPaymentScheduleRequest__Output, _chainbridge_payment_v1_GetPaymentScheduleResponse__Output>
  GetPayout: MethodDefinition<_chainbridge_payment_v1_GetPayoutRequest, _chainbridge_payment_v1_GetPayoutResponse, _chainbridge_payment_v1_GetPayoutRequest__Output, _chainbridge_payment_v1_GetPayoutResponse__Output>
  GetPayoutFile: MethodDefinition<_chainbridge_payment_v1_GetPayoutFileRequest, _chainbridge_payment_v1_GetPayoutFileResponse, _chainbridge_payment_v1_GetPayoutFileRequest__Output, _chainbridge_payment_v1_GetPayoutFileResponse__Output>
  GetSettlementHistory: MethodDefinition<_chainbridge_payment_v1_GetSettlementHistoryRequest, _chainbridge_payment_v1_GetSettlementHistoryResponse, _chainbridge_payment_v1_GetSettlementHistoryRequest__Output, _chainbridge_payment_v1_GetSettlementHistoryResponse__Output>
  GetSettlementStats: MethodDefinition<_chainbridge_payment_v1_GetSettlementStatsRequest, _chainbridge_payment_v1_GetSettlementStatsResponse, _chainbridge_payment_v1_GetSettlementStatsRequest__Output, _chainbridge_payment_v1_GetSettlementStatsResponse__Output>
  GetShipmentAudit: MethodDefinition<_chainbridge_payment_v1_GetShipmentAuditRequest, _chainbridge_payment_v1_GetShipmentAuditResponse, _chainbridge_payment_v1_GetShipmentAuditRequest__Output, _chainbridge_payment_v1_GetShipmentAuditResponse__Output>
  GetSignedTreeHead: MethodDefinition<_chainbridge_payment_v1_GetSignedTreeHeadRequest, _chainbridge_payment_v1_GetSignedTreeHeadResponse, _chainbridge_payment_v1_GetSignedTreeHeadRequest__Output, _chainbridge_payment_v1_GetSignedTreeHeadResponse__Output>
  ListMilestoneSettlements: MethodDefinition<_chainbridge_payment_v1_ListMilestoneSettlementsRequest, _chainbridge_payment_v1_ListMilestoneSettlementsResponse, _chainbridge_payment_v1_ListMilestoneSettlementsRequest__Output, _chainbridge_payment_v1_ListMilestoneSettlementsResponse__Output>
  ListNotificationDeliveries: MethodDefinition<_chainbridge_payment_v1_ListNotificationDeliveriesRequest, _chainbridge_payment_v1_ListNotificationDeliveriesResponse, _chainbridge_payment_v1_ListNotificationDeliveriesRequest__Output, _chainbridge_payment_v1_ListNotificationDeliveriesResponse__Output>
  ListPaymentIntents: MethodDefinition<_chainbridge_payment_v1_ListPaymentIntentsRequest, _chainbridge_payment_v1_ListPaymentIntentsResponse, _chainbridge_payment_v1_ListPaymentIntentsRequest__Output, _chainbridge_payment_v1_ListPaymentIntentsResponse__Output>
  ListPayouts: MethodDefinition<_chainbridge_payment_v1_ListPayoutsRequest, _chainbridge_payment_v1_ListPayoutsResponse, _chainbridge_payment_v1_ListPayoutsRequest__Output, _chainbridge_payment_v1_ListPayoutsResponse__Output>
  ListRiskSignals: MethodDefinition<_chainbridge_payment_v1_ListRiskSignalsRequest, _chainbridge_payment_v1_ListRiskSignalsResponse, _chainbridge_payment_v1_ListRiskSignalsRequest__Output, _chainbridge_payment_v1_ListRiskSignalsResponse__Output>
  ListSubscriptions: MethodDefinition<_chainbridge_payment_v1_ListSubscriptionsRequest, _chainbridge_payment_v1_ListSubscriptionsResponse, _chainbridge_payment_v1_ListSubscriptionsRequest__Output, _chainbridge_payment_v1_ListSubscriptionsResponse__Output>
  ProcessShipmentEvent: MethodDefinition<_chainbridge_payment_v1_ProcessShipmentEventRequest, _chainbridge_payment_v1_ProcessShipmentEventResponse, _chainbridge_payment_v1_ProcessShipmentEventRequest__Output, _chainbridge_payment_v1_ProcessShipmentEventResponse__Output>
  RegisterPayeeAccount: MethodDefinition<_chainbridge_payment_v1_RegisterPayeeAccountRequest, _chainbridge_payment_v1_RegisterPayeeAccountResponse, _chainbridge_payment_v1_RegisterPayeeAccountRequest__Output, _chainbridge_payment_v1_RegisterPayeeAccountResponse__Output>
  ResolveClaim: MethodDefinition<_chainbridge_payment_v1_ResolveClaimRequest, _chainbridge_payment_v1_ResolveClaimResponse, _chainbridge_payment_v1_ResolveClaimRequest__Output, _chainbridge_payment_v1_ResolveClaimResponse__Output>
  SettlePaymentIntent: MethodDefinition<_chainbridge_payment_v1_SettlePaymentIntentRequest, _chainbridge_payment_v1_SettlePaymentIntentResponse, _chainbridge_payment_v1_SettlePaymentIntentRequest__Output, _chainbridge_payment_v1_SettlePaymentIntentResponse__Output>
  WatchSettlements: MethodDefinition<_chainbridge_payment_v1_WatchSettlementsRequest, _chainbridge_payment_v1_WatchSettlementsResponse, _chainbridge_payment_v1_WatchSettlementsRequest__Output, _chainbridge_payment_v1_WatchSettlementsResponse__Output>
}
