import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { ClaimDetails as _chainbridge_common_v1_ClaimDetails, ClaimDetails__Output as _chainbridge_common_v1_ClaimDetails__Output } from './chainbridge/common/v1/ClaimDetails';
import type { Money as _chainbridge_common_v1_Money, Money__Output as _chainbridge_common_v1_Money__Output } from './chainbridge/common/v1/Money';
import type { RiskFactor as _chainbridge_common_v1_RiskFactor, RiskFactor__Output as _chainbridge_common_v1_RiskFactor__Output } from './chainbridge/common/v1/RiskFactor';
import type { ApproveMilestoneSettlementRequest as _chainbridge_payment_v1_ApproveMilestoneSettlementRequest, ApproveMilestoneSettlementRequest__Output as _chainbridge_payment_v1_ApproveMilestoneSettlementRequest__Output } from './chainbridge/payment/v1/ApproveMilestoneSettlementRequest';
import type { ApproveMilestoneSettlementResponse as _chainbridge_payment_v1_ApproveMilestoneSettlementResponse, ApproveMilestoneSettlementResponse__Output as _chainbridge_payment_v1_ApproveMilestoneSettlementResponse__Output } from './chainbridge/payment/v1/ApproveMilestoneSettlementResponse';
import type { AssessRiskRequest as _chainbridge_payment_v1_AssessRiskRequest, AssessRiskRequest__Output as _chainbridge_payment_v1_AssessRiskRequest__Output } from './chainbridge/payment/v1/AssessRiskRequest';
import type { AssessRiskResponse as _chainbridge_payment_v1_AssessRiskResponse, AssessRiskResponse__Output as _chainbridge_payment_v1_AssessRiskResponse__Output } from './chainbridge/payment/v1/AssessRiskResponse';
import type { AuditEntry as _chainbridge_payment_v1_AuditEntry, AuditEntry__Output as _chainbridge_payment_v1_AuditEntry__Output } from './chainbridge/payment/v1/AuditEntry';
import type { BatchProcessShipmentEventsRequest as _chainbridge_payment_v1_BatchProcessShipmentEventsRequest, BatchProcessShipmentEventsRequest__Output as _chainbridge_payment_v1_BatchProcessShipmentEventsRequest__Output } from './chainbridge/payment/v1/BatchProcessShipmentEventsRequest';
import type { BatchProcessShipmentEventsResponse as _chainbridge_payment_v1_BatchProcessShipmentEventsResponse, BatchProcessShipmentEventsResponse__Output as _chainbridge_payment_v1_BatchProcessShipmentEventsResponse__Output } from './chainbridge/payment/v1/BatchProcessShipmentEventsResponse';
import type { BuildPaymentScheduleRequest as _chainbridge_payment_v1_BuildPaymentScheduleRequest, BuildPaymentScheduleRequest__Output as _chainbridge_payment_v1_BuildPaymentScheduleRequest__Output } from './chainbridge/payment/v1/BuildPaymentScheduleRequest';
import type { BuildPaymentScheduleResponse as _chainbridge_payment_v1_BuildPaymentScheduleResponse, BuildPaymentScheduleResponse__Output as _chainbridge_payment_v1_BuildPaymentScheduleResponse__Output } from './chainbridge/payment/v1/BuildPaymentScheduleResponse';
import type { CancelPaymentIntentRequest as _chainbridge_payment_v1_CancelPaymentIntentRequest, CancelPaymentIntentRequest__Output as _chainbridge_payment_v1_CancelPaymentIntentRequest__Output } from './chainbridge/payment/v1/CancelPaymentIntentRequest';
import type { CancelPaymentIntentResponse as _chainbridge_payment_v1_CancelPaymentIntentResponse, CancelPaymentIntentResponse__Output as _chainbridge_payment_v1_CancelPaymentIntentResponse__Output } from './chainbridge/payment/v1/CancelPaymentIntentResponse';
import type { CargoClaim as _chainbridge_payment_v1_CargoClaim, CargoClaim__Output as _chainbridge_payment_v1_CargoClaim__Output } from './chainbridge/payment/v1/CargoClaim';
import type { ClaimHold as _chainbridge_payment_v1_ClaimHold, ClaimHold__Output as _chainbridge_payment_v1_ClaimHold__Output } from './chainbridge/payment/v1/ClaimHold';
import type { CompleteSettlementRequest as _chainbridge_payment_v1_CompleteSettlementRequest, CompleteSettlementRequest__Output as _chainbridge_payment_v1_CompleteSettlementRequest__Output } from './chainbridge/payment/v1/CompleteSettlementRequest';
import type { CompleteSettlementResponse as _chainbridge_payment_v1_CompleteSettlementResponse, CompleteSettlementResponse__Output as _chainbridge_payment_v1_CompleteSettlementResponse__Output } from './chainbridge/payment/v1/CompleteSettlementResponse';
import type { ConfirmPayoutRequest as _chainbridge_payment_v1_ConfirmPayoutRequest, ConfirmPayoutRequest__Output as _chainbridge_payment_v1_ConfirmPayoutRequest__Output } from './chainbridge/payment/v1/ConfirmPayoutRequest';
import type { ConfirmPayoutResponse as _chainbridge_payment_v1_ConfirmPayoutResponse, ConfirmPayoutResponse__Output as _chainbridge_payment_v1_ConfirmPayoutResponse__Output } from './chainbridge/payment/v1/ConfirmPayoutResponse';
import type { CreatePaymentIntentRequest as _chainbridge_payment_v1_CreatePaymentIntentRequest, CreatePaymentIntentRequest__Output as _chainbridge_payment_v1_CreatePaymentIntentRequest__Output } from './chainbridge/payment/v1/CreatePaymentIntentRequest';
import type { CreatePaymentIntentResponse as _chainbridge_payment_v1_CreatePaymentIntentResponse, CreatePaymentIntentResponse__Output as _chainbridge_payment_v1_CreatePaymentIntentResponse__Output } from './chainbridge/payment/v1/CreatePaymentIntentResponse';
import type { CreatePayoutRunRequest as _chainbridge_payment_v1_CreatePayoutRunRequest, CreatePayoutRunRequest__Output as _chainbridge_payment_v1_CreatePayoutRunRequest__Output } from './chainbridge/payment/v1/CreatePayoutRunRequest';
import type { CreatePayoutRunResponse as _chainbridge_payment_v1_CreatePayoutRunResponse, CreatePayoutRunResponse__Output as _chainbridge_payment_v1_CreatePayoutRunResponse__Output } from './chainbridge/payment/v1/CreatePayoutRunResponse';
import type { CreateSubscriptionRequest as _chainbridge_payment_v1_CreateSubscriptionRequest, CreateSubscriptionRequest__Output as _chainbridge_payment_v1_CreateSubscriptionRequest__Output } from './chainbridge/payment/v1/CreateSubscriptionRequest';
import type { CreateSubscriptionResponse as _chainbridge_payment_v1_CreateSubscriptionResponse, CreateSubscriptionResponse__Output as _chainbridge_payment_v1_CreateSubscriptionResponse__Output } from './chainbridge/payment/v1/CreateSubscriptionResponse';
import type { DeleteSubscriptionRequest as _chainbridge_payment_v1_DeleteSubscriptionRequest, DeleteSubscriptionRequest__Output as _chainbridge_payment_v1_DeleteSubscriptionRequest__Output } from './chainbridge/payment/v1/DeleteSubscriptionRequest';
import type { DeleteSubscriptionResponse as _chainbridge_payment_v1_DeleteSubscriptionResponse, DeleteSubscriptionResponse__Output as _chainbridge_payment_v1_DeleteSubscriptionResponse__Output } from './chainbridge/payment/v1/DeleteSubscriptionResponse';
import type { DurationStats as _chainbridge_payment_v1_DurationStats, DurationStats__Output as _chainbridge_payment_v1_DurationStats__Output } from './chainbridge/payment/v1/DurationStats';
import type { FailPayoutRequest as _chainbridge_payment_v1_FailPayoutRequest, FailPayoutRequest__Output as _chainbridge_payment_v1_FailPayoutRequest__Output } from './chainbridge/payment/v1/FailPayoutRequest';
import type { FailPayoutResponse as _chainbridge_payment_v1_FailPayoutResponse, FailPayoutResponse__Output as _chainbridge_payment_v1_FailPayoutResponse__Output } from './chainbridge/payment/v1/FailPayoutResponse';
import type { GetConsistencyProofRequest as _chainbridge_payment_v1_GetConsistencyProofRequest, GetConsistencyProofRequest__Output as _chainbridge_payment_v1_GetConsistencyProofRequest__Output } from './chainbridge/payment/v1/GetConsistencyProofRequest';
import type { GetConsistencyProofResponse as _chainbridge_payment_v1_GetConsistencyProofResponse, GetConsistencyProofResponse__Output as _chainbridge_payment_v1_GetConsistencyProofResponse__Output } from './chainbridge/payment/v1/GetConsistencyProofResponse';
import type { GetInclusionProofRequest as _chainbridge_payment_v1_GetInclusionProofRequest, GetInclusionProofRequest__Output as _chainbridge_payment_v1_GetInclusionProofRequest__Output } from './chainbridge/payment/v1/GetInclusionProofRequest';
import type { GetInclusionProofResponse as _chainbridge_payment_v1_GetInclusionProofResponse, GetInclusionProofResponse__Output as _chainbridge_payment_v1_GetInclusionProofResponse__Output } from './chainbridge/payment/v1/GetInclusionProofResponse';
import type { GetIntentLedgerRequest as _chainbridge_payment_v1_GetIntentLedgerRequest, GetIntentLedgerRequest__Output as _chainbridge_payment_v1_GetIntentLedgerRequest__Output } from './chainbridge/payment/v1/GetIntentLedgerRequest';
import type { GetIntentLedgerResponse as _chainbridge_payment_v1_GetIntentLedgerResponse, GetIntentLedgerResponse__Output as _chainbridge_payment_v1_GetIntentLedgerResponse__Output } from './chainbridge/payment/v1/GetIntentLedgerResponse';
import type { GetPayeeAccountRequest as _chainbridge_payment_v1_GetPayeeAccountRequest, GetPayeeAccountRequest__Output as _chainbridge_payment_v1_GetPayeeAccountRequest__Output } from './chainbridge/payment/v1/GetPayeeAccountRequest';
import type { GetPayeeAccountResponse as _chainbridge_payment_v1_GetPayeeAccountResponse, GetPayeeAccountResponse__Output as _chainbridge_payment_v1_GetPayeeAccountResponse__Output } from './chainbridge/payment/v1/GetPayeeAccountResponse';
import type { GetPaymentIntentRequest as _chainbridge_payment_v1_GetPaymentIntentRequest, GetPaymentIntentRequest__Output as _chainbridge_payment_v1_GetPaymentIntentRequest__Output } from './chainbridge/payment/v1/GetPaymentIntentRequest';
import type { GetPaymentIntentResponse as _chainbridge_payment_v1_GetPaymentIntentResponse, GetPaymentIntentResponse__Output as _chainbridge_payment_v1_GetPaymentIntentResponse__Output } from './chainbridge/payment/v1/GetPaymentIntentResponse';
import type { GetPaymentScheduleRequest as _chainbridge_payment_v1_GetPaymentScheduleRequest, GetPaymentScheduleRequest__Output as _chainbridge_payment_v1_GetPaymentScheduleRequest__Output } from './chainbridge/payment/v1/GetPaymentScheduleRequest';
import type { GetPaymentScheduleResponse as _chainbridge_payment_v1_GetPaymentScheduleResponse, GetPaymentScheduleResponse__Output as _chainbridge_payment_v1_GetPaymentScheduleResponse__Output } from './chainbridge/payment/v1/GetPaymentScheduleResponse';
import type { GetPayoutFileRequest as _chainbridge_payment_v1_GetPayoutFileRequest, GetPayoutFileRequest__Output as _chainbridge_payment_v1_GetPayoutFileRequest__Output } from './chainbridge/payment/v1/GetPayoutFileRequest';
import type { GetPayoutFileResponse as _chainbridge_payment_v1_GetPayoutFileResponse, GetPayoutFileResponse__Output as _chainbridge_payment_v1_GetPayoutFileResponse__Output } from './chainbridge/payment/v1/GetPayoutFileResponse';
import type { GetPayoutRequest as _chainbridge_payment_v1_GetPayoutRequest, GetPayoutRequest__Output as _chainbridge_payment_v1_GetPayoutRequest__Output } from './chainbridge/payment/v1/GetPayoutRequest';
import type { GetPayoutResponse as _chainbridge_payment_v1_GetPayoutResponse, GetPayoutResponse__Output as _chainbridge_payment_v1_GetPayoutResponse__Output } from './chainbridge/payment/v1/GetPayoutResponse';
import type { GetSettlementHistoryRequest as _chainbridge_payment_v1_GetSettlementHistoryRequest, GetSettlementHistoryRequest__Output as _chainbridge_payment_v1_GetSettlementHistoryRequest__Output } from './chainbridge/payment/v1/GetSettlementHistoryRequest';
import type { GetSettlementHistoryResponse as _chainbridge_payment_v1_GetSettlementHistoryResponse, GetSettlementHistoryResponse__Output as _chainbridge_payment_v1_GetSettlementHistoryResponse__Output } from './chainbridge/payment/v1/GetSettlementHistoryResponse';
import type { GetSettlementStatsRequest as _chainbridge_payment_v1_GetSettlementStatsRequest, GetSettlementStatsRequest__Output as _chainbridge_payment_v1_GetSettlementStatsRequest__Output } from './chainbridge/payment/v1/GetSettlementStatsRequest';
import type { GetSettlementStatsResponse as _chainbridge_payment_v1_GetSettlementStatsResponse, GetSettlementStatsResponse__Output as _chainbridge_payment_v1_GetSettlementStatsResponse__Output } from './chainbridge/payment/v1/GetSettlementStatsResponse';
import type { GetShipmentAuditRequest as _chainbridge_payment_v1_GetShipmentAuditRequest, GetShipmentAuditRequest__Output as _chainbridge_payment_v1_GetShipmentAuditRequest__Output } from './chainbridge/payment/v1/GetShipmentAuditRequest';
import type { GetShipmentAuditResponse as _chainbridge_payment_v1_GetShipmentAuditResponse, GetShipmentAuditResponse__Output as _chainbridge_payment_v1_GetShipmentAuditResponse__Output } from './chainbridge/payment/v1/GetShipmentAuditResponse';
import type { GetSignedTreeHeadRequest as _chainbridge_payment_v1_GetSignedTreeHeadRequest, GetSignedTreeHeadRequest__Output as _chainbridge_payment_v1_GetSignedTreeHeadRequest__Output } from './chainbridge/payment/v1/GetSignedTreeHeadRequest';
import type { GetSignedTreeHeadResponse as _chainbridge_payment_v1_GetSignedTreeHeadResponse, GetSignedTreeHeadResponse__Output as _chainbridge_payment_v1_GetSignedTreeHeadResponse__Output } from './chainbridge/payment/v1/GetSignedTreeHeadResponse';
import type { LedgerBalance as _chainbridge_payment_v1_LedgerBalance, LedgerBalance__Output as _chainbridge_payment_v1_LedgerBalance__Output } from './chainbridge/payment/v1/LedgerBalance';
import type { LedgerEntry as _chainbridge_payment_v1_LedgerEntry, LedgerEntry__Output as _chainbridge_payment_v1_LedgerEntry__Output } from './chainbridge/payment/v1/LedgerEntry';
import type { LedgerJournal as _chainbridge_payment_v1_LedgerJournal, LedgerJournal__Output as _chainbridge_payment_v1_LedgerJournal__Output } from './chainbridge/payment/v1/LedgerJournal';
import type { ListMilestoneSettlementsRequest as _chainbridge_payment_v1_ListMilestoneSettlementsRequest, ListMilestoneSettlementsRequest__Output as _chainbridge_payment_v1_ListMilestoneSettlementsRequest__Output } from './chainbridge/payment/v1/ListMilestoneSettlementsRequest';
import type { ListMilestoneSettlementsResponse as _chainbridge_payment_v1_ListMilestoneSettlementsResponse, ListMilestoneSettlementsResponse__Output as _chainbridge_payment_v1_ListMilestoneSettlementsResponse__Output } from './chainbridge/payment/v1/ListMilestoneSettlementsResponse';
import type { ListNotificationDeliveriesRequest as _chainbridge_payment_v1_ListNotificationDeliveriesRequest, ListNotificationDeliveriesRequest__Output as _chainbridge_payment_v1_ListNotificationDeliveriesRequest__Output } from './chainbridge/payment/v1/ListNotificationDeliveriesRequest';
import type { ListNotificationDeliveriesResponse as _chainbridge_payment_v1_ListNotificationDeliveriesResponse, ListNotificationDeliveriesResponse__Output as _chainbridge_payment_v1_ListNotificationDeliveriesResponse__Output } from './chainbridge/payment/v1/ListNotificationDeliveriesResponse';
import type { ListPaymentIntentsRequest as _chainbridge_payment_v1_ListPaymentIntentsRequest, ListPaymentIntentsRequest__Output as _chainbridge_payment_v1_ListPaymentIntentsRequest__Output } from './chainbridge/payment/v1/ListPaymentIntentsRequest';
import type { ListPaymentIntentsResponse as _chainbridge_payment_v1_ListPaymentIntentsResponse, ListPaymentIntentsResponse__Output as _chainbridge_payment_v1_ListPaymentIntentsResponse__Output } from './chainbridge/payment/v1/ListPaymentIntentsResponse';
import type { ListPayoutsRequest as _chainbridge_payment_v1_ListPayoutsRequest, ListPayoutsRequest__Output as _chainbridge_payment_v1_ListPayoutsRequest__Output } from './chainbridge/payment/v1/ListPayoutsRequest';
import type { ListPayoutsResponse as _chainbridge_payment_v1_ListPayoutsResponse, ListPayoutsResponse__Output as _chainbridge_payment_v1_ListPayoutsResponse__Output } from './chainbridge/payment/v1/ListPayoutsResponse';
import type { ListRiskSignalsRequest as _chainbridge_payment_v1_ListRiskSignalsRequest, ListRiskSignalsRequest__Output as _chainbridge_payment_v1_ListRiskSignalsRequest__Output } from './chainbridge/payment/v1/ListRiskSignalsRequest';
import type { ListRiskSignalsResponse as _chainbridge_payment_v1_ListRiskSignalsResponse, ListRiskSignalsResponse__Output as _chainbridge_payment_v1_ListRiskSignalsResponse__Output } from './chainbridge/payment/v1/ListRiskSignalsResponse';
import type { ListSubscriptionsRequest as _chainbridge_payment_v1_ListSubscriptionsRequest, ListSubscriptionsRequest__Output as _chainbridge_payment_v1_ListSubscriptionsRequest__Output } from './chainbridge/payment/v1/ListSubscriptionsRequest';
import type { ListSubscriptionsResponse as _chainbridge_payment_v1_ListSubscriptionsResponse, ListSubscriptionsResponse__Output as _chainbridge_payment_v1_ListSubscriptionsResponse__Output } from './chainbridge/payment/v1/ListSubscriptionsResponse';
import type { MilestonePolicy as _chainbridge_payment_v1_MilestonePolicy, MilestonePolicy__Output as _chainbridge_payment_v1_MilestonePolicy__Output } from './chainbridge/payment/v1/MilestonePolicy';
import type { MilestoneSettlement as _chainbridge_payment_v1_MilestoneSettlement, MilestoneSettlement__Output as _chainbridge_payment_v1_MilestoneSettlement__Output } from './chainbridge/payment/v1/MilestoneSettlement';
import type { MilestoneShare as _chainbridge_payment_v1_MilestoneShare, MilestoneShare__Output as _chainbridge_payment_v1_MilestoneShare__Output } from './chainbridge/payment/v1/MilestoneShare';
import type { NotificationDelivery as _chainbridge_payment_v1_NotificationDelivery, NotificationDelivery__Output as _chainbridge_payment_v1_NotificationDelivery__Output } from './chainbridge/payment/v1/NotificationDelivery';
import type { PayeeAccount as _chainbridge_payment_v1_PayeeAccount, PayeeAccount__Output as _chainbridge_payment_v1_PayeeAccount__Output } from './chainbridge/payment/v1/PayeeAccount';
import type { PayeeAccountChange as _chainbridge_payment_v1_PayeeAccountChange, PayeeAccountChange__Output as _chainbridge_payment_v1_PayeeAccountChange__Output } from './chainbridge/payment/v1/PayeeAccountChange';
import type { PayeeBankAccount as _chainbridge_payment_v1_PayeeBankAccount, PayeeBankAccount__Output as _chainbridge_payment_v1_PayeeBankAccount__Output } from './chainbridge/payment/v1/PayeeBankAccount';
import type { PaymentIntent as _chainbridge_payment_v1_PaymentIntent, PaymentIntent__Output as _chainbridge_payment_v1_PaymentIntent__Output } from './chainbridge/payment/v1/PaymentIntent';
import type { PaymentSchedule as _chainbridge_payment_v1_PaymentSchedule, PaymentSchedule__Output as _chainbridge_payment_v1_PaymentSchedule__Output } from './chainbridge/payment/v1/PaymentSchedule';
import type { PaymentServiceClient as _chainbridge_payment_v1_PaymentServiceClient, PaymentServiceDefinition as _chainbridge_payment_v1_PaymentServiceDefinition } from './chainbridge/payment/v1/PaymentService';
import type { PaymentTotals as _chainbridge_payment_v1_PaymentTotals, PaymentTotals__Output as _chainbridge_payment_v1_PaymentTotals__Output } from './chainbridge/payment/v1/PaymentTotals';
import type { Payout as _chainbridge_payment_v1_Payout, Payout__Output as _chainbridge_payment_v1_Payout__Output } from './chainbridge/payment/v1/Payout';
import type { PayoutCreditor as _chainbridge_payment_v1_PayoutCreditor, PayoutCreditor__Output as _chainbridge_payment_v1_PayoutCreditor__Output } from './chainbridge/payment/v1/PayoutCreditor';
import type { PayoutEvent as _chainbridge_payment_v1_PayoutEvent, PayoutEvent__Output as _chainbridge_payment_v1_PayoutEvent__Output } from './chainbridge/payment/v1/PayoutEvent';
import type { PayoutLine as _chainbridge_payment_v1_PayoutLine, PayoutLine__Output as _chainbridge_payment_v1_PayoutLine__Output } from './chainbridge/payment/v1/PayoutLine';
import type { PayoutRun as _chainbridge_payment_v1_PayoutRun, PayoutRun__Output as _chainbridge_payment_v1_PayoutRun__Output } from './chainbridge/payment/v1/PayoutRun';
import type { ProcessShipmentEventRequest as _chainbridge_payment_v1_ProcessShipmentEventRequest, ProcessShipmentEventRequest__Output as _chainbridge_payment_v1_ProcessShipmentEventRequest__Output } from './chainbridge/payment/v1/ProcessShipmentEventRequest';
import type { ProcessShipmentEventResponse as _chainbridge_payment_v1_ProcessShipmentEventResponse, ProcessShipmentEventResponse__Output as _chainbridge_payment_v1_ProcessShipmentEventResponse__Output } from './chainbridge/payment/v1/ProcessShipmentEventResponse';
import type { ReceivedEvent as _chainbridge_payment_v1_ReceivedEvent, ReceivedEvent__Output as _chainbridge_payment_v1_ReceivedEvent__Output } from './chainbridge/payment/v1/ReceivedEvent';
import type { RegisterPayeeAccountRequest as _chainbridge_payment_v1_RegisterPayeeAccountRequest, RegisterPayeeAccountRequest__Output as _chainbridge_payment_v1_RegisterPayeeAccountRequest__Output } from './chainbridge/payment/v1/RegisterPayeeAccountRequest';
import type { RegisterPayeeAccountResponse as _chainbridge_payment_v1_RegisterPayeeAccountResponse, RegisterPayeeAccountResponse__Output as _chainbridge_payment_v1_RegisterPayeeAccountResponse__Output } from './chainbridge/payment/v1/RegisterPayeeAccountResponse';
import type { ResolveClaimRequest as _chainbridge_payment_v1_ResolveClaimRequest, ResolveClaimRequest__Output as _chainbridge_payment_v1_ResolveClaimRequest__Output } from './chainbridge/payment/v1/ResolveClaimRequest';
import type { ResolveClaimResponse as _chainbridge_payment_v1_ResolveClaimResponse, ResolveClaimResponse__Output as _chainbridge_payment_v1_ResolveClaimResponse__Output } from './chainbridge/payment/v1/ResolveClaimResponse';
import type { RiskEvidence as _chainbridge_payment_v1_RiskEvidence, RiskEvidence__Output as _chainbridge_payment_v1_RiskEvidence__Output } from './chainbridge/payment/v1/RiskEvidence';
import type { RiskSignal as _chainbridge_payment_v1_RiskSignal, RiskSignal__Output as _chainbridge_payment_v1_RiskSignal__Output } from './chainbridge/payment/v1/RiskSignal';
import type { ScheduleItem as _chainbridge_payment_v1_ScheduleItem, ScheduleItem__Output as _chainbridge_payment_v1_ScheduleItem__Output } from './chainbridge/payment/v1/ScheduleItem';
import type { SettlePaymentIntentRequest as _chainbridge_payment_v1_SettlePaymentIntentRequest, SettlePaymentIntentRequest__Output as _chainbridge_payment_v1_SettlePaymentIntentRequest__Output } from './chainbridge/payment/v1/SettlePaymentIntentRequest';
import type { SettlePaymentIntentResponse as _chainbridge_payment_v1_SettlePaymentIntentResponse, SettlePaymentIntentResponse__Output as _chainbridge_payment_v1_SettlePaymentIntentResponse__Output } from './chainbridge/payment/v1/SettlePaymentIntentResponse';
import type { SettlementChange as _chainbridge_payment_v1_SettlementChange, SettlementChange__Output as _chainbridge_payment_v1_SettlementChange__Output } from './chainbridge/payment/v1/SettlementChange';
import type { SettlementStatsGroup as _chainbridge_payment_v1_SettlementStatsGroup, SettlementStatsGroup__Output as _chainbridge_payment_v1_SettlementStatsGroup__Output } from './chainbridge/payment/v1/SettlementStatsGroup';
import type { SignedTreeHead as _chainbridge_payment_v1_SignedTreeHead, SignedTreeHead__Output as _chainbridge_payment_v1_SignedTreeHead__Output } from './chainbridge/payment/v1/SignedTreeHead';
import type { SkippedPayee as _chainbridge_payment_v1_SkippedPayee, SkippedPayee__Output as _chainbridge_payment_v1_SkippedPayee__Output } from './chainbridge/payment/v1/SkippedPayee';
import type { StatusTotal as _chainbridge_payment_v1_StatusTotal, StatusTotal__Output as _chainbridge_payment_v1_StatusTotal__Output } from './chainbridge/payment/v1/StatusTotal';
import type { Subscription as _chainbridge_payment_v1_Subscription, Subscription__Output as _chainbridge_payment_v1_Subscription__Output } from './chainbridge/payment/v1/Subscription';
import type { WatchSettlementsRequest as _chainbridge_payment_v1_WatchSettlementsRequest, WatchSettlementsRequest__Output as _chainbridge_payment_v1_WatchSettlementsRequest__Output } from './chainbridge/payment/v1/WatchSettlementsRequest';
import type { WatchSettlementsResponse as _chainbridge_payment_v1_WatchSettlementsResponse, WatchSettlementsResponse__Output as _chainbridge_payment_v1_WatchSettlementsResponse__Output } from './chainbridge/payment/v1/WatchSettlementsResponse';
import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from './google/protobuf/Duration';
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
    payment: {
      v1: {
        ApproveMilestoneSettlementRequest: MessageTypeDefinition<_chainbridge_payment_v1_ApproveMilestoneSettlementRequest, _chainbridge_payment_v1_ApproveMilestoneSettlementRequest__Output>
        ApproveMilestoneSettlementResponse: MessageTypeDefinition<_chainbridge_payment_v1_ApproveMilestoneSettlementResponse, _chainbridge_payment_v1_ApproveMilestoneSettlementResponse__Output>
        AssessRiskRequest: MessageTypeDefinition<_chainbridge_payment_v1_AssessRiskRequest, _chainbridge_payment_v1_AssessRiskRequest__Output>
        AssessRiskResponse: MessageTypeDefinition<_chainbridge_payment_v1_AssessRiskResponse, _chainbridge_payment_v1_AssessRiskResponse__Output>
        AuditEntry: MessageTypeDefinition<_chainbridge_payment_v1_AuditEntry, _chainbridge_payment_v1_AuditEntry__Output>
        BatchProcessShipmentEventsRequest: MessageTypeDefinition<_chainbridge_payment_v1_BatchProcessShipmentEventsRequest, _chainbridge_payment_v1_BatchProcessShipmentEventsRequest__Output>
        BatchProcessShipmentEventsResponse: MessageTypeDefinition<_chainbridge_payment_v1_BatchProcessShipmentEventsResponse, _chainbridge_payment_v1_BatchProcessShipmentEventsResponse__Output>
        BuildPaymentScheduleRequest: MessageTypeDefinition<_chainbridge_payment_v1_BuildPaymentScheduleRequest, _chainbridge_payment_v1_BuildPaymentScheduleRequest__Output>
        BuildPaymentScheduleResponse: MessageTypeDefinition<_chainbridge_payment_v1_BuildPaymentScheduleResponse, _chainbridge_payment_v1_BuildPaymentScheduleResponse__Output>
        CancelPaymentIntentRequest: MessageTypeDefinition<_chainbridge_payment_v1_CancelPaymentIntentRequest, _chainbridge_payment_v1_CancelPaymentIntentRequest__Output>
        CancelPaymentIntentResponse: MessageTypeDefinition<_chainbridge_payment_v1_CancelPaymentIntentResponse, _chainbridge_payment_v1_CancelPaymentIntentResponse__Output>
        CargoClaim: MessageTypeDefinition<_chainbridge_payment_v1_CargoClaim, _chainbridge_payment_v1_CargoClaim__Output>
        ClaimDecision: EnumTypeDefinition
        ClaimHold: MessageTypeDefinition<_chainbridge_payment_v1_ClaimHold, _chainbridge_payment_v1_ClaimHold__Output>
        ClaimStatus: EnumTypeDefinition
        CompleteSettlementRequest: MessageTypeDefinition<_chainbridge_payment_v1_CompleteSettlementRequest, _chainbridge_payment_v1_CompleteSettlementRequest__Output>
        CompleteSettlementResponse: MessageTypeDefinition<_chainbridge_payment_v1_CompleteSettlementResponse, _chainbridge_payment_v1_CompleteSettlementResponse__Output>
        ConfirmPayoutRequest: MessageTypeDefinition<_chainbridge_payment_v1_ConfirmPayoutRequest, _chainbridge_payment_v1_ConfirmPayoutRequest__Output>
        ConfirmPayoutResponse: MessageTypeDefinition<_chainbridge_payment_v1_ConfirmPayoutResponse, _chainbridge_payment_v1_ConfirmPayoutResponse__Output>
        CreatePaymentIntentRequest: MessageTypeDefinition<_chainbridge_payment_v1_CreatePaymentIntentRequest, _chainbridge_payment_v1_CreatePaymentIntentRequest__Output>
        CreatePaymentIntentResponse: MessageTypeDefinition<_chainbridge_payment_v1_CreatePaymentIntentResponse, _chainbridge_payment_v1_CreatePaymentIntentResponse__Output>
        CreatePayoutRunRequest: MessageTypeDefinition<_chainbridge_payment_v1_CreatePayoutRunRequest, _chainbridge_payment_v1_CreatePayoutRunRequest__Output>
        CreatePayoutRunResponse: MessageTypeDefinition<_chainbridge_payment_v1_CreatePayoutRunResponse, _chainbridge_payment_v1_CreatePayoutRunResponse__Output>
        CreateSubscriptionRequest: MessageTypeDefinition<_chainbridge_payment_v1_CreateSubscriptionRequest, _chainbridge_payment_v1_CreateSubscriptionRequest__Output>
        CreateSubscriptionResponse: MessageTypeDefinition<_chainbridge_payment_v1_CreateSubscriptionResponse, _chainbridge_payment_v1_CreateSubscriptionResponse__Output>
        DeleteSubscriptionRequest: MessageTypeDefinition<_chainbridge_payment_v1_DeleteSubscriptionRequest, _chainbridge_payment_v1_DeleteSubscriptionRequest__Output>
        DeleteSubscriptionResponse: MessageTypeDefinition<_chainbridge_payment_v1_DeleteSubscriptionResponse, _chainbridge_payment_v1_DeleteSubscriptionResponse__Output>
        DurationStats: MessageTypeDefinition<_chainbridge_payment_v1_DurationStats, _chainbridge_payment_v1_DurationStats__Output>
        FailPayoutRequest: MessageTypeDefinition<_chainbridge_payment_v1_FailPayoutRequest, _chainbridge_payment_v1_FailPayoutRequest__Output>
        FailPayoutResponse: MessageTypeDefinition<_chainbridge_payment_v1_FailPayoutResponse, _chainbridge_payment_v1_FailPayoutResponse__Output>
        GetConsistencyProofRequest: MessageTypeDefinition<_chainbridge_payment_v1_GetConsistencyProofRequest, _chainbridge_payment_v1_GetConsistencyProofRequest__Output>
        GetConsistencyProofResponse: MessageTypeDefinition<_chainbridge_payment_v1_GetConsistencyProofResponse, _chainbridge_payment_v1_GetConsistencyProofResponse__Output>
        GetInclusionProofRequest: MessageTypeDefinition<_chainbridge_payment_v1_GetInclusionProofRequest, _chainbridge_payment_v1_GetInclusionProofRequest__Output>
        GetInclusionProofResponse: MessageTypeDefinition<_chainbridge_payment_v1_GetInclusionProofResponse, _chainbridge_payment_v1_GetInclusionProofResponse__Output>
        GetIntentLedgerRequest: MessageTypeDefinition<_chainbridge_payment_v1_GetIntentLedgerRequest, _chainbridge_payment_v1_GetIntentLedgerRequest__Output>
        GetIntentLedgerResponse: MessageTypeDefinition<_chainbridge_payment_v1_GetIntentLedgerResponse, _chainbridge_payment_v1_GetIntentLedgerResponse__Output>
        GetPayeeAccountRequest: MessageTypeDefinition<_chainbridge_payment_v1_GetPayeeAccountRequest, _chainbridge_payment_v1_GetPayeeAccountRequest__Output>
        GetPayeeAccountResponse: MessageTypeDefinition<_chainbridge_payment_v1_GetPayeeAccountResponse, _chainbridge_payment_v1_GetPayeeAccountResponse__Output>
        GetPaymentIntentRequest: MessageTypeDefinition<_chainbridge_payment_v1_GetPaymentIntentRequest, _chainbridge_payment_v1_GetPaymentIntentRequest__Output>
        GetPaymentIntentResponse: MessageTypeDefinition<_chainbridge_payment_v1_GetPaymentIntentResponse, _chainbridge_payment_v1_GetPaymentIntentResponse__Output>
        GetPaymentScheduleRequest: MessageTypeDefinition<_chainbridge_payment_v1_GetPaymentScheduleRequest, _chainbridge_payment_v1_GetPaymentScheduleRequest__Output>
        GetPaymentScheduleResponse: MessageTypeDefinition<_chainbridge_payment_v1_GetPaymentScheduleResponse, _chainbridge_payment_v1_GetPaymentScheduleResponse__Output>
        GetPayoutFileRequest: MessageTypeDefinition<_chainbridge_payment_v1_GetPayoutFileRequest, _chainbridge_payment_v1_GetPayoutFileRequest__Output>
        GetPayoutFileResponse: MessageTypeDefinition<_chainbridge_payment_v1_GetPayoutFileResponse, _chainbridge_payment_v1_GetPayoutFileResponse__Output>
        GetPayoutRequest: MessageTypeDefinition<_chainbridge_payment_v1_GetPayoutRequest, _chainbridge_payment_v1_GetPayoutRequest__Output>
        GetPayoutResponse: MessageTypeDefinition<_chainbridge_payment_v1_GetPayoutResponse, _chainbridge_payment_v1_GetPayoutResponse__Output>
        GetSettlementHistoryRequest: MessageTypeDefinition<_chainbridge_payment_v1_GetSettlementHistoryRequest, _chainbridge_payment_v1_GetSettlementHistoryRequest__Output>
        GetSettlementHistoryResponse: MessageTypeDefinition<_chainbridge_payment_v1_GetSettlementHistoryResponse, _chainbridge_payment_v1_GetSettlementHistoryResponse__Output>
        GetSettlementStatsRequest: MessageTypeDefinition<_chainbridge_payment_v1_GetSettlementStatsRequest, _chainbridge_payment_v1_GetSettlementStatsRequest__Output>
        GetSettlementStatsResponse: MessageTypeDefinition<_chainbridge_payment_v1_GetSettlementStatsResponse, _chainbridge_payment_v1_GetSettlementStatsResponse__Output>
        GetShipmentAuditRequest: MessageTypeDefinition<_chainbridge_payment_v1_GetShipmentAuditRequest, _chainbridge_payment_v1_GetShipmentAuditRequest__Output>
        GetShipmentAuditResponse: MessageTypeDefinition<_chainbridge_payment_v1_GetShipmentAuditResponse, _chainbridge_payment_v1_GetShipmentAuditResponse__Output>
        GetSignedTreeHeadRequest: MessageTypeDefinition<_chainbridge_payment_v1_GetSignedTreeHeadRequest, _chainbridge_payment_v1_GetSignedTreeHeadRequest__Output>
        GetSignedTreeHeadResponse: MessageTypeDefinition<_chainbridge_payment_v1_GetSignedTreeHeadResponse, _chainbridge_payment_v1_GetSignedTreeHeadResponse__Output>
        LedgerAccount: EnumTypeDefinition
        LedgerBalance: MessageTypeDefinition<_chainbridge_payment_v1_LedgerBalance, _chainbridge_payment_v1_LedgerBalance__Output>
        LedgerEntry: MessageTypeDefinition<_chainbridge_payment_v1_LedgerEntry, _chainbridge_payment_v1_LedgerEntry__Output>
        LedgerJournal: MessageTypeDefinition<_chainbridge_payment_v1_LedgerJournal, _chainbridge_payment_v1_LedgerJournal__Output>
        ListMilestoneSettlementsRequest: MessageTypeDefinition<_chainbridge_payment_v1_ListMilestoneSettlementsRequest, _chainbridge_payment_v1_ListMilestoneSettlementsRequest__Output>
        ListMilestoneSettlementsResponse: MessageTypeDefinition<_chainbridge_payment_v1_ListMilestoneSettlementsResponse, _chainbridge_payment_v1_ListMilestoneSettlementsResponse__Output>
        ListNotificationDeliveriesRequest: MessageTypeDefinition<_chainbridge_payment_v1_ListNotificationDeliveriesRequest, _chainbridge_payment_v1_ListNotificationDeliveriesRequest__Output>
        ListNotificationDeliveriesResponse: MessageTypeDefinition<_chainbridge_payment_v1_ListNotificationDeliveriesResponse, _chainbridge_payment_v1_ListNotificationDeliveriesResponse__Output>
        ListPaymentIntentsRequest: MessageTypeDefinition<_chainbridge_payment_v1_ListPaymentIntentsRequest, _chainbridge_payment_v1_ListPaymentIntentsRequest__Output>
        ListPaymentIntentsResponse: MessageTypeDefinition<_chainbridge_payment_v1_ListPaymentIntentsResponse, _chainbridge_payment_v1_ListPaymentIntentsResponse__Output>
        ListPayoutsRequest: MessageTypeDefinition<_chainbridge_payment_v1_ListPayoutsRequest, _chainbridge_payment_v1_ListPayoutsRequest__Output>
        ListPayoutsResponse: MessageTypeDefinition<_chainbridge_payment_v1_ListPayoutsResponse, _chainbridge_payment_v1_ListPayoutsResponse__Output>
        ListRiskSignalsRequest: MessageTypeDefinition<_chainbridge_payment_v1_ListRiskSignalsRequest, _chainbridge_payment_v1_ListRiskSignalsRequest__Output>
        ListRiskSignalsResponse: MessageTypeDefinition<_chainbridge_payment_v1_ListRiskSignalsResponse, _chainbridge_payment_v1_ListRiskSignalsResponse__Output>
        ListSubscriptionsRequest: MessageTypeDefinition<_chainbridge_payment_v1_ListSubscriptionsRequest, _chainbridge_payment_v1_ListSubscriptionsRequest__Output>
        ListSubscriptionsResponse: MessageTypeDefinition<_chainbridge_payment_v1_ListSubscriptionsResponse, _chainbridge_payment_v1_ListSubscriptionsResponse__Output>
        MilestonePolicy: MessageTypeDefinition<_chainbridge_payment_v1_MilestonePolicy, _chainbridge_payment_v1_MilestonePolicy__Output>
        MilestoneSettlement: MessageTypeDefinition<_chainbridge_payment_v1_MilestoneSettlement, _chainbridge_payment_v1_MilestoneSettlement__Output>
        MilestoneShare: MessageTypeDefinition<_chainbridge_payment_v1_MilestoneShare, _chainbridge_payment_v1_MilestoneShare__Output>
        MilestoneStatus: EnumTypeDefinition
        NotificationDelivery: MessageTypeDefinition<_chainbridge_payment_v1_NotificationDelivery, _chainbridge_payment_v1_NotificationDelivery__Output>
        NotificationDeliveryState: EnumTypeDefinition
        NotificationEventType: EnumTypeDefinition
        PayeeAccount: MessageTypeDefinition<_chainbridge_payment_v1_PayeeAccount, _chainbridge_payment_v1_PayeeAccount__Output>
        PayeeAccountChange: MessageTypeDefinition<_chainbridge_payment_v1_PayeeAccountChange, _chainbridge_payment_v1_PayeeAccountChange__Output>
        PayeeAccountScheme: EnumTypeDefinition
        PayeeBankAccount: MessageTypeDefinition<_chainbridge_payment_v1_PayeeBankAccount, _chainbridge_payment_v1_PayeeBankAccount__Output>
        PaymentIntent: MessageTypeDefinition<_chainbridge_payment_v1_PaymentIntent, _chainbridge_payment_v1_PaymentIntent__Output>
        PaymentIntentStatus: EnumTypeDefinition
        PaymentSchedule: MessageTypeDefinition<_chainbridge_payment_v1_PaymentSchedule, _chainbridge_payment_v1_PaymentSchedule__Output>
        /**
         * PaymentService pays carriers in milestones: payment intents tied to freight tokens,
         * risk-tier schedules, milestone settlements released by shipment events, the operator
         * settlement workflow, a double-entry ledger and an append-only audit trail.
         */
        PaymentService: SubtypeConstructor<typeof grpc.Client, _chainbridge_payment_v1_PaymentServiceClient> & { service: _chainbridge_payment_v1_PaymentServiceDefinition }
        PaymentTotals: MessageTypeDefinition<_chainbridge_payment_v1_PaymentTotals, _chainbridge_payment_v1_PaymentTotals__Output>
        Payout: MessageTypeDefinition<_chainbridge_payment_v1_Payout, _chainbridge_payment_v1_Payout__Output>
        PayoutCreditor: MessageTypeDefinition<_chainbridge_payment_v1_PayoutCreditor, _chainbridge_payment_v1_PayoutCreditor__Output>
        PayoutEvent: MessageTypeDefinition<_chainbridge_payment_v1_PayoutEvent, _chainbridge_payment_v1_PayoutEvent__Output>
        PayoutLine: MessageTypeDefinition<_chainbridge_payment_v1_PayoutLine, _chainbridge_payment_v1_PayoutLine__Output>
        PayoutRun: MessageTypeDefinition<_chainbridge_payment_v1_PayoutRun, _chainbridge_payment_v1_PayoutRun__Output>
        PayoutSkipReason: EnumTypeDefinition
        PayoutStatus: EnumTypeDefinition
        ProcessShipmentEventRequest: MessageTypeDefinition<_chainbridge_payment_v1_ProcessShipmentEventRequest, _chainbridge_payment_v1_ProcessShipmentEventRequest__Output>
        ProcessShipmentEventResponse: MessageTypeDefinition<_chainbridge_payment_v1_ProcessShipmentEventResponse, _chainbridge_payment_v1_ProcessShipmentEventResponse__Output>
        ReceivedEvent: MessageTypeDefinition<_chainbridge_payment_v1_ReceivedEvent, _chainbridge_payment_v1_ReceivedEvent__Output>
        RegisterPayeeAccountRequest: MessageTypeDefinition<_chainbridge_payment_v1_RegisterPayeeAccountRequest, _chainbridge_payment_v1_RegisterPayeeAccountRequest__Output>
        RegisterPayeeAccountResponse: MessageTypeDefinition<_chainbridge_payment_v1_RegisterPayeeAccountResponse, _chainbridge_payment_v1_RegisterPayeeAccountResponse__Output>
        ReleaseStrategy: EnumTypeDefinition
        ResolveClaimRequest: MessageTypeDefinition<_chainbridge_payment_v1_ResolveClaimRequest, _chainbridge_payment_v1_ResolveClaimRequest__Output>
        ResolveClaimResponse: MessageTypeDefinition<_chainbridge_payment_v1_ResolveClaimResponse, _chainbridge_payment_v1_ResolveClaimResponse__Output>
        ReviewDecision: EnumTypeDefinition
        RiskEvidence: MessageTypeDefinition<_chainbridge_payment_v1_RiskEvidence, _chainbridge_payment_v1_RiskEvidence__Output>
        RiskSignal: MessageTypeDefinition<_chainbridge_payment_v1_RiskSignal, _chainbridge_payment_v1_RiskSignal__Output>
        RiskSignalKind: EnumTypeDefinition
        ScheduleItem: MessageTypeDefinition<_chainbridge_payment_v1_ScheduleItem, _chainbridge_payment_v1_ScheduleItem__Output>
        SettlePaymentIntentRequest: MessageTypeDefinition<_chainbridge_payment_v1_SettlePaymentIntentRequest, _chainbridge_payment_v1_SettlePaymentIntentRequest__Output>
        SettlePaymentIntentResponse: MessageTypeDefinition<_chainbridge_payment_v1_SettlePaymentIntentResponse, _chainbridge_payment_v1_SettlePaymentIntentResponse__Output>
        SettlementChange: MessageTypeDefinition<_chainbridge_payment_v1_SettlementChange, _chainbridge_payment_v1_SettlementChange__Output>
        SettlementStatsGroup: MessageTypeDefinition<_chainbridge_payment_v1_SettlementStatsGroup, _chainbridge_payment_v1_SettlementStatsGroup__Output>
        SignedTreeHead: MessageTypeDefinition<_chainbridge_payment_v1_SignedTreeHead, _chainbridge_payment_v1_SignedTreeHead__Output>
        SkippedPayee: MessageTypeDefinition<_chainbridge_payment_v1_SkippedPayee, _chainbridge_payment_v1_SkippedPayee__Output>
        StatusTotal: MessageTypeDefinition<_chainbridge_payment_v1_StatusTotal, _chainbridge_payment_v1_StatusTotal__Output>
        SubscriberKind: EnumTypeDefinition
        Subscription: MessageTypeDefinition<_chainbridge_payment_v1_Subscription, _chainbridge_payment_v1_Subscription__Output>
        WatchSettlementsRequest: MessageTypeDefinition<_chainbridge_payment_v1_WatchSettlementsRequest, _chainbridge_payment_v1_WatchSettlementsRequest__Output>
        WatchSettlementsResponse: MessageTypeDefinition<_chainbridge_payment_v1_WatchSettlementsResponse, _chainbridge_payment_v1_WatchSettlementsResponse__Output>
      }
    }
  }
  google: {
    protobuf: {
      Duration: MessageTypeDefinition<_google_protobuf_Duration, _google_protobuf_Duration__Output>
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
    }
  }
}

