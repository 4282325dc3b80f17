"""Background work inside pay_server: the release worker."""
