"""Payout rails: how a submitted payout's money leaves the platform (SEPA file, internal ledger...)."""
