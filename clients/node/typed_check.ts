// The calls seed_workflow.js makes, written against the generated types (generated/) and
// compiled with `tsc --noEmit` in the tests; never run. A contract change that would break
// a typed client -- a renamed field or enum value, a changed request or response type --
// fails to compile here. Keep it in step with seed_workflow.js.

import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';

import type { ProtoGrpcType as FreightProto } from './generated/freight';
import type { ProtoGrpcType as PaymentProto } from './generated/payment';
import type { Money__Output } from './generated/chainbridge/common/v1/Money';
import type { RiskTier__Output } from './generated/chainbridge/common/v1/RiskTier';
import type { ShipmentEventType__Output } from './generated/chainbridge/common/v1/ShipmentEventType';
import type { CreateShipmentRequest } from './generated/chainbridge/freight/v1/CreateShipmentRequest';
import type { CreateShipmentResponse__Output } from './generated/chainbridge/freight/v1/CreateShipmentResponse';
import type { FreightServiceClient } from './generated/chainbridge/freight/v1/FreightService';
import type { RecordShipmentEventRequest } from './generated/chainbridge/freight/v1/RecordShipmentEventRequest';
import type { RecordShipmentEventResponse__Output } from './generated/chainbridge/freight/v1/RecordShipmentEventResponse';
import type { TokenizeShipmentRequest } from './generated/chainbridge/freight/v1/TokenizeShipmentRequest';
import type { TokenizeShipmentResponse__Output } from './generated/chainbridge/freight/v1/TokenizeShipmentResponse';
import type { BuildPaymentScheduleRequest } from './generated/chainbridge/payment/v1/BuildPaymentScheduleRequest';
import type { BuildPaymentScheduleResponse__Output } from './generated/chainbridge/payment/v1/BuildPaymentScheduleResponse';
import type { CreatePaymentIntentRequest } from './generated/chainbridge/payment/v1/CreatePaymentIntentRequest';
import type { CreatePaymentIntentResponse__Output } from './generated/chainbridge/payment/v1/CreatePaymentIntentResponse';
import type { ListMilestoneSettlementsRequest } from './generated/chainbridge/payment/v1/ListMilestoneSettlementsRequest';
import type { ListMilestoneSettlementsResponse__Output } from './generated/chainbridge/payment/v1/ListMilestoneSettlementsResponse';
import type { MilestoneStatus__Output } from './generated/chainbridge/payment/v1/MilestoneStatus';
import type { PaymentServiceClient } from './generated/chainbridge/payment/v1/PaymentService';
import type { ReleaseStrategy__Output } from './generated/chainbridge/payment/v1/ReleaseStrategy';

import { LOADER_OPTIONS, PROTO_ROOT, protoFiles } from './protos';

export function connect(freightAddr: string, paymentAddr: string): { freight: FreightServiceClient; payment: PaymentServiceClient } {
  const definition = protoLoader.loadSync(protoFiles(), { ...LOADER_OPTIONS, includeDirs: [PROTO_ROOT] });
  const { chainbridge } = grpc.loadPackageDefinition(definition) as unknown as FreightProto & PaymentProto;
  const credentials = grpc.credentials.createInsecure();
  return {
    freight: new chainbridge.freight.v1.FreightService(freightAddr, credentials),
    payment: new chainbridge.payment.v1.PaymentService(paymentAddr, credentials),
  };
}

/** A unary call as a promise; the explicit Response type is checked against the method's. */
function unary<Response>(start: (callback: grpc.requestCallback<Response>) => grpc.ClientUnaryCall): Promise<Response> {
  return new Promise((resolve, reject) => {
    start((error, response) => (error || response === undefined ? reject(error) : resolve(response)));
  });
}

const options = (): grpc.CallOptions => ({ deadline: Date.now() + 10_000 });

/** What seed_workflow.js prints, typed by the generated output types. */
export interface SeedSummary {
  shipment_id: string;
  freight_token_id: string;
  risk_score_bps: number;
  risk_tier: RiskTier__Output;
  intent_id: string;
  amount: Money__Output | null;
  schedule: { milestone: ShipmentEventType__Output; basis_points: number; amount_minor: string; release_strategy: ReleaseStrategy__Output }[];
  pod_event_id: string;
  milestones: {
    settlement_id: string;
    milestone: ShipmentEventType__Output;
    amount: Money__Output | null;
    status: MilestoneStatus__Output;
    release_strategy: ReleaseStrategy__Output;
    source_event_id: string;
  }[];
}

export async function seedWorkflowTyped(freight: FreightServiceClient, payment: PaymentServiceClient, run: string): Promise<SeedSummary> {
  const createShipment: CreateShipmentRequest = {
    request_id: `${run}-shipment`,
    shipment: {
      reference: `BOL-NODE-${run}`,
      shipper_id: 'acme-foods',
      carrier_id: 'roadrunner-freight',
      origin: { country_code: 'US', locality: 'Chicago', postal_code: '60601' },
      destination: { country_code: 'US', locality: 'Denver' },
      cargo_category: 'CARGO_CATEGORY_PERISHABLE',
      cargo_description: 'chilled produce, 20 pallets',
      declared_value: { amount_minor: '1000005', currency: 'USD' },
      weight_grams: '1200000',
      transport_mode: 'TRANSPORT_MODE_ROAD',
    },
  };
  const { shipment } = await unary<CreateShipmentResponse__Output>((done) => freight.CreateShipment(createShipment, options(), done));
  const shipmentId = shipment?.shipment_id ?? '';

  const tokenize: TokenizeShipmentRequest = { shipment_id: shipmentId, request_id: `${run}-token` };
  const { token } = await unary<TokenizeShipmentResponse__Output>((done) => freight.TokenizeShipment(tokenize, options(), done));

  const createIntent: CreatePaymentIntentRequest = {
    request_id: `${run}-intent`,
    payment_intent: {
      freight_token_id: token?.token_id ?? '',
      amount: { amount_minor: '1000005', currency: 'USD' },
      payer_id: 'acme-foods',
      payee_id: 'roadrunner-freight',
      description: 'seed workflow (Node client)',
    },
  };
  const { payment_intent: intent } = await unary<CreatePaymentIntentResponse__Output>((done) =>
    payment.CreatePaymentIntent(createIntent, options(), done),
  );
  const intentId = intent?.intent_id ?? '';

  const buildSchedule: BuildPaymentScheduleRequest = { intent_id: intentId, request_id: `${run}-schedule` };
  const { schedule } = await unary<BuildPaymentScheduleResponse__Output>((done) => payment.BuildPaymentSchedule(buildSchedule, options(), done));

  const recordPod: RecordShipmentEventRequest = {
    shipment_id: shipmentId,
    event_type: 'SHIPMENT_EVENT_TYPE_POD_CONFIRMED',
    metadata: { signer: 'J. Doe', source: 'node-client' },
    request_id: `${run}-pod`,
  };
  const { event } = await unary<RecordShipmentEventResponse__Output>((done) => freight.RecordShipmentEvent(recordPod, options(), done));

  const listMilestones: ListMilestoneSettlementsRequest = { intent_id: intentId, page_size: 100 };
  const { settlements } = await unary<ListMilestoneSettlementsResponse__Output>((done) =>
    payment.ListMilestoneSettlements(listMilestones, options(), done),
  );
  return {
    shipment_id: shipmentId,
    freight_token_id: token?.token_id ?? '',
    risk_score_bps: token?.risk_score_bps ?? 0,
    risk_tier: token?.risk_tier ?? 'RISK_TIER_UNSPECIFIED',
    intent_id: intentId,
    amount: intent?.amount ?? null,
    schedule: (schedule?.items ?? []).map(({ milestone, basis_points, amount_minor, release_strategy }) => ({
      milestone,
      basis_points,
      amount_minor,
      release_strategy,
    })),
    pod_event_id: event?.event_id ?? '',
    milestones: settlements.map(({ settlement_id, milestone, amount, status, release_strategy, source_event_id }) => ({
      settlement_id,
      milestone,
      amount,
      status,
      release_strategy,
      source_event_id,
    })),
  };
}
