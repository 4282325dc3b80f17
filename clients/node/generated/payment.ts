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
import type { CreatePaymentIntentRequest as _chainbridge_payment_v1_CreatePaymentIntentRequest, CreatePaymentIntentRequest__Output as _chainbridge_payment_v1_CreatePaymentIntentRequest__Output } from './chainbridge/payment/v1/CreatePaymentIntentRequest';
import type { CreatePaymentIntentResponse as _chainbridge_payment_v1_CreatePaymentIntentResponse, CreatePaymentIntentResponse__Output as _chainbridge_payment_v1_CreatePaymentIntentResponse__Output } from './chainbridge/payment/v1/CreatePaymentIntentResponse';
import type { GetIntentLedgerRequest as _chainbridge_payment_v1_GetIntentLedgerRequest, GetIntentLedgerRequest__Output as _chainbridge_payment_v1_GetIntentLedgerRequest__Output } from './chainbridge/payment/v1/GetIntentLedgerRequest';
import type { GetIntentLedgerResponse as _chainbridge_payment_v1_GetIntentLedgerResponse, GetIntentLedgerResponse__Output as _chainbridge_payment_v1_GetIntentLedgerResponse__Output } from './chainbridge/payment/v1/GetIntentLedgerResponse';
import type { GetPaymentIntentRequest as _chainbridge_payment_v1_GetPaymentIntentRequest, GetPaymentIntentRequest__Output as _chainbridge_payment_v1_GetPaymentIntentRequest__Output } from './chainbridge/payment/v1/GetPaymentIntentRequest';
import type { GetPaymentIntentResponse as _chainbridge_payment_v1_GetPaymentIntentResponse, GetPaymentIntentResponse__Output as _chainbridge_payment_v1_GetPaymentIntentResponse__Output } from './chainbridge/payment/v1/GetPaymentIntentResponse';
import type { GetPaymentScheduleRequest as _chainbridge_payment_v1_GetPaymentScheduleRequest, GetPaymentScheduleRequest__Output as _chainbridge_payment_v1_GetPaymentScheduleRequest__Output } from './chainbridge/payment/v1/GetPaymentScheduleRequest';
import type { GetPaymentScheduleResponse as _chainbridge_payment_v1_GetPaymentScheduleResponse, GetPaymentScheduleResponse__Output as _chainbridge_payment_v1_GetPaymentScheduleResponse__Output } from './chainbridge/payment/v1/GetPaymentScheduleResponse';
import type { GetSettlementHistoryRequest as _chainbridge_payment_v1_GetSettlementHistoryRequest, GetSettlementHistoryRequest__Output as _chainbridge_payment_v1_GetSettlementHistoryRequest__Output } from './chainbridge/payment/v1/GetSettlementHistoryRequest';
import type { GetSettlementHistoryResponse as _chainbridge_payment_v1_GetSettlementHistoryResponse, GetSettlementHistoryResponse__Output as _chainbridge_payment_v1_GetSettlementHistoryResponse__Output } from './chainbridge/payment/v1/GetSettlementHistoryResponse';
import type { GetShipmentAuditRequest as _chainbridge_payment_v1_GetShipmentAuditRequest, GetShipmentAuditRequest__Output as _chainbridge_payment_v1_GetShipmentAuditRequest__Output } from './chainbridge/payment/v1/GetShipmentAuditRequest';
import type { GetShipmentAuditResponse as _chainbridge_payment_v1_GetShipmentAuditResponse, GetShipmentAuditResponse__Output as _chainbridge_payment_v1_GetShipmentAuditResponse__Output } from './chainbridge/payment/v1/GetShipmentAuditResponse';
import type { LedgerBalance as _chainbridge_payment_v1_LedgerBalance, LedgerBalance__Output as _chainbridge_payment_v1_LedgerBalance__Output } from './chainbridge/payment/v1/LedgerBalance';
import type { LedgerEntry as _chainbridge_payment_v1_LedgerEntry, LedgerEntry__Output as _chainbridge_payment_v1_LedgerEntry__Output } from './chainbridge/payment/v1/LedgerEntry';
import type { LedgerJournal as _chainbridge_payment_v1_LedgerJournal, LedgerJournal__Output as _chainbridge_payment_v1_LedgerJournal__Output } from './chainbridge/payment/v1/LedgerJournal';
import type { ListMilestoneSettlementsRequest as _chainbridge_payment_v1_ListMilestoneSettlementsRequest, ListMilestoneSettlementsRequest__Output as _chainbridge_payment_v1_ListMilestoneSettlementsRequest__Output } from './chainbridge/payment/v1/ListMilestoneSettlementsRequest';
import type { ListMilestoneSettlementsResponse as _chainbridge_payment_v1_ListMilestoneSettlementsResponse, ListMilestoneSettlementsResponse__Output as _chainbridge_payment_v1_ListMilestoneSettlementsResponse__Output } from './chainbridge/payment/v1/ListMilestoneSettlementsResponse';
import type { ListPaymentIntentsRequest as _chainbridge_payment_v1_ListPaymentIntentsRequest, ListPaymentIntentsRequest__Output as _chainbridge_payment_v1_ListPaymentIntentsRequest__Output } from './chainbridge/payment/v1/ListPaymentIntentsRequest';
import type { ListPaymentIntentsResponse as _chainbridge_payment_v1_ListPaymentIntentsResponse, ListPaymentIntentsResponse__Output as _chainbridge_payment_v1_ListPaymentIntentsResponse__Output } from './chainbridge/payment/v1/ListPaymentIntentsResponse';
import type { MilestonePolicy as _chainbridge_payment_v1_MilestonePolicy, MilestonePolicy__Output as _chainbridge_payment_v1_MilestonePolicy__Output } from './chainbridge/payment/v1/MilestonePolicy';
import type { MilestoneSettlement as _chainbridge_payment_v1_MilestoneSettlement, MilestoneSettlement__Output as _chainbridge_payment_v1_MilestoneSettlement__Output } from './chainbridge/payment/v1/MilestoneSettlement';
import type { MilestoneShare as _chainbridge_payment_v1_MilestoneShare, MilestoneShare__Output as _chainbridge_payment_v1_MilestoneShare__Output } from './chainbridge/payment/v1/MilestoneShare';
import type { PaymentIntent as _chainbridge_payment_v1_PaymentIntent, PaymentIntent__Output as _chainbridge_payment_v1_PaymentIntent__Output } from './chainbridge/payment/v1/PaymentIntent';
import type { PaymentSchedule as _chainbridge_payment_v1_PaymentSchedule, PaymentSchedule__Output as _chainbridge_payment_v1_PaymentSchedule__Output } from './chainbridge/payment/v1/PaymentSchedule';
import type { PaymentServiceClient as _chainbridge_payment_v1_PaymentServiceClient, PaymentServiceDefinition as _chainbridge_payment_v1_PaymentServiceDefinition } from './chainbridge/payment/v1/PaymentService';
import type { PaymentTotals as _chainbridge_payment_v1_PaymentTotals, PaymentTotals__Output as _chainbridge_payment_v1_PaymentTotals__Output } from './chainbridge/payment/v1/PaymentTotals';
import type { ProcessShipmentEventRequest as _chainbridge_payment_v1_ProcessShipmentEventRequest, ProcessShipmentEventRequest__Output as _chainbridge_payment_v1_ProcessShipmentEventRequest__Output } from './chainbridge/payment/v1/ProcessShipmentEventRequest';
import type { ProcessShipmentEventResponse as _chainbridge_payment_v1_ProcessShipmentEventResponse, ProcessShipmentEventResponse__Output as _chainbridge_payment_v1_ProcessShipmentEventResponse__Output } from './chainbridge/payment/v1/ProcessShipmentEventResponse';
import type { ReceivedEvent as _chainbridge_payment_v1_ReceivedEvent, ReceivedEvent__Output as _chainbridge_payment_v1_ReceivedEvent__Output } from './chainbridge/payment/v1/ReceivedEvent';
import type { ResolveClaimRequest as _chainbridge_payment_v1_ResolveClaimRequest, ResolveClaimRequest__Output as _chainbridge_payment_v1_ResolveClaimRequest__Output } from './chainbridge/payment/v1/ResolveClaimRequest';
import type { ResolveClaimResponse as _chainbridge_payment_v1_ResolveClaimResponse, ResolveClaimResponse__Output as _chainbridge_payment_v1_ResolveClaimResponse__Output } from './chainbridge/payment/v1/ResolveClaimResponse';
import type { ScheduleItem as _chainbridge_payment_v1_ScheduleItem, ScheduleItem__Output as _chainbridge_payment_v1_ScheduleItem__Output } from './chainbridge/payment/v1/ScheduleItem';
import type { SettlePaymentIntentRequest as _chainbridge_payment_v1_SettlePaymentIntentRequest, SettlePaymentIntentRequest__Output as _chainbridge_payment_v1_SettlePaymentIntentRequest__Output } from './chainbridge/payment/v1/SettlePaymentIntentRequest';
import type { SettlePaymentIntentResponse as _chainbridge_payment_v1_SettlePaymentIntentResponse, SettlePaymentIntentResponse__Output as _chainbridge_payment_v1_SettlePaymentIntentResponse__Output } from './chainbridge/payment/v1/SettlePaymentIntentResponse';
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
        CreatePaymentIntentRequest: MessageTypeDefinition<_chainbridge_payment_v1_CreatePaymentIntentRequest, _chainbridge_payment_v1_CreatePaymentIntentRequest__Output>
        CreatePaymentIntentResponse: MessageTypeDefinition<_chainbridge_payment_v1_CreatePaymentIntentResponse, _chainbridge_payment_v1_CreatePaymentIntentResponse__Output>
        GetIntentLedgerRequest: MessageTypeDefinition<_chainbridge_payment_v1_GetIntentLedgerRequest, _chainbridge_payment_v1_GetIntentLedgerRequest__Output>
        GetIntentLedgerResponse: MessageTypeDefinition<_chainbridge_payment_v1_GetIntentLedgerResponse, _chainbridge_payment_v1_GetIntentLedgerResponse__Output>
        GetPaymentIntentRequest: MessageTypeDefinition<_chainbridge_payment_v1_GetPaymentIntentRequest, _chainbridge_payment_v1_GetPaymentIntentRequest__Output>
        GetPaymentIntentResponse: MessageTypeDefinition<_chainbridge_payment_v1_GetPaymentIntentResponse, _chainbridge_payment_v1_GetPaymentIntentResponse__Output>
        GetPaymentScheduleRequest: MessageTypeDefinition<_chainbridge_payment_v1_GetPaymentScheduleRequest, _chainbridge_payment_v1_GetPaymentScheduleRequest__Output>
        GetPaymentScheduleResponse: MessageTypeDefinition<_chainbridge_payment_v1_GetPaymentScheduleResponse, _chainbridge_payment_v1_GetPaymentScheduleResponse__Output>
        GetSettlementHistoryRequest: MessageTypeDefinition<_chainbridge_payment_v1_GetSettlementHistoryRequest, _chainbridge_payment_v1_GetSettlementHistoryRequest__Output>
        GetSettlementHistoryResponse: MessageTypeDefinition<_chainbridge_payment_v1_GetSettlementHistoryResponse, _chainbridge_payment_v1_GetSettlementHistoryResponse__Output>
        GetShipmentAuditRequest: MessageTypeDefinition<_chainbridge_payment_v1_GetShipmentAuditRequest, _chainbridge_payment_v1_GetShipmentAuditRequest__Output>
        GetShipmentAuditResponse: MessageTypeDefinition<_chainbridge_payment_v1_GetShipmentAuditResponse, _chainbridge_payment_v1_GetShipmentAuditResponse__Output>
        LedgerAccount: EnumTypeDefinition
        LedgerBalance: MessageTypeDefinition<_chainbridge_payment_v1_LedgerBalance, _chainbridge_payment_v1_LedgerBalance__Output>
        LedgerEntry: MessageTypeDefinition<_chainbridge_payment_v1_LedgerEntry, _chainbridge_payment_v1_LedgerEntry__Output>
        LedgerJournal: MessageTypeDefinition<_chainbridge_payment_v1_LedgerJournal, _chainbridge_payment_v1_LedgerJournal__Output>
        ListMilestoneSettlementsRequest: MessageTypeDefinition<_chainbridge_payment_v1_ListMilestoneSettlementsRequest, _chainbridge_payment_v1_ListMilestoneSettlementsRequest__Output>
        ListMilestoneSettlementsResponse: MessageTypeDefinition<_chainbridge_payment_v1_ListMilestoneSettlementsResponse, _chainbridge_payment_v1_ListMilestoneSettlementsResponse__Output>
        ListPaymentIntentsRequest: MessageTypeDefinition<_chainbridge_payment_v1_ListPaymentIntentsRequest, _chainbridge_payment_v1_ListPaymentIntentsRequest__Output>
        ListPaymentIntentsResponse: MessageTypeDefinition<_chainbridge_payment_v1_ListPaymentIntentsResponse, _chainbridge_payment_v1_ListPaymentIntentsResponse__Output>
        MilestonePolicy: MessageTypeDefinition<_chainbridge_payment_v1_MilestonePolicy, _chainbridge_payment_v1_MilestonePolicy__Output>
        MilestoneSettlement: MessageTypeDefinition<_chainbridge_payment_v1_MilestoneSettlement, _chainbridge_payment_v1_MilestoneSettlement__Output>
        MilestoneShare: MessageTypeDefinition<_chainbridge_payment_v1_MilestoneShare, _chainbridge_payment_v1_MilestoneShare__Output>
        MilestoneStatus: EnumTypeDefinition
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
        ProcessShipmentEventRequest: MessageTypeDefinition<_chainbridge_payment_v1_ProcessShipmentEventRequest, _chainbridge_payment_v1_ProcessShipmentEventRequest__Output>
        ProcessShipmentEventResponse: MessageTypeDefinition<_chainbridge_payment_v1_ProcessShipmentEventResponse, _chainbridge_payment_v1_ProcessShipmentEventResponse__Output>
        ReceivedEvent: MessageTypeDefinition<_chainbridge_payment_v1_ReceivedEvent, _chainbridge_payment_v1_ReceivedEvent__Output>
        ReleaseStrategy: EnumTypeDefinition
        ResolveClaimRequest: MessageTypeDefinition<_chainbridge_payment_v1_ResolveClaimRequest, _chainbridge_payment_v1_ResolveClaimRequest__Output>
        ResolveClaimResponse: MessageTypeDefinition<_chainbridge_payment_v1_ResolveClaimResponse, _chainbridge_payment_v1_ResolveClaimResponse__Output>
        ReviewDecision: EnumTypeDefinition
        ScheduleItem: MessageTypeDefinition<_chainbridge_payment_v1_ScheduleItem, _chainbridge_payment_v1_ScheduleItem__Output>
        SettlePaymentIntentRequest: MessageTypeDefinition<_chainbridge_payment_v1_SettlePaymentIntentRequest, _chainbridge_payment_v1_SettlePaymentIntentRequest__Output>
        SettlePaymentIntentResponse: MessageTypeDefinition<_chainbridge_payment_v1_SettlePaymentIntentResponse, _chainbridge_payment_v1_SettlePaymentIntentResponse__Output>
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

