"""The skill name as the specification reads it: NFKC-normalised, stripped."""

import unicodedata

from skilllint.rules.helpers import MISSING, field_value, value_position

MAX_NAME_LENGTH = 64


def skill_name(doc) -> str | None:
    value = field_value(doc, "name")
    if value is MISSING or not isinstance(value, str) or not value.strip():
        return None
    return unicodedata.normalize("NFKC", value.strip())


def name_position(doc) -> tuple[int, int]:
    return value_position(doc, "name")
