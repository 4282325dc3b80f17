"""Freight rules: shipments and their status, event rules, the risk model. Pure Python."""
