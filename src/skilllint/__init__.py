"""skilllint: a rule-based linter and validator for SKILL.md files."""

__version__ = "0.1.0"
