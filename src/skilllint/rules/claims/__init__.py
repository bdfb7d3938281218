"""Claim-language rules (CL): causal claims and the evidence that licenses them."""
