"""Service-layer building blocks both services share: the unit of work and the
idempotency rules of request ids. Transport- and storage-free."""
