"""Adapters for the services pay calls: FreightService, through its generated stub."""
