"""Transports for carrier and shipper notifications: signed webhooks and plain-text e-mail."""
