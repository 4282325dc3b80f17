"""Cargo claims: a filed claim holds the shipment's unreleased money until it is resolved.

The rules, all pure (the application layer reads the state and writes what they decide):

- **Order.** Freight numbers a shipment's claims (1, 2, ...) and tells pay, on every event,
  how many claims and how many milestone events it had recorded before it. Pay applies a
  milestone event only once it has applied the claims filed before it, and a claim only
  once it has received the milestone events recorded before it (`applicable`). So however
  deliveries arrive, claims and milestone events take effect in the order freight
  recorded them, and the outcome is the in-order one.
- **Hold.** An open claim holds, up to its claimed amount, money of the shipment that is
  not released: PENDING and DELAYED milestones and shares whose event has not come yet.
  Earlier claims hold first. A hold never moves once taken (it is "sticky"): a claim only
  takes more when it still holds less than it claims and unreleased money is free.
  (`allocate_holds`)
- **Split.** A claim's new hold is shared by the shipment's intents in proportion to
  their amounts (largest remainder, exact in minor units), no intent giving more than it
  has free (the rest goes to the others, in proportion again: `split_with_caps`). Within
  an intent it is taken from the last milestone to the first - the claim-window share
  first, the money the window exists for - and within a milestone from part 0 up.
- **Milestones triggered with a hold.** A share whose event arrives while claims hold it
  is created split: the held parts ON_HOLD, the rest with its usual status. A share
  released at once (IMMEDIATE) by an event recorded *before* a claim was released before
  that claim existed, so that claim may not hold it (`Lot.open_to`).
- **Resolution.** Liable for L: min(L, held) returns to the shipper (RETURNED, a VOID
  journal), split over the intents in proportion to what the claim holds of each and
  within an intent from the last milestone to the first (`split_deduction`); the rest of
  the hold is released as it would have been (`lift_hold_action`). Money already released
  or paid out is never clawed back: what was liable but not held is reported as
  unrecovered.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from chainbridge_common.domain.shipment_events import MILESTONES, ShipmentEventType
from chainbridge_common.errors import FailedPrecondition, InvalidArgument
from pay_server.domain.events import ReceivedEvent
from pay_server.domain.release_policy import ReleaseStrategy
from pay_server.domain.settlements import MilestoneAction

K = TypeVar("K", bound=Hashable)

# A shipment's claims are bounded (freight refuses more), which keeps every per-claim
# loop small and every sum far inside int64.
MAX_CLAIMS_PER_SHIPMENT = 100

# Holds are taken from the money the shipment would pay last.
_HOLD_ORDER = {milestone: index for index, milestone in enumerate(reversed(MILESTONES))}


class ClaimStatus(enum.StrEnum):
    WAITING = "WAITING"  # received; waits for what freight recorded before it
    OPEN = "OPEN"  # holds money until resolved
    RESOLVED = "RESOLVED"


@dataclass(frozen=True)
class ClaimResolution:
    liable_minor: int
    returned_minor: int
    released_minor: int
    note: str
    resolved_by: str
    resolved_at: datetime

    @property
    def unrecovered_minor(self) -> int:
        return self.liable_minor - self.returned_minor


@dataclass(frozen=True)
class CargoClaim:
    """A claim as pay received it (its id is freight's CLAIM_FILED event id)."""

    claim_id: str
    shipment_id: str
    claim_number: int  # 1 for the shipment's first claim
    claimed_minor: int
    currency: str
    reason: str
    milestone_events_before: int | None  # None: waits for no event (a direct caller)
    filed_at: datetime
    received_at: datetime
    resolution: ClaimResolution | None = None

    @property
    def resolved(self) -> bool:
        return self.resolution is not None


def claim_order(claim: CargoClaim) -> tuple[int, datetime, str]:
    return (claim.claim_number, claim.filed_at, claim.claim_id)


def applicable(events: Iterable[ReceivedEvent], claims: Iterable[CargoClaim]) -> tuple[list[ReceivedEvent], set[str]]:
    """Of one shipment's received milestone events and claims, those that apply now:
    claims in their order, each once every earlier claim applies and the milestone events
    freight recorded before it have arrived; milestone events once the claims filed
    before them apply. Returns (events that apply, ids of the claims that apply)."""
    milestone_events = [e for e in events if e.event_type in MILESTONES]
    applied: set[str] = set()
    applied_up_to = 0  # every claim numbered up to this applies
    for claim in sorted(claims, key=claim_order):
        if claim.claim_number > applied_up_to + 1:
            break  # an earlier claim has not arrived yet
        needed = claim.milestone_events_before or 0
        before = sum(1 for e in milestone_events if e.claims_filed_before is None or e.claims_filed_before < claim.claim_number)
        if before < needed:
            break
        applied.add(claim.claim_id)
        applied_up_to = max(applied_up_to, claim.claim_number)
    ready = [e for e in milestone_events if e.claims_filed_before is None or e.claims_filed_before <= applied_up_to]
    return ready, applied


def claim_status(claim: CargoClaim, applied: set[str]) -> ClaimStatus:
    if claim.resolved:
        return ClaimStatus.RESOLVED
    return ClaimStatus.OPEN if claim.claim_id in applied else ClaimStatus.WAITING


# ---------------------------------------------------------------- holds


@dataclass(frozen=True)
class Lot:
    """A piece of a shipment's unreleased money a claim may hold: an ON_HOLD or a
    PENDING/DELAYED settlement, or (settlement_id "") the not yet triggered rest of a
    milestone share."""

    intent_id: str
    milestone: ShipmentEventType
    amount_minor: int
    holder: str = ""  # the claim holding it; "" when free
    settlement_id: str = ""
    part: int = 0
    # The highest claim number that may take it; None: any. A share released at once by an
    # event recorded before claim n+1 is open to claims 1..n only.
    open_to: int | None = None
    currency: str = ""  # a claim holds money of its own currency only

    @property
    def triggered(self) -> bool:
        return bool(self.settlement_id)


@dataclass(frozen=True)
class Take:
    """`amount_minor` of `lot` held by `claim_id` (all of it when the claim holds the lot already)."""

    claim_id: str
    lot: Lot
    amount_minor: int


def hold_order(lot: Lot) -> tuple[int, int, int]:
    """Within an intent: the last milestone first, then part 0 up, triggered before not."""
    return (_HOLD_ORDER.get(lot.milestone, len(_HOLD_ORDER)), 0 if lot.triggered else 1, lot.part)


def split_by_weights(amount_minor: int, weights: Sequence[int]) -> list[int]:
    """`amount_minor` in proportion to `weights`, exactly: floors first, then the leftover
    units one each to the largest remainders (ties: larger weight, then earlier)."""
    if amount_minor < 0 or any(w < 0 for w in weights):
        raise ValueError("amount and weights must not be negative")
    total = sum(weights)
    if amount_minor == 0:
        return [0] * len(weights)
    if total == 0:
        raise ValueError("cannot split a positive amount over zero weights")
    parts, remainders = [], []
    for index, weight in enumerate(weights):
        part, remainder = divmod(amount_minor * weight, total)
        parts.append(part)
        remainders.append((remainder, weight, -index))
    leftover = amount_minor - sum(parts)
    for index in sorted(range(len(weights)), key=lambda i: remainders[i], reverse=True)[:leftover]:
        parts[index] += 1
    return parts


def split_with_caps(total_minor: int, weights: Mapping[K, int], caps: Mapping[K, int]) -> dict[K, int]:
    """`total_minor` over the keys of `caps` in proportion to their weights, none above its
    cap: a key whose proportional part would exceed its cap gets the cap, and the rest is
    split over the others the same way. Exact; keys in sorted order break ties."""
    if total_minor < 0 or total_minor > sum(caps.values()):
        raise ValueError(f"cannot split {total_minor} within caps summing to {sum(caps.values())}")
    result = {key: 0 for key in caps}
    open_keys = sorted((key for key, cap in caps.items() if cap > 0), key=str)
    remaining = total_minor
    while remaining > 0:
        weight_of = {key: max(0, weights.get(key, 0)) for key in open_keys}
        total_weight = sum(weight_of.values())
        if total_weight == 0:  # no weight left: share equally
            weight_of = {key: 1 for key in open_keys}
            total_weight = len(open_keys)
        capped = [key for key in open_keys if remaining * weight_of[key] > caps[key] * total_weight]
        if capped:
            for key in capped:
                result[key] = caps[key]
                remaining -= caps[key]
            open_keys = [key for key in open_keys if key not in capped]
            continue
        for key, part in zip(open_keys, split_by_weights(remaining, [weight_of[k] for k in open_keys]), strict=True):
            result[key] += part
        remaining = 0
    return result


def allocate_holds(claims: Sequence[CargoClaim], lots: Sequence[Lot], weights: Mapping[str, int]) -> list[Take]:
    """What each open claim holds: every lot it holds already, then - while it holds less
    than it claims - free lots open to it, earlier claims first (see the module rules).
    `weights` are the intents' amounts."""
    remaining = {index: lot.amount_minor for index, lot in enumerate(lots) if not lot.holder}
    takes: list[Take] = []
    for claim in sorted(claims, key=claim_order):
        own = [lot for lot in lots if lot.holder == claim.claim_id]
        takes.extend(Take(claim.claim_id, lot, lot.amount_minor) for lot in own)
        need = claim.claimed_minor - sum(lot.amount_minor for lot in own)
        if need <= 0:
            continue
        available: dict[str, list[int]] = defaultdict(list)
        for index, free in remaining.items():
            lot = lots[index]
            if free > 0 and (lot.open_to is None or claim.claim_number <= lot.open_to) and lot.currency in ("", claim.currency):
                available[lot.intent_id].append(index)
        caps = {intent_id: sum(remaining[i] for i in indexes) for intent_id, indexes in available.items()}
        targets = split_with_caps(min(need, sum(caps.values())), weights, caps)
        for intent_id, target in targets.items():
            for index in sorted(available[intent_id], key=lambda i: hold_order(lots[i])):
                amount = min(target, remaining[index])
                if amount > 0:
                    takes.append(Take(claim.claim_id, lots[index], amount))
                    remaining[index] -= amount
                    target -= amount
    return takes


def split_deduction(returned_minor: int, holding: Sequence[Take]) -> list[tuple[Take, int]]:
    """How much of each piece of one claim's hold returns to the shipper: `returned_minor`
    over its intents in proportion to what it holds of each, and within an intent from
    the last milestone to the first. Every piece is listed (0 where nothing returns)."""
    per_intent: dict[str, int] = defaultdict(int)
    for take in holding:
        per_intent[take.lot.intent_id] += take.amount_minor
    targets = split_with_caps(returned_minor, per_intent, per_intent)
    result = []
    for take in sorted(holding, key=lambda t: (t.lot.intent_id, hold_order(t.lot))):
        amount = min(targets[take.lot.intent_id], take.amount_minor)
        targets[take.lot.intent_id] -= amount
        result.append((take, amount))
    return result


def lift_hold_action(strategy: ReleaseStrategy, release_at: datetime | None, now: datetime) -> MilestoneAction:
    """How held money is released as it would have been: at once, after its delay (at
    once if the delay ran out while it was held), or to manual review."""
    if strategy is ReleaseStrategy.MANUAL_REVIEW:
        return MilestoneAction.LIFT_HOLD_TO_REVIEW
    if strategy is ReleaseStrategy.DELAYED and release_at is not None and release_at > now:
        return MilestoneAction.LIFT_HOLD_TO_DELAY
    return MilestoneAction.LIFT_HOLD_AND_RELEASE


def check_resolvable(claim: CargoClaim, status: ClaimStatus, liable: tuple[int, str] | None) -> None:
    """A claim can be resolved once, when OPEN, for at most what was claimed, in its currency."""
    if status is ClaimStatus.RESOLVED:
        raise FailedPrecondition(f"cargo claim {claim.claim_id} is already RESOLVED", reason="CLAIM_ALREADY_RESOLVED")
    if status is ClaimStatus.WAITING:
        raise FailedPrecondition(
            f"cargo claim {claim.claim_id} is WAITING for events freight recorded before it and holds nothing yet; "
            "resolve it once it is OPEN",
            reason="CLAIM_WAITING",
        )
    if liable is None:
        return
    liable_minor, currency = liable
    if currency != claim.currency:
        raise InvalidArgument.single(
            "liable_amount.currency", f"must be the claim's currency {claim.currency} (got {currency})", reason="CLAIM_CURRENCY_MISMATCH"
        )
    if liable_minor > claim.claimed_minor:
        raise InvalidArgument.single(
            "liable_amount.amount_minor",
            f"must be at most the claimed {claim.claimed_minor} (got {liable_minor})",
            reason="LIABILITY_EXCEEDS_CLAIM",
        )
