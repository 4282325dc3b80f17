"""Who may call which PaymentService RPC. A method missing here is denied; the table is
checked against the service's descriptor in tests/security, and docs/security.md shows it."""

from __future__ import annotations

from chainbridge_common.runtime.security import APP_ROLES, OPERATOR_ROLES, MethodRoles, Role

_PAYMENT = "/chainbridge.payment.v1.PaymentService/"

# Money movement and cancellations are operator-only; only freight's outbox may report
# shipment events (a stolen freight certificate can report events, not approve payouts).
PAYMENT_METHOD_ROLES: MethodRoles = {
    f"{_PAYMENT}CreatePaymentIntent": APP_ROLES,
    f"{_PAYMENT}GetPaymentIntent": APP_ROLES,
    f"{_PAYMENT}ListPaymentIntents": APP_ROLES,
    f"{_PAYMENT}CancelPaymentIntent": OPERATOR_ROLES,
    f"{_PAYMENT}AssessRisk": APP_ROLES,
    f"{_PAYMENT}SettlePaymentIntent": OPERATOR_ROLES,
    f"{_PAYMENT}CompleteSettlement": OPERATOR_ROLES,
    f"{_PAYMENT}GetSettlementHistory": APP_ROLES,
    f"{_PAYMENT}BuildPaymentSchedule": APP_ROLES,
    f"{_PAYMENT}GetPaymentSchedule": APP_ROLES,
    f"{_PAYMENT}ProcessShipmentEvent": frozenset({Role.FREIGHT_SERVICE}),  # only freight's outbox reports events
    f"{_PAYMENT}BatchProcessShipmentEvents": frozenset({Role.FREIGHT_SERVICE}),
    f"{_PAYMENT}ListMilestoneSettlements": APP_ROLES,
    f"{_PAYMENT}ApproveMilestoneSettlement": OPERATOR_ROLES,
    f"{_PAYMENT}GetShipmentAudit": APP_ROLES,
    f"{_PAYMENT}GetIntentLedger": APP_ROLES,
    f"{_PAYMENT}WatchSettlements": APP_ROLES,
    # Subscriptions send a payee's or shipper's money changes to an outside address, and
    # analytics span every carrier: operators only (callers are not tied to payees).
    f"{_PAYMENT}CreateSubscription": OPERATOR_ROLES,
    f"{_PAYMENT}ListSubscriptions": OPERATOR_ROLES,
    f"{_PAYMENT}DeleteSubscription": OPERATOR_ROLES,
    f"{_PAYMENT}ListNotificationDeliveries": OPERATOR_ROLES,
    f"{_PAYMENT}GetSettlementStats": OPERATOR_ROLES,
    f"{_PAYMENT}ListRiskSignals": OPERATOR_ROLES,
    # The transparency log: read-only, and the point is that clients check it themselves.
    f"{_PAYMENT}GetSignedTreeHead": APP_ROLES,
    f"{_PAYMENT}GetInclusionProof": APP_ROLES,
    f"{_PAYMENT}GetConsistencyProof": APP_ROLES,
    # Payouts: bank details and money leaving the platform are for operators only.
    f"{_PAYMENT}RegisterPayeeAccount": OPERATOR_ROLES,
    f"{_PAYMENT}GetPayeeAccount": OPERATOR_ROLES,
    f"{_PAYMENT}CreatePayoutRun": OPERATOR_ROLES,
    f"{_PAYMENT}GetPayout": OPERATOR_ROLES,
    f"{_PAYMENT}ListPayouts": OPERATOR_ROLES,
    f"{_PAYMENT}GetPayoutFile": OPERATOR_ROLES,
    f"{_PAYMENT}ConfirmPayout": OPERATOR_ROLES,
    f"{_PAYMENT}FailPayout": OPERATOR_ROLES,
    f"{_PAYMENT}ResolveClaim": OPERATOR_ROLES,  # decides who gets held money
}
