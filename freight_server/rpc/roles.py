"""Who may call which FreightService RPC. A method missing here is denied; the table is
checked against the service's descriptor in tests/security, and docs/security.md shows it."""

from __future__ import annotations

from chainbridge_common.runtime.security import APP_ROLES, OPERATOR_ROLES, MethodRoles, Role

_FREIGHT = "/chainbridge.freight.v1.FreightService/"

# Service identities get only the calls their peer makes (least privilege: a stolen pay
# certificate can read tokens, not record events); delivery operations are operator-only.
FREIGHT_METHOD_ROLES: MethodRoles = {
    f"{_FREIGHT}CreateShipment": APP_ROLES,
    f"{_FREIGHT}GetShipment": APP_ROLES,
    f"{_FREIGHT}ListShipments": APP_ROLES,
    f"{_FREIGHT}UpdateShipment": APP_ROLES,
    f"{_FREIGHT}CancelShipment": APP_ROLES,
    f"{_FREIGHT}TokenizeShipment": APP_ROLES,
    f"{_FREIGHT}GetFreightToken": APP_ROLES | {Role.PAYMENT_SERVICE},  # pay reads the token behind an intent
    f"{_FREIGHT}ListFreightTokens": APP_ROLES,
    f"{_FREIGHT}RecordShipmentEvent": APP_ROLES,
    f"{_FREIGHT}BatchRecordShipmentEvents": APP_ROLES,
    f"{_FREIGHT}ListShipmentEvents": APP_ROLES,
    f"{_FREIGHT}GetOutboxStatus": OPERATOR_ROLES,  # operational view of the delivery backlog
    f"{_FREIGHT}ListParkedEvents": OPERATOR_ROLES,
    f"{_FREIGHT}RedeliverParkedEvents": OPERATOR_ROLES,
    f"{_FREIGHT}DiscardParkedEvents": OPERATOR_ROLES,
    f"{_FREIGHT}FileClaim": APP_ROLES,  # shippers' systems file claims like they record events
}
