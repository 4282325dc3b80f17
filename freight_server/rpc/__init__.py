"""The FreightService RPC surface: the servicer and proto <-> domain conversion."""
