#!/usr/bin/env node
'use strict';
// Runs the seed workflow against running ChainBridge servers and prints a JSON summary:
// create a MEDIUM-tier shipment -> tokenize it -> create a payment intent -> build its
// schedule -> record proof of delivery -> wait until pay has created the two milestones
// (pickup, delayed; POD, released at once).
//
// Usage: node seed_workflow.js [--freight-addr HOST:PORT] [--payment-addr HOST:PORT]
//                              [--wait-seconds N]
// Addresses default to $FREIGHT_SERVICE_ADDR / $PAYMENT_SERVICE_ADDR, then to
// 127.0.0.1:50051 / 127.0.0.1:50052. Exit status: 0 done, 1 a call or the wait failed,
// 2 bad usage.

const { randomUUID } = require('crypto');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');
const { PROTO_ROOT, LOADER_OPTIONS, protoFiles } = require('./protos');

const CALL_DEADLINE_MS = 10_000;
const POLL_INTERVAL_MS = 100;
const PICKUP = 'SHIPMENT_EVENT_TYPE_PICKUP_CONFIRMED';
const POD = 'SHIPMENT_EVENT_TYPE_POD_CONFIRMED';

function parseArgs(argv, env) {
  const settings = {
    freightAddr: env.FREIGHT_SERVICE_ADDR || '127.0.0.1:50051',
    paymentAddr: env.PAYMENT_SERVICE_ADDR || '127.0.0.1:50052',
    waitSeconds: 20,
  };
  const flags = { '--freight-addr': 'freightAddr', '--payment-addr': 'paymentAddr', '--wait-seconds': 'waitSeconds' };
  for (let i = 0; i < argv.length; i += 2) {
    const key = flags[argv[i]];
    if (!key || argv[i + 1] === undefined) throw new Error(`unknown or incomplete option: ${argv[i]}`);
    settings[key] = argv[i + 1];
  }
  settings.waitSeconds = Number(settings.waitSeconds);
  if (!(settings.waitSeconds > 0)) throw new Error('--wait-seconds must be a positive number');
  return settings;
}

function connect({ freightAddr, paymentAddr }) {
  const definition = protoLoader.loadSync(protoFiles(), { ...LOADER_OPTIONS, includeDirs: [PROTO_ROOT] });
  const { chainbridge } = grpc.loadPackageDefinition(definition);
  // Plaintext: the servers' development default on loopback.
  const credentials = grpc.credentials.createInsecure();
  return {
    freight: new chainbridge.freight.v1.FreightService(freightAddr, credentials),
    payment: new chainbridge.payment.v1.PaymentService(paymentAddr, credentials),
  };
}

/** One unary call with a deadline; a failure carries the method name and gRPC status. */
function call(client, method, request) {
  return new Promise((resolve, reject) => {
    client[method](request, { deadline: Date.now() + CALL_DEADLINE_MS }, (error, response) => {
      if (error) {
        error.method = method;
        reject(error);
      } else {
        resolve(response);
      }
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls the intent's milestones until both pickup and POD exist, or the wait runs out. */
async function waitForMilestones(payment, intentId, waitSeconds) {
  const deadline = Date.now() + waitSeconds * 1000;
  for (;;) {
    const { settlements } = await call(payment, 'ListMilestoneSettlements', { intent_id: intentId, page_size: 100 });
    const byMilestone = new Map(settlements.map((settlement) => [settlement.milestone, settlement]));
    if (byMilestone.has(PICKUP) && byMilestone.has(POD)) return settlements;
    if (Date.now() > deadline) {
      const seen = settlements.map((s) => `${s.milestone}=${s.status}`).join(', ') || 'none';
      throw new Error(`timed out after ${waitSeconds}s waiting for the pickup and POD milestones (seen: ${seen})`);
    }
    await sleep(POLL_INTERVAL_MS);
  }
}

async function runWorkflow(clients, waitSeconds) {
  const { freight, payment } = clients;
  const run = randomUUID(); // one idempotency key per mutating call, so retries are safe

  // Perishable cargo by road inside the US scores MEDIUM (risk-v1: 3500 bps).
  const { shipment } = await call(freight, 'CreateShipment', {
    request_id: `${run}-shipment`,
    shipment: {
      reference: `BOL-NODE-${run.slice(0, 8)}`,
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
  });
  const { token } = await call(freight, 'TokenizeShipment', {
    shipment_id: shipment.shipment_id,
    request_id: `${run}-token`,
  });
  const { payment_intent: intent } = await call(payment, 'CreatePaymentIntent', {
    request_id: `${run}-intent`,
    payment_intent: {
      freight_token_id: token.token_id,
      amount: { amount_minor: '1000005', currency: 'USD' },
      payer_id: 'acme-foods',
      payee_id: 'roadrunner-freight',
      description: 'seed workflow (Node client)',
    },
  });
  const { schedule } = await call(payment, 'BuildPaymentSchedule', {
    intent_id: intent.intent_id,
    request_id: `${run}-schedule`,
  });
  const { event } = await call(freight, 'RecordShipmentEvent', {
    shipment_id: shipment.shipment_id,
    event_type: POD,
    metadata: { signer: 'J. Doe', source: 'node-client' },
    request_id: `${run}-pod`,
  });
  // Freight delivers the event to pay through its outbox, after answering us.
  const settlements = await waitForMilestones(payment, intent.intent_id, waitSeconds);

  return {
    shipment_id: shipment.shipment_id,
    freight_token_id: token.token_id,
    risk_score_bps: token.risk_score_bps,
    risk_tier: token.risk_tier,
    intent_id: intent.intent_id,
    amount: intent.amount,
    schedule: schedule.items.map((item) => ({
      milestone: item.milestone,
      basis_points: item.basis_points,
      amount_minor: item.amount_minor,
      release_strategy: item.release_strategy,
    })),
    pod_event_id: event.event_id,
    milestones: settlements.map((settlement) => ({
      settlement_id: settlement.settlement_id,
      milestone: settlement.milestone,
      amount: settlement.amount,
      status: settlement.status,
      release_strategy: settlement.release_strategy,
      source_event_id: settlement.source_event_id,
    })),
  };
}

function describeFailure(error) {
  if (error.method && typeof error.code === 'number') {
    const codeName = grpc.status[error.code] || 'UNKNOWN';
    return `${error.method} failed: ${codeName} (${error.code}): ${error.details}`;
  }
  return error.message;
}

async function main() {
  let settings;
  try {
    settings = parseArgs(process.argv.slice(2), process.env);
  } catch (error) {
    process.stderr.write(`seed_workflow: ${error.message}\n`);
    return 2;
  }
  const clients = connect(settings);
  try {
    const summary = await runWorkflow(clients, settings.waitSeconds);
    process.stdout.write(`${JSON.stringify({ freight_addr: settings.freightAddr, payment_addr: settings.paymentAddr, ...summary }, null, 2)}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`seed_workflow: ${describeFailure(error)}\n`);
    return 1;
  } finally {
    clients.freight.close();
    clients.payment.close();
  }
}

main().then((status) => {
  process.exitCode = status;
});
