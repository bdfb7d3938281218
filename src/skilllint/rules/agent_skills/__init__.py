"""The open Agent Skills specification, case for case with its reference validator (skills-ref)."""
