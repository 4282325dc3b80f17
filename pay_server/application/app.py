"""Pay's service layer in one object: the use cases, wired to one set of transactions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from chainbridge_common.application.idempotency import Idempotency
from chainbridge_common.application.unit_of_work import Transactions
from chainbridge_common.runtime.clock import Clock
from pay_server.application.analytics import AnalyticsQueries
from pay_server.application.bookkeeping import Bookkeeping, NoObserver, PaymentObserver
from pay_server.application.changes import ChangeNotifier
from pay_server.application.claims import ClaimUseCases
from pay_server.application.event_intake import EventIntake
from pay_server.application.intents import IntentUseCases
from pay_server.application.notifications import NotificationUseCases, NotificationWiring
from pay_server.application.operations import SettlementOperations
from pay_server.application.payouts import NoPayoutRails, PayoutUseCases
from pay_server.application.ports import PaymentUnitOfWork, PayoutRailSet
from pay_server.application.queries import PaymentQueries
from pay_server.application.schedules import ScheduleUseCases
from pay_server.application.settlement_book import LedgerRail, PaymentRail
from pay_server.application.transparency import TransparencyLog, TreeHeadSigner
from pay_server.domain.release_policy import DEFAULT_RELEASE_DELAY


@dataclass
class PaymentApplication:
    intents: IntentUseCases
    schedules: ScheduleUseCases
    events: EventIntake
    operations: SettlementOperations
    queries: PaymentQueries
    bookkeeping: Bookkeeping
    notifications: NotificationUseCases
    analytics: AnalyticsQueries
    transparency: TransparencyLog
    payouts: PayoutUseCases
    claims: ClaimUseCases

    @property
    def notifier(self) -> ChangeNotifier:
        return self.bookkeeping.notifier

    @property
    def release_delay(self) -> timedelta:
        return self.bookkeeping.release_delay

    @classmethod
    def build(
        cls,
        transactions: Transactions[PaymentUnitOfWork],
        clock: Clock,
        *,
        release_delay: timedelta = DEFAULT_RELEASE_DELAY,
        rail: PaymentRail | None = None,
        notifier: ChangeNotifier | None = None,
        observer: PaymentObserver | None = None,
        notification_wiring: NotificationWiring | None = None,
        log_signer: TreeHeadSigner | None = None,
        transparency_log: bool = True,
        payout_rails: PayoutRailSet | None = None,
    ) -> PaymentApplication:
        """`transparency_log` says whether `transactions` append audit rows to the log; heads
        are signed by `log_signer` (the log's RPCs refuse without one). `payout_rails`: the
        rails payouts go through (pay_server/rails/configuration.py); without them every
        payout is refused."""
        idempotency = Idempotency(transactions)
        bookkeeping = Bookkeeping(clock, rail or LedgerRail(), notifier or ChangeNotifier(), observer or NoObserver(), release_delay)
        notifications = NotificationUseCases.build(transactions, idempotency, clock, notification_wiring)
        bookkeeping.notifications = notifications.outbox
        return cls(
            intents=IntentUseCases(transactions, idempotency, bookkeeping),
            schedules=ScheduleUseCases(transactions, idempotency, bookkeeping),
            events=EventIntake(transactions, bookkeeping),
            operations=SettlementOperations(transactions, idempotency, bookkeeping),
            queries=PaymentQueries(transactions, clock),
            bookkeeping=bookkeeping,
            notifications=notifications,
            analytics=AnalyticsQueries(transactions),
            transparency=TransparencyLog(transactions, log_signer, enabled=transparency_log),
            payouts=PayoutUseCases(transactions, idempotency, bookkeeping, payout_rails or NoPayoutRails()),
            claims=ClaimUseCases(transactions, idempotency, bookkeeping),
        )
