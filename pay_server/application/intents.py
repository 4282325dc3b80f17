"""Payment intent use cases: create (backed by a freight token), read, list, cancel."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from chainbridge_common.application.idempotency import Idempotency, RequestKey, ResponseCodec
from chainbridge_common.application.unit_of_work import Transactions
from chainbridge_common.domain.risk_tier import RiskTier
from chainbridge_common.runtime.ids import new_id
from chainbridge_common.runtime.pagination import Page, PageRequest
from pay_server.application import claims
from pay_server.application.bookkeeping import Bookkeeping, intent_or_not_found
from pay_server.application.ports import PaymentUnitOfWork
from pay_server.domain.intents import IntentDraft, IntentStatus, PaymentIntent, Totals, check_fits_token, check_not_cancelled
from pay_server.domain.tokens import TokenInfo

R = TypeVar("R")


class IntentUseCases:
    def __init__(
        self, transactions: Transactions[PaymentUnitOfWork], idempotency: Idempotency[PaymentUnitOfWork], bookkeeping: Bookkeeping
    ):
        self.transactions = transactions
        self.idempotency = idempotency
        self.bookkeeping = bookkeeping

    def create(
        self,
        draft: IntentDraft,
        fetch_token: Callable[[str], TokenInfo],
        *,
        actor: str,
        key: RequestKey | None,
        codec: ResponseCodec[PaymentIntent, R],
    ) -> R:
        """Create an intent on the freight token `fetch_token` returns. A replay answers
        from storage without calling freight; the call to freight happens before the
        transaction opens, never inside it."""
        if (replayed := self.idempotency.replayed(key, codec)) is not None:
            return replayed
        token = fetch_token(draft.freight_token_id)

        def create(uow: PaymentUnitOfWork) -> PaymentIntent:
            # Serialised per token, so two concurrent intents cannot both fit its face value.
            uow.intents.lock_token(token.token_id)
            check_fits_token(
                draft.amount_minor,
                draft.currency,
                token_id=token.token_id,
                face_amount_minor=token.face_amount_minor,
                face_currency=token.face_currency,
                existing=uow.intents.of_token(token.token_id),
            )
            book = self.bookkeeping.open(uow, actor)
            intent = PaymentIntent(
                intent_id=new_id("pi"),
                freight_token_id=token.token_id,
                shipment_id=token.shipment_id,
                amount_minor=draft.amount_minor,
                currency=draft.currency,
                payer_id=draft.payer_id,
                payee_id=draft.payee_id,
                description=draft.description,
                risk_score_bps=token.risk_score_bps,
                risk_tier=token.risk_tier,
                status=IntentStatus.AWAITING_SCHEDULE,
                schedule_kind=None,
                scheduled_at=None,
                totals=Totals(),
                cancel_reason="",
                create_time=book.now,
                update_time=book.now,
            )
            book.create_intent(intent, reason=f"created for freight token {token.token_id}")
            (created,) = self.bookkeeping.flush(uow, book)
            return created

        return self.idempotency.run(key, codec, create)

    def get(self, intent_id: str) -> PaymentIntent:
        return self.transactions.read(lambda uow: intent_or_not_found(uow, intent_id))

    def list(self, *, status: IntentStatus | None, tier: RiskTier | None, shipment_id: str | None, page: PageRequest) -> Page:
        def read(uow: PaymentUnitOfWork) -> Page:
            fetched = uow.intents.list(
                status=status, tier=tier, shipment_id=shipment_id, before_id=page.after[0] if page.after else None, limit=page.size + 1
            )
            return Page.of(fetched, page, uow.intents.count(status=status, tier=tier, shipment_id=shipment_id))

        return self.transactions.read(read, lag_tolerant=True)

    def cancel(self, intent_id: str, reason: str, *, actor: str, key: RequestKey | None, codec: ResponseCodec[PaymentIntent, R]) -> R:
        def cancel(uow: PaymentUnitOfWork) -> PaymentIntent:
            # Every intent of the shipment, locked in id order: what cargo claims held of
            # this intent is voided with it, and they may then hold the others' money.
            shipment_id = intent_or_not_found(uow, intent_id).shipment_id
            locked = {i.intent_id: i for i in uow.intents.lock_of_shipments([shipment_id])}
            intent = locked[intent_id]
            check_not_cancelled(intent)
            book = self.bookkeeping.open(uow, actor)
            book.track([intent])
            book.cancel_intent(intent_id, reason)
            if uow.claims.shipments_with_claims([shipment_id]):
                others = claims.payable(i for i in locked.values() if i.intent_id != intent_id)
                book.track(others)
                claims.sync_shipments(
                    self.bookkeeping, book, [shipment_id], others, uow.schedules.of_intents([i.intent_id for i in others])
                )
            return next(i for i in self.bookkeeping.flush(uow, book) if i.intent_id == intent_id)

        return self.idempotency.run(key, codec, cancel)
