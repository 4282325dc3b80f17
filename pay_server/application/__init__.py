"""Payment use cases. Every change to money goes through SettlementBook."""
