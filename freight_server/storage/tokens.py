"""Freight tokens in SQL (TokenRepository)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, Row, func, insert, select

from chainbridge_common.domain.risk_tier import RiskTier
from chainbridge_common.runtime.timestamps import from_micros, to_micros
from freight_server.domain.risk_model import RiskAssessment, RiskFactor
from freight_server.domain.tokens import FreightToken
from freight_server.storage.schema import freight_tokens


def token_from_row(row: Row[Any]) -> FreightToken:
    factors = tuple(RiskFactor(**factor) for factor in json.loads(row.risk_factors))
    return FreightToken(
        token_id=row.token_id,
        shipment_id=row.shipment_id,
        face_amount_minor=row.face_amount_minor,
        face_currency=row.face_currency,
        risk=RiskAssessment(
            score_bps=row.risk_score_bps,
            tier=RiskTier(row.risk_tier),
            factors=factors,
            model_version=row.risk_model_version,
        ),
        create_time=from_micros(row.create_time_us),
    )


class SqlTokenRepository:
    def __init__(self, conn: Connection):
        self.conn = conn

    def add(self, token: FreightToken) -> None:
        self.conn.execute(
            insert(freight_tokens).values(
                token_id=token.token_id,
                shipment_id=token.shipment_id,
                face_amount_minor=token.face_amount_minor,
                face_currency=token.face_currency,
                risk_score_bps=token.risk.score_bps,
                risk_tier=token.risk.tier.value,
                risk_factors=json.dumps(
                    [{"code": f.code, "description": f.description, "contribution_bps": f.contribution_bps} for f in token.risk.factors]
                ),
                risk_model_version=token.risk.model_version,
                create_time_us=to_micros(token.create_time),
            )
        )

    def get(self, *, token_id: str | None = None, shipment_id: str | None = None) -> FreightToken | None:
        if token_id is not None:
            condition = freight_tokens.c.token_id == token_id
        elif shipment_id is not None:
            condition = freight_tokens.c.shipment_id == shipment_id
        else:
            raise ValueError("token_id or shipment_id is required")
        row = self.conn.execute(select(freight_tokens).where(condition)).first()
        return token_from_row(row) if row else None

    def list(self, *, risk_tier: RiskTier | None, before_id: str | None, limit: int) -> list[FreightToken]:
        conditions = [freight_tokens.c.risk_tier == risk_tier.value] if risk_tier else []
        if before_id is not None:
            conditions.append(freight_tokens.c.token_id < before_id)
        query = select(freight_tokens).where(*conditions).order_by(freight_tokens.c.token_id.desc()).limit(limit)
        return [token_from_row(row) for row in self.conn.execute(query)]

    def count(self, *, risk_tier: RiskTier | None) -> int:
        conditions = [freight_tokens.c.risk_tier == risk_tier.value] if risk_tier else []
        return int(self.conn.execute(select(func.count()).select_from(freight_tokens).where(*conditions)).scalar_one())
