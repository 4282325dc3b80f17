"""Bringing the transparency log up to the audit trail, for migration 0004_transparency (the
rows that existed before the log) and pay's start-up (rows written while the log was off):
the integrator of pay_server/storage/transparency.py, appending everything."""

from __future__ import annotations

from pay_server.storage.transparency import catch_up

__all__ = ["catch_up"]
