"""Freight's service layer in one object: the use cases, wired to one set of transactions."""

from __future__ import annotations

from dataclasses import dataclass

from chainbridge_common.application.idempotency import Idempotency
from chainbridge_common.application.unit_of_work import Transactions
from chainbridge_common.runtime.clock import Clock
from freight_server.application.claims import ClaimUseCases
from freight_server.application.events import EventUseCases
from freight_server.application.outbox import OutboxUseCases
from freight_server.application.ports import FreightUnitOfWork, OutboxHandoff
from freight_server.application.recording import GroupCommitRecorder
from freight_server.application.shipments import ShipmentUseCases
from freight_server.application.tokens import TokenUseCases


@dataclass
class FreightApplication:
    shipments: ShipmentUseCases
    tokens: TokenUseCases
    events: EventUseCases
    recorder: GroupCommitRecorder
    outbox: OutboxUseCases
    claims: ClaimUseCases

    @classmethod
    def build(
        cls, transactions: Transactions[FreightUnitOfWork], clock: Clock, outbox: OutboxUseCases, handoff: OutboxHandoff
    ) -> FreightApplication:
        idempotency = Idempotency(transactions)
        events = EventUseCases(transactions, idempotency, clock, handoff)
        outbox.handoff = handoff
        return cls(
            shipments=ShipmentUseCases(transactions, idempotency, clock, handoff),
            tokens=TokenUseCases(transactions, idempotency, clock),
            events=events,
            recorder=GroupCommitRecorder(events, transactions, idempotency),
            outbox=outbox,
            claims=ClaimUseCases(idempotency, clock, events),
        )
