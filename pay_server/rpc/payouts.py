"""The payout RPCs of PaymentService (docs/payouts.md), a mixin of PaymentServicer: validate
and convert, call one payout use case, convert back. Every one is operator-only (roles.py)."""

from __future__ import annotations

from chainbridge.payment.v1 import payment_pb2 as pb

from chainbridge_common.errors import Violations
from chainbridge_common.runtime.idempotency import ProtoCodec, request_key
from chainbridge_common.runtime.pagination import PageTokens
from chainbridge_common.runtime.request_context import current_caller
from pay_server.application.app import PaymentApplication
from pay_server.rpc import convert_payouts as convert

_REGISTERED = ProtoCodec(pb.RegisterPayeeAccountResponse, convert.registered_to_proto)
_RUN_CREATED = ProtoCodec(pb.CreatePayoutRunResponse, convert.run_to_proto)
_CONFIRMED = ProtoCodec(pb.ConfirmPayoutResponse, convert.confirmed_to_proto)
_FAILED = ProtoCodec(pb.FailPayoutResponse, convert.failed_to_proto)


class PayoutRpcs:
    app: PaymentApplication
    pages: PageTokens

    def RegisterPayeeAccount(self, request: pb.RegisterPayeeAccountRequest, context) -> pb.RegisterPayeeAccountResponse:
        account = convert.payee_account(request)
        caller = current_caller()
        return self.app.payouts.register_account(
            account, actor=caller, key=request_key(request, "RegisterPayeeAccount", caller), codec=_REGISTERED
        )

    def GetPayeeAccount(self, request: pb.GetPayeeAccountRequest, context) -> pb.GetPayeeAccountResponse:
        payee_id, currency = convert.account_key(request)
        return convert.account_details_to_proto(self.app.payouts.account(payee_id, currency))

    def CreatePayoutRun(self, request: pb.CreatePayoutRunRequest, context) -> pb.CreatePayoutRunResponse:
        run_filter = convert.run_filter(request)
        caller = current_caller()
        return self.app.payouts.create_run(
            run_filter, actor=caller, key=request_key(request, "CreatePayoutRun", caller), codec=_RUN_CREATED
        )

    def GetPayout(self, request: pb.GetPayoutRequest, context) -> pb.GetPayoutResponse:
        details = self.app.payouts.get(convert.payout_id(request))
        return convert.payout_details_to_proto(details.payout, details.history)

    def ListPayouts(self, request: pb.ListPayoutsRequest, context) -> pb.ListPayoutsResponse:
        violations = Violations()
        status, payee_id, currency, run_id = convert.list_filters(violations, request)
        violations.raise_if_any()
        filters = {"status": request.status, "payee_id": request.payee_id, "currency": request.currency, "run_id": request.run_id}
        page = self.pages.parse(request.page_size, request.page_token, filters)
        result = self.app.payouts.list(status=status, payee_id=payee_id, currency=currency, run_id=run_id, page=page)
        return pb.ListPayoutsResponse(
            payouts=[convert.payout_to_proto(payout) for payout in result.items],
            next_page_token=self.pages.next_token(result.fetched, page, filters, lambda payout: (payout.payout_id,)),
            total_size=result.total_size,
        )

    def GetPayoutFile(self, request: pb.GetPayoutFileRequest, context) -> pb.GetPayoutFileResponse:
        execution_date = convert.execution_date(request)
        return convert.payout_file_to_proto(self.app.payouts.payout_file(request.payout_id, execution_date, actor=current_caller()))

    def ConfirmPayout(self, request: pb.ConfirmPayoutRequest, context) -> pb.ConfirmPayoutResponse:
        payout_id, bank_reference = convert.confirmation(request)
        caller = current_caller()
        return self.app.payouts.confirm(
            payout_id, bank_reference, actor=caller, key=request_key(request, "ConfirmPayout", caller), codec=_CONFIRMED
        )

    def FailPayout(self, request: pb.FailPayoutRequest, context) -> pb.FailPayoutResponse:
        payout_id, reason = convert.failure(request)
        caller = current_caller()
        return self.app.payouts.fail(payout_id, reason, actor=caller, key=request_key(request, "FailPayout", caller), codec=_FAILED)
