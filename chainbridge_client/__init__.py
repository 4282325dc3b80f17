"""Helpers for systems that receive ChainBridge notifications; independent of the servers."""
