"""Rules both services must apply identically. Imports neither grpc nor SQLAlchemy."""
