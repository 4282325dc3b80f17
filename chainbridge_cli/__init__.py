"""`chainbridge`: a small command-line client for operators (demo workflow)."""
