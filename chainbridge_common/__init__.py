"""What both ChainBridge servers share: the pure rules they must agree on (`domain`)
and the server runtime (`runtime`: bootstrap, database, errors, clock, ids)."""
