"""Notification RPCs of PaymentService (a mixin of PaymentServicer): subscriptions and the
delivery log. Thin: validate and convert, call one use case, convert back."""

from __future__ import annotations

from chainbridge.payment.v1 import payment_pb2 as pb

from chainbridge_common.errors import Violations
from chainbridge_common.runtime.idempotency import ProtoCodec, request_key
from chainbridge_common.runtime.request_context import current_caller
from chainbridge_common.runtime.validation import check_id, require_id
from pay_server.rpc import convert_notifications as convert

_CREATED = ProtoCodec(
    pb.CreateSubscriptionResponse,
    lambda created: pb.CreateSubscriptionResponse(
        subscription=convert.subscription_to_proto(created.subscription), webhook_secret=created.secret
    ),
)
_DELETED = ProtoCodec(
    pb.DeleteSubscriptionResponse,
    lambda deleted: pb.DeleteSubscriptionResponse(subscription=convert.subscription_to_proto(deleted[0]), cancelled_deliveries=deleted[1]),
)


class NotificationRpcs:
    """CreateSubscription, ListSubscriptions, DeleteSubscription, ListNotificationDeliveries."""

    def CreateSubscription(self, request: pb.CreateSubscriptionRequest, context) -> pb.CreateSubscriptionResponse:
        draft = convert.subscription_draft(request)
        key = request_key(request, "CreateSubscription", current_caller())
        return self.app.notifications.create(draft, key=key, codec=_CREATED)  # type: ignore[attr-defined]

    def ListSubscriptions(self, request: pb.ListSubscriptionsRequest, context) -> pb.ListSubscriptionsResponse:
        violations = Violations()
        kind = convert.subscriber_kind_filter(violations, request.subscriber_kind)
        convert.check_subscriber_id(violations, "subscriber_id", request.subscriber_id, required=False)
        violations.raise_if_any()
        filters = {"subscriber_kind": request.subscriber_kind, "subscriber_id": request.subscriber_id}
        page = self.pages.parse(request.page_size, request.page_token, filters)  # type: ignore[attr-defined]
        result = self.app.notifications.list(kind=kind, subscriber_id=request.subscriber_id or None, page=page)  # type: ignore[attr-defined]
        return pb.ListSubscriptionsResponse(
            subscriptions=[convert.subscription_to_proto(s) for s in result.items],
            next_page_token=self.pages.next_token(result.fetched, page, filters, lambda s: (s.subscription_id,)),  # type: ignore[attr-defined]
            total_size=result.total_size,
        )

    def DeleteSubscription(self, request: pb.DeleteSubscriptionRequest, context) -> pb.DeleteSubscriptionResponse:
        require_id("subscription_id", request.subscription_id)
        key = request_key(request, "DeleteSubscription", current_caller())
        return self.app.notifications.delete(request.subscription_id, key=key, codec=_DELETED)  # type: ignore[attr-defined]

    def ListNotificationDeliveries(self, request: pb.ListNotificationDeliveriesRequest, context) -> pb.ListNotificationDeliveriesResponse:
        violations = Violations()
        check_id(violations, "subscription_id", request.subscription_id, required=False)
        check_id(violations, "event_id", request.event_id, required=False)
        state = convert.delivery_state_filter(violations, request.state)
        violations.raise_if_any()
        filters = {"subscription_id": request.subscription_id, "state": request.state, "event_id": request.event_id}
        page = self.pages.parse(request.page_size, request.page_token, filters)  # type: ignore[attr-defined]
        result = self.app.notifications.list_deliveries(  # type: ignore[attr-defined]
            subscription_id=request.subscription_id or None, state=state, event_id=request.event_id or None, page=page
        )
        return pb.ListNotificationDeliveriesResponse(
            deliveries=[convert.delivery_to_proto(d) for d in result.items],
            next_page_token=self.pages.next_token(result.fetched, page, filters, lambda d: (d.delivery_id,)),  # type: ignore[attr-defined]
            total_size=result.total_size,
        )
