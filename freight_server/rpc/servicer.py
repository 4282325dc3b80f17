"""FreightService servicer: validate and convert, call one use case, convert back.
Errors are raised as chainbridge_common.errors and mapped to statuses by the pipeline."""

from __future__ import annotations

import dataclasses
import logging
from typing import Any

from chainbridge.freight.v1 import freight_pb2 as pb
from chainbridge.freight.v1 import freight_pb2_grpc

from chainbridge_common.errors import InvalidArgument, Violations
from chainbridge_common.runtime.idempotency import ProtoCodec, request_key
from chainbridge_common.runtime.pagination import PageTokens
from chainbridge_common.runtime.request_context import current_caller, current_request_id
from chainbridge_common.runtime.timestamps import to_micros, to_timestamp
from chainbridge_common.runtime.tracing import current_traceparent
from chainbridge_common.runtime.validation import check_id, require_id
from freight_server.application.app import FreightApplication
from freight_server.domain.events import ShipmentEvent
from freight_server.domain.shipments import Shipment
from freight_server.domain.tokens import FreightToken
from freight_server.rpc import convert
from freight_server.rpc.claims import ClaimRpcs

log = logging.getLogger(__name__)

# How each response is built from its use case's result (and stored for replays).
_CREATED = ProtoCodec(pb.CreateShipmentResponse, lambda s: pb.CreateShipmentResponse(shipment=convert.shipment_to_proto(s)))
_CANCELLED = ProtoCodec(pb.CancelShipmentResponse, lambda s: pb.CancelShipmentResponse(shipment=convert.shipment_to_proto(s)))
_TOKENIZED = ProtoCodec(pb.TokenizeShipmentResponse, lambda t: pb.TokenizeShipmentResponse(token=convert.token_to_proto(t)))
_RECORDED = ProtoCodec(pb.RecordShipmentEventResponse, lambda e: pb.RecordShipmentEventResponse(event=convert.event_to_proto(e)))
_BATCH_RECORDED = ProtoCodec(
    pb.BatchRecordShipmentEventsResponse,
    lambda events: pb.BatchRecordShipmentEventsResponse(events=[convert.event_to_proto(e) for e in events]),
)
_REDELIVERED = ProtoCodec(
    pb.RedeliverParkedEventsResponse, lambda events: pb.RedeliverParkedEventsResponse(events=[convert.event_to_proto(e) for e in events])
)
_DISCARDED = ProtoCodec(
    pb.DiscardParkedEventsResponse, lambda events: pb.DiscardParkedEventsResponse(events=[convert.event_to_proto(e) for e in events])
)


def _key(request: Any, method: str):
    return request_key(request, method, current_caller())


def _event_sort_key(event: ShipmentEvent) -> tuple[int, str]:
    return (to_micros(event.occurred_at), event.event_id)


class FreightServicer(ClaimRpcs, freight_pb2_grpc.FreightServiceServicer):
    def __init__(self, app: FreightApplication, pages: PageTokens):
        self.app = app
        self.pages = pages

    # ------------------------------------------------------------ shipments

    def CreateShipment(self, request: pb.CreateShipmentRequest, context) -> pb.CreateShipmentResponse:
        draft = convert.shipment_draft(request)
        key = _key(request, "CreateShipment")
        return self.app.shipments.create(draft, key=key, codec=_CREATED, trace_request_id=current_request_id())

    def GetShipment(self, request: pb.GetShipmentRequest, context) -> pb.GetShipmentResponse:
        require_id("shipment_id", request.shipment_id)
        return pb.GetShipmentResponse(shipment=convert.shipment_to_proto(self.app.shipments.get(request.shipment_id)))

    def ListShipments(self, request: pb.ListShipmentsRequest, context) -> pb.ListShipmentsResponse:
        violations = Violations()
        status = convert.shipment_status_filter(violations, request.status)
        carrier_id = convert.carrier_filter(violations, request.carrier_id)
        violations.raise_if_any()
        filters = {"status": request.status, "carrier_id": request.carrier_id}
        page = self.pages.parse(request.page_size, request.page_token, filters)
        result = self.app.shipments.list(status=status, carrier_id=carrier_id, page=page)
        return pb.ListShipmentsResponse(
            shipments=[convert.shipment_to_proto(s) for s in result.items],
            next_page_token=self.pages.next_token(result.fetched, page, filters, _shipment_sort_key),
            total_size=result.total_size,
        )

    def UpdateShipment(self, request: pb.UpdateShipmentRequest, context) -> pb.UpdateShipmentResponse:
        shipment_id, fields, changes = convert.shipment_update(request)
        shipment = self.app.shipments.update(shipment_id, fields, changes)
        return pb.UpdateShipmentResponse(shipment=convert.shipment_to_proto(shipment))

    def CancelShipment(self, request: pb.CancelShipmentRequest, context) -> pb.CancelShipmentResponse:
        violations = Violations()
        check_id(violations, "shipment_id", request.shipment_id)
        reason = convert.reason_text(violations, request.reason)
        violations.raise_if_any()
        return self.app.shipments.cancel(request.shipment_id, reason, key=_key(request, "CancelShipment"), codec=_CANCELLED)

    # ------------------------------------------------------------ tokens

    def TokenizeShipment(self, request: pb.TokenizeShipmentRequest, context) -> pb.TokenizeShipmentResponse:
        require_id("shipment_id", request.shipment_id)
        return self.app.tokens.tokenize(request.shipment_id, key=_key(request, "TokenizeShipment"), codec=_TOKENIZED)

    def GetFreightToken(self, request: pb.GetFreightTokenRequest, context) -> pb.GetFreightTokenResponse:
        lookup = request.WhichOneof("lookup")
        if lookup is None:
            raise InvalidArgument.single("token_id", "token_id or shipment_id is required")
        require_id(lookup, getattr(request, lookup))
        if lookup == "token_id":
            token = self.app.tokens.get(token_id=request.token_id)
        else:
            token = self.app.tokens.get(shipment_id=request.shipment_id)
        return pb.GetFreightTokenResponse(token=convert.token_to_proto(token))

    def ListFreightTokens(self, request: pb.ListFreightTokensRequest, context) -> pb.ListFreightTokensResponse:
        violations = Violations()
        tier = convert.risk_tier_filter(violations, request.risk_tier)
        violations.raise_if_any()
        filters = {"risk_tier": request.risk_tier}
        page = self.pages.parse(request.page_size, request.page_token, filters)
        result = self.app.tokens.list(risk_tier=tier, page=page)
        return pb.ListFreightTokensResponse(
            tokens=[convert.token_to_proto(t) for t in result.items],
            next_page_token=self.pages.next_token(result.fetched, page, filters, _token_sort_key),
            total_size=result.total_size,
        )

    # ------------------------------------------------------------ events

    def RecordShipmentEvent(self, request: pb.RecordShipmentEventRequest, context) -> pb.RecordShipmentEventResponse:
        # The trace context is taken here, on the call's thread: the group commit records on its own.
        draft = dataclasses.replace(convert.event_draft(request), trace_request_id=current_request_id(), traceparent=current_traceparent())
        key = _key(request, "RecordShipmentEvent")
        response: pb.RecordShipmentEventResponse = self.app.recorder.record(
            draft, key, _RECORDED, context.time_remaining() if context else None
        )
        event = response.event
        log.info(
            "recorded event %s %s for %s",
            event.event_id,
            convert.event_type_name(event.event_type),
            event.shipment_id,
            extra={"fields": {"event_ids": [event.event_id]}},
        )
        return response

    def BatchRecordShipmentEvents(self, request: pb.BatchRecordShipmentEventsRequest, context) -> pb.BatchRecordShipmentEventsResponse:
        drafts = convert.event_drafts(request)
        response: pb.BatchRecordShipmentEventsResponse = self.app.events.record_batch(
            drafts,
            key=_key(request, "BatchRecordShipmentEvents"),
            codec=_BATCH_RECORDED,
            trace_request_id=current_request_id(),
            traceparent=current_traceparent(),
        )
        log.info(
            "recorded %d event(s) in one batch",
            len(response.events),
            extra={"fields": {"event_ids": [e.event_id for e in response.events]}},
        )
        return response

    def ListShipmentEvents(self, request: pb.ListShipmentEventsRequest, context) -> pb.ListShipmentEventsResponse:
        violations = Violations()
        check_id(violations, "shipment_id", request.shipment_id)
        state = convert.delivery_state_filter(violations, request.delivery_state)
        violations.raise_if_any()
        filters = {"shipment_id": request.shipment_id, "delivery_state": request.delivery_state}
        page = self.pages.parse(request.page_size, request.page_token, filters, key_types=(int, str))
        result = self.app.events.list(shipment_id=request.shipment_id, delivery_state=state, page=page)
        return pb.ListShipmentEventsResponse(
            events=[convert.event_to_proto(e) for e in result.items],
            next_page_token=self.pages.next_token(result.fetched, page, filters, _event_sort_key),
            total_size=result.total_size,
        )

    # ------------------------------------------------------------ outbox

    def GetOutboxStatus(self, request: pb.GetOutboxStatusRequest, context) -> pb.GetOutboxStatusResponse:
        status = self.app.outbox.status()
        return pb.GetOutboxStatusResponse(
            pending_count=status.pending_count,
            delivered_count=status.delivered_count,
            parked_count=status.parked_count,
            discarded_count=status.discarded_count,
            oldest_pending_recorded_at=to_timestamp(status.oldest_pending_recorded_at),
            max_pending_attempts=status.max_pending_attempts,
            last_error=status.last_error,
        )

    def ListParkedEvents(self, request: pb.ListParkedEventsRequest, context) -> pb.ListParkedEventsResponse:
        filters: dict[str, Any] = {"parked": True}
        page = self.pages.parse(request.page_size, request.page_token, filters, key_types=(int, str))
        result = self.app.outbox.list_parked(page)
        return pb.ListParkedEventsResponse(
            events=[convert.event_to_proto(e) for e in result.items],
            next_page_token=self.pages.next_token(result.fetched, page, filters, _event_sort_key),
            total_size=result.total_size,
        )

    def RedeliverParkedEvents(self, request: pb.RedeliverParkedEventsRequest, context) -> pb.RedeliverParkedEventsResponse:
        violations = Violations()
        ids = convert.event_ids(violations, request.event_ids)
        violations.raise_if_any()
        return self.app.outbox.redeliver(ids, key=_key(request, "RedeliverParkedEvents"), codec=_REDELIVERED)

    def DiscardParkedEvents(self, request: pb.DiscardParkedEventsRequest, context) -> pb.DiscardParkedEventsResponse:
        violations = Violations()
        ids = convert.event_ids(violations, request.event_ids)
        reason = convert.reason_text(violations, request.reason)
        violations.raise_if_any()
        return self.app.outbox.discard(ids, reason, key=_key(request, "DiscardParkedEvents"), codec=_DISCARDED)


def _shipment_sort_key(shipment: Shipment) -> tuple[str]:
    return (shipment.shipment_id,)


def _token_sort_key(token: FreightToken) -> tuple[str]:
    return (token.token_id,)
