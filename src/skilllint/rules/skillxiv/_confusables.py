"""Letters that look like Latin ones, for comparing folder names.

A small hand-made table, not the full Unicode confusables list: the Cyrillic and Greek letters
whose usual glyphs are indistinguishable from a Latin letter (lower and upper case), plus NFKC
normalisation (full-width forms, ligatures) and case folding. Other scripts are left as they are.
"""

from __future__ import annotations

import unicodedata

LOOKALIKES: dict[str, str] = {
    # Cyrillic lower case
    "а": "a", "с": "c", "ԁ": "d", "е": "e", "һ": "h", "і": "i", "ј": "j", "ӏ": "l", "о": "o",
    "р": "p", "ԛ": "q", "ѕ": "s", "ԝ": "w", "х": "x", "у": "y",
    # Cyrillic upper case
    "А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "І": "I", "Ј": "J", "К": "K", "М": "M",
    "О": "O", "Р": "P", "Ѕ": "S", "Т": "T", "Х": "X", "Ү": "Y",
    # Greek lower case
    "α": "a", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "υ": "u",
    # Greek upper case
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
}
_TABLE = str.maketrans(LOOKALIKES)


def skeleton(text: str) -> str:
    """The form two names share when they differ only by case or by look-alike letters."""
    return unicodedata.normalize("NFKC", text).translate(_TABLE).casefold()


def lookalike(char: str) -> str | None:
    return LOOKALIKES.get(char)


def describe(char: str) -> str:
    """``'о' (U+043E CYRILLIC SMALL LETTER O)``."""
    name = unicodedata.name(char, "unnamed character")
    return f"'{char}' (U+{ord(char):04X} {name})"
