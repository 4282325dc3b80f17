"""Server runtime shared by freight_server and pay_server."""
