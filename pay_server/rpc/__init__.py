"""The PaymentService RPC surface: servicer, proto <-> domain conversion, watch stream."""
