"""AX: arXiv references (offline identifier checks; online verification with --verify-arxiv)."""
