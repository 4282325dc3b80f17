'use strict';
// Verify a ChainBridge webhook before trusting it (Node.js 18+, no dependencies).
//
// ChainBridge signs every delivery the way Stripe does:
//   ChainBridge-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>." + raw body>
// keyed with the whole secret string (whsec_...). During a secret rotation the header carries
// one v1 per secret. Pass the RAW body (a Buffer): a re-serialised JSON object has other bytes.
//
//   const { verifyWebhook, WebhookVerificationError } = require('./webhooks');
//   app.post('/hooks', express.raw({ type: 'application/json' }), (req, res) => {
//     let event;
//     try {
//       event = verifyWebhook(req.body, req.get('ChainBridge-Signature'), process.env.CHAINBRIDGE_WEBHOOK_SECRET);
//     } catch (err) {
//       if (err instanceof WebhookVerificationError) return res.status(400).send(err.message);
//       throw err;
//     }
//     // deliveries repeat: dedup on event.id, then answer 2xx quickly
//     res.sendStatus(204);
//   });

const crypto = require('node:crypto');

const SIGNATURE_HEADER = 'ChainBridge-Signature';
const SIGNATURE_SCHEME = 'v1';
const DEFAULT_TOLERANCE_SECONDS = 300;
const HEX_SHA256 = /^[0-9a-fA-F]{64}$/;

class WebhookVerificationError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = 'WebhookVerificationError';
  }
}

/**
 * @param {unknown} signatureHeader
 * @returns {{ timestamp: string, signatures: Buffer[] }}
 */
function parseHeader(signatureHeader) {
  if (typeof signatureHeader !== 'string' || signatureHeader.trim() === '') {
    throw new WebhookVerificationError(`the ${SIGNATURE_HEADER} header is missing`);
  }
  const timestamps = [];
  const signatures = [];
  for (const element of signatureHeader.split(',')) {
    const trimmed = element.trim();
    const separator = trimmed.indexOf('=');
    if (separator < 0) {
      throw new WebhookVerificationError(`malformed ${SIGNATURE_HEADER} header element ${JSON.stringify(element)}`);
    }
    const key = trimmed.slice(0, separator);
    const value = trimmed.slice(separator + 1);
    if (key === 't') {
      timestamps.push(value);
    } else if (key === SIGNATURE_SCHEME) {
      // Buffer.from(..., 'hex') silently stops at the first bad character: check the form first.
      if (!HEX_SHA256.test(value)) {
        throw new WebhookVerificationError(`a ${SIGNATURE_SCHEME} signature is not 64 hex digits (a SHA-256 digest)`);
      }
      signatures.push(Buffer.from(value, 'hex'));
    }
    // Other schemes are ignored, as Stripe's clients do.
  }
  if (timestamps.length !== 1 || !/^[0-9]+$/.test(timestamps[0])) {
    throw new WebhookVerificationError(`the ${SIGNATURE_HEADER} header needs exactly one numeric t=`);
  }
  if (signatures.length === 0) {
    throw new WebhookVerificationError(`the ${SIGNATURE_HEADER} header has no ${SIGNATURE_SCHEME} signature`);
  }
  return { timestamp: timestamps[0], signatures };
}

/**
 * Check the signature (in constant time, against every v1 and every secret given) and that the
 * signed time is within toleranceSeconds of now, then return the parsed event.
 *
 * @param {Buffer|Uint8Array|string} payload the raw request body
 * @param {string|undefined} signatureHeader the ChainBridge-Signature header
 * @param {string|string[]} secret the subscription's secret (several while rotating)
 * @param {{toleranceSeconds?: number|null, now?: number}} [options] now in unix seconds; a null tolerance skips the time check
 * @returns {Record<string, any>} the event: {id, object, type, api_version, created, data}
 * @throws {WebhookVerificationError}
 */
function verifyWebhook(payload, signatureHeader, secret, options = {}) {
  const toleranceSeconds = options.toleranceSeconds === undefined ? DEFAULT_TOLERANCE_SECONDS : options.toleranceSeconds;
  let body;
  if (typeof payload === 'string') body = Buffer.from(payload, 'utf8');
  else if (payload instanceof Uint8Array) body = Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength);
  else throw new WebhookVerificationError('the payload must be the raw request body (a Buffer)');
  const secrets = Array.isArray(secret) ? secret : [secret];
  if (secrets.length === 0 || !secrets.every((key) => typeof key === 'string' && key.length > 0)) {
    throw new WebhookVerificationError('no signing secret given');
  }

  const { timestamp, signatures } = parseHeader(signatureHeader);
  const expected = secrets.map((key) =>
    crypto.createHmac('sha256', Buffer.from(key, 'utf8')).update(`${timestamp}.`, 'utf8').update(body).digest(),
  );
  // Every pair is compared, so the time taken says nothing about which one (if any) matched.
  let matched = false;
  for (const candidate of signatures) {
    for (const digest of expected) {
      if (crypto.timingSafeEqual(candidate, digest)) matched = true;
    }
  }
  if (!matched) {
    throw new WebhookVerificationError('no signature matches the payload: wrong secret, or the body was altered in transit');
  }

  if (toleranceSeconds !== null) {
    const now = options.now === undefined ? Date.now() / 1000 : options.now;
    // Refused in both directions: an old timestamp is a replay, a far-future one a forgery's tell.
    if (Math.abs(now - Number(timestamp)) > toleranceSeconds) {
      throw new WebhookVerificationError(
        `the signature's timestamp ${timestamp} is more than ${toleranceSeconds}s from now (${Math.floor(now)})`,
      );
    }
  }

  let event;
  try {
    event = JSON.parse(body.toString('utf8'));
  } catch (err) {
    throw new WebhookVerificationError(`the payload is not JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (event === null || typeof event !== 'object' || Array.isArray(event)) {
    throw new WebhookVerificationError('the payload is not a JSON object');
  }
  return event;
}

module.exports = { verifyWebhook, WebhookVerificationError, SIGNATURE_HEADER, DEFAULT_TOLERANCE_SECONDS };
