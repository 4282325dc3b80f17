"""FreightService servicer: validate and convert, call one use case, convert back.
Errors are raised as chainbridge_common.errors and mapped to statuses by the pipeline."""

from __future__ import annotations

import dataclasses
import logging

from chainbridge.freight.v1 import freight_pb2 as pb
from chainbridge.freight.v1 import freight_pb2_grpc

from chainbridge_common.errors import InvalidArgument, Violations
from chainbridge_common.runtime.idempotency import IdempotencyKeys, request_key
from chainbridge_common.runtime.pagination import next_page_token, parse_page
from chainbridge_common.runtime.request_context import current_request_id
from chainbridge_common.runtime.timestamps import from_micros, to_micros, to_timestamp
from chainbridge_common.runtime.validation import check_id, require_id
from freight_server.application.service import FreightApplication
from freight_server.rpc import convert
from freight_server.rpc.group_commit import GroupCommitRecorder

log = logging.getLogger(__name__)


class FreightServicer(freight_pb2_grpc.FreightServiceServicer):
    def __init__(self, app: FreightApplication, idempotency: IdempotencyKeys):
        self.app = app
        self.idempotency = idempotency
        self.recorder = GroupCommitRecorder(app, idempotency)

    # ------------------------------------------------------------ shipments

    def CreateShipment(self, request: pb.CreateShipmentRequest, context) -> pb.CreateShipmentResponse:
        draft = convert.shipment_draft(request)
        return self.idempotency.run(
            "CreateShipment",
            request,
            pb.CreateShipmentResponse,
            lambda: pb.CreateShipmentResponse(
                shipment=convert.shipment_to_proto(self.app.create_shipment(draft, trace_request_id=current_request_id()))
            ),
        )

    def GetShipment(self, request: pb.GetShipmentRequest, context) -> pb.GetShipmentResponse:
        require_id("shipment_id", request.shipment_id)
        return pb.GetShipmentResponse(shipment=convert.shipment_to_proto(self.app.get_shipment(request.shipment_id)))

    def ListShipments(self, request: pb.ListShipmentsRequest, context) -> pb.ListShipmentsResponse:
        violations = Violations()
        status = convert.shipment_status_filter(violations, request.status)
        if request.carrier_id:
            check_id(violations, "carrier_id", request.carrier_id, required=False)
        violations.raise_if_any()
        filters = {"status": request.status, "carrier_id": request.carrier_id}
        page = parse_page(request.page_size, request.page_token, filters)
        result = self.app.list_shipments(status=status, carrier_id=request.carrier_id or None, page=page)
        return pb.ListShipmentsResponse(
            shipments=[convert.shipment_to_proto(s) for s in result.items],
            next_page_token=next_page_token(result.fetched, page, filters, lambda s: (s.shipment_id,)),
            total_size=result.total_size,
        )

    def UpdateShipment(self, request: pb.UpdateShipmentRequest, context) -> pb.UpdateShipmentResponse:
        shipment_id, fields, changes = convert.shipment_update(request)
        shipment = self.app.update_shipment(shipment_id, fields, changes)
        return pb.UpdateShipmentResponse(shipment=convert.shipment_to_proto(shipment))

    def CancelShipment(self, request: pb.CancelShipmentRequest, context) -> pb.CancelShipmentResponse:
        violations = Violations()
        check_id(violations, "shipment_id", request.shipment_id)
        reason = convert.reason_text(violations, request.reason)
        violations.raise_if_any()
        return pb.CancelShipmentResponse(shipment=convert.shipment_to_proto(self.app.cancel_shipment(request.shipment_id, reason)))

    # ------------------------------------------------------------ tokens

    def TokenizeShipment(self, request: pb.TokenizeShipmentRequest, context) -> pb.TokenizeShipmentResponse:
        require_id("shipment_id", request.shipment_id)
        return self.idempotency.run(
            "TokenizeShipment",
            request,
            pb.TokenizeShipmentResponse,
            lambda: pb.TokenizeShipmentResponse(token=convert.token_to_proto(self.app.tokenize_shipment(request.shipment_id))),
        )

    def GetFreightToken(self, request: pb.GetFreightTokenRequest, context) -> pb.GetFreightTokenResponse:
        lookup = request.WhichOneof("lookup")
        if lookup is None:
            raise InvalidArgument.single("token_id", "token_id or shipment_id is required")
        require_id(lookup, getattr(request, lookup))
        if lookup == "token_id":
            token = self.app.get_token(token_id=request.token_id)
        else:
            token = self.app.get_token(shipment_id=request.shipment_id)
        return pb.GetFreightTokenResponse(token=convert.token_to_proto(token))

    def ListFreightTokens(self, request: pb.ListFreightTokensRequest, context) -> pb.ListFreightTokensResponse:
        violations = Violations()
        tier = convert.risk_tier_filter(violations, request.risk_tier)
        violations.raise_if_any()
        filters = {"risk_tier": request.risk_tier}
        page = parse_page(request.page_size, request.page_token, filters)
        result = self.app.list_tokens(risk_tier=tier, page=page)
        return pb.ListFreightTokensResponse(
            tokens=[convert.token_to_proto(t) for t in result.items],
            next_page_token=next_page_token(result.fetched, page, filters, lambda t: (t.token_id,)),
            total_size=result.total_size,
        )

    # ------------------------------------------------------------ events

    def RecordShipmentEvent(self, request: pb.RecordShipmentEventRequest, context) -> pb.RecordShipmentEventResponse:
        draft = dataclasses.replace(convert.event_draft(request), trace_request_id=current_request_id())
        response = self.recorder.record(draft, request_key(request), context.time_remaining() if context else None)
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
        return self.idempotency.run(
            "BatchRecordShipmentEvents",
            request,
            pb.BatchRecordShipmentEventsResponse,
            lambda: self._record_batch(drafts),
        )

    def _record_batch(self, drafts) -> pb.BatchRecordShipmentEventsResponse:
        events = self.app.record_events(drafts, trace_request_id=current_request_id(), field_prefix="requests")
        log.info("recorded %d event(s) in one batch", len(events), extra={"fields": {"event_ids": [e.event_id for e in events]}})
        return pb.BatchRecordShipmentEventsResponse(events=[convert.event_to_proto(e) for e in events])

    def ListShipmentEvents(self, request: pb.ListShipmentEventsRequest, context) -> pb.ListShipmentEventsResponse:
        violations = Violations()
        check_id(violations, "shipment_id", request.shipment_id)
        state = convert.delivery_state_filter(violations, request.delivery_state)
        violations.raise_if_any()
        filters = {"shipment_id": request.shipment_id, "delivery_state": request.delivery_state}
        page = parse_page(request.page_size, request.page_token, filters, key_types=(int, str))
        result = self.app.list_events(shipment_id=request.shipment_id, delivery_state=state, page=page)
        return pb.ListShipmentEventsResponse(
            events=[convert.event_to_proto(e) for e in result.items],
            next_page_token=next_page_token(result.fetched, page, filters, lambda e: (to_micros(e.occurred_at), e.event_id)),
            total_size=result.total_size,
        )

    def GetOutboxStatus(self, request: pb.GetOutboxStatusRequest, context) -> pb.GetOutboxStatusResponse:
        status = self.app.outbox_status()
        return pb.GetOutboxStatusResponse(
            pending_count=status.pending_count,
            delivered_count=status.delivered_count,
            oldest_pending_recorded_at=(
                to_timestamp(from_micros(status.oldest_pending_recorded_at_us))
                if status.oldest_pending_recorded_at_us is not None
                else None
            ),
            max_pending_attempts=status.max_pending_attempts,
            last_error=status.last_error,
        )
