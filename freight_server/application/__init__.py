"""Freight use cases: each one transaction, each a method of FreightApplication."""
