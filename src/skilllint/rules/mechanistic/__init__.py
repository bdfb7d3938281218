"""Rules of the mechanistic-analysis profile (the paper2skill mechanistic-analysis guide)."""
