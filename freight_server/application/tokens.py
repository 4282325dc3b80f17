"""Freight token use cases: tokenize a shipment (score its risk), read, list."""

from __future__ import annotations

import dataclasses
from typing import TypeVar

from chainbridge_common.application.idempotency import Idempotency, RequestKey, ResponseCodec
from chainbridge_common.application.unit_of_work import Transactions, UniqueViolation
from chainbridge_common.domain.risk_tier import RiskTier
from chainbridge_common.errors import AlreadyExists, NotFound
from chainbridge_common.runtime.clock import Clock
from chainbridge_common.runtime.ids import new_id
from chainbridge_common.runtime.pagination import Page, PageRequest
from freight_server.application.ports import FreightUnitOfWork
from freight_server.application.records import shipment_or_not_found
from freight_server.domain import risk_model
from freight_server.domain.tokens import FreightToken, check_tokenizable

R = TypeVar("R")


class TokenUseCases:
    def __init__(self, transactions: Transactions[FreightUnitOfWork], idempotency: Idempotency[FreightUnitOfWork], clock: Clock):
        self.transactions = transactions
        self.idempotency = idempotency
        self.clock = clock

    def tokenize(self, shipment_id: str, *, key: RequestKey | None, codec: ResponseCodec[FreightToken, R]) -> R:
        def tokenize(uow: FreightUnitOfWork) -> FreightToken:
            shipment = shipment_or_not_found(uow, shipment_id, for_update=True)
            check_tokenizable(shipment)
            if shipment.freight_token_id:
                raise AlreadyExists(
                    f"shipment {shipment_id} is already tokenized as {shipment.freight_token_id}",
                    reason="SHIPMENT_ALREADY_TOKENIZED",
                    metadata={"token_id": shipment.freight_token_id},
                )
            now = self.clock.now()
            token = FreightToken(
                token_id=new_id("ftk"),
                shipment_id=shipment_id,
                face_amount_minor=shipment.declared_amount_minor,
                face_currency=shipment.declared_currency,
                risk=risk_model.assess(risk_model.RiskInputs.of(shipment)),
                create_time=now,
            )
            uow.tokens.add(token)
            uow.shipments.save(dataclasses.replace(shipment, freight_token_id=token.token_id, update_time=now))
            return token

        try:
            return self.idempotency.run(key, codec, tokenize)
        except UniqueViolation:  # a concurrent TokenizeShipment won the race
            raise AlreadyExists(f"shipment {shipment_id} is already tokenized", reason="SHIPMENT_ALREADY_TOKENIZED") from None

    def get(self, *, token_id: str | None = None, shipment_id: str | None = None) -> FreightToken:
        def read(uow: FreightUnitOfWork) -> FreightToken:
            if shipment_id is not None:
                token = uow.tokens.get(shipment_id=shipment_id)
                if token is None:
                    shipment_or_not_found(uow, shipment_id)
                    raise NotFound("freight token of shipment", shipment_id, reason="SHIPMENT_NOT_TOKENIZED")
                return token
            token = uow.tokens.get(token_id=token_id)
            if token is None:
                raise NotFound("freight token", token_id or "", reason="FREIGHT_TOKEN_NOT_FOUND")
            return token

        return self.transactions.read(read)

    def list(self, *, risk_tier: RiskTier | None, page: PageRequest) -> Page:
        def read(uow: FreightUnitOfWork) -> Page:
            fetched = uow.tokens.list(risk_tier=risk_tier, before_id=page.after[0] if page.after else None, limit=page.size + 1)
            return Page.of(fetched, page, uow.tokens.count(risk_tier=risk_tier))

        return self.transactions.read(read, lag_tolerant=True)
