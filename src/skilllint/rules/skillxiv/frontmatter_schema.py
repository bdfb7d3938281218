from __future__ import annotations

from functools import lru_cache

from skilllint import resources
from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.helpers import frontmatter_mapping
from skilllint.rules.skillxiv._common import keywords_checked_elsewhere

_TYPE_WORDS = {"string": "a string", "number": "a number", "array": "a list", "object": "a mapping",
               "integer": "an integer", "boolean": "true or false", "null": "empty"}


@lru_cache(maxsize=1)
def _validator():
    import jsonschema

    schema = resources.schema("skillxiv-frontmatter")
    # Local $refs resolved once up front: validation runs on every file and halves in time.
    return jsonschema.Draft202012Validator(_inline_refs(schema, schema.get("$defs", {})))


def _inline_refs(node, defs: dict):
    if isinstance(node, dict):
        ref = node.get("$ref", "")
        if ref.startswith("#/$defs/"):
            rest = {k: v for k, v in node.items() if k != "$ref"}
            return {**_inline_refs(defs[ref.rsplit("/", 1)[1]], defs), **_inline_refs(rest, defs)}
        return {k: _inline_refs(v, defs) for k, v in node.items() if k != "$defs"}
    if isinstance(node, list):
        return [_inline_refs(item, defs) for item in node]
    return node


def _yaml_type(value) -> str:
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return f"a {type(value).__name__}"


@register
class FrontmatterSchema(Rule):
    """The frontmatter breaks the SkillXiv frontmatter schema.

    ## What it checks
    The frontmatter against `schemas/skillxiv-frontmatter.schema.json` (validated with
    jsonschema): the fields `title`, `version`, `engine`, `license`, `url` and `keywords` are
    present, `title`, `engine`, `license`, `url` and `category` are non-empty strings, `version`
    is a version number (`0.0.3`), `keywords` and `tags` are lists of non-empty strings. Each
    error is reported on the line of the key it concerns (a missing field on the opening `---`).

    ## Why it matters
    CONTRIBUTING.md: "Every SKILL.md must begin with a YAML frontmatter block" with the
    required fields `name`, `title`, `version`, `engine`, `license`, `url`, `keywords` and
    `description`. Repository tooling indexes skills by these fields.

    ## Bad
    ```yaml
    name: flash-attention-efficiency
    title: ""
    description: "..."
    ```

    ## Good
    ```yaml
    name: flash-attention-efficiency
    title: "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness"
    version: 0.0.3
    engine: human
    license: MIT
    url: "https://arxiv.org/abs/2205.14135"
    keywords: [Attention, GPU Kernels, IO-Aware Algorithms, Tiling, Memory Efficiency]
    description: "..."
    ```

    ## Options
    None. `name` and `description` are left to the agent-skills rules; counts and vocabularies
    to the other SX rules. A missing `keywords` or one that is not a list is left to
    `keyword-count` (MA011) in files that the mechanistic-analysis profile also checks (the
    pack's `keywords-checked-by`).

    ## Fix
    None.
    """

    code = "SX001"
    name = "frontmatter-schema"
    severity = Severity.ERROR
    pack = "skillxiv"
    summary = "frontmatter breaks the SkillXiv frontmatter schema"

    def check(self, doc, ctx):
        mapping = frontmatter_mapping(doc)
        if mapping is None:
            return
        fm = doc.frontmatter
        errors = sorted(_validator().iter_errors(mapping), key=lambda e: (list(map(str, e.absolute_path)), e.message))
        seen: set[str] = set()
        skip_keywords = keywords_checked_elsewhere(ctx)
        for err in errors:
            path = list(err.absolute_path)
            if skip_keywords and self._about_keywords(err, path):
                continue
            message = self._message(err, path)
            if message in seen:
                continue
            seen.add(message)
            key = str(path[0]) if path else None
            info = fm.keys.get(key) if key else None
            line, column = (info.value_line, info.value_column) if info is not None else (fm.start_line, 1)
            yield self.diagnostic(doc, line, column, message)

    @staticmethod
    def _about_keywords(err, path: list) -> bool:
        if err.validator == "required":
            return "'keywords'" in err.message
        # MA011 reads a string as comma-separated keywords, so only other non-lists are its finding.
        return path == ["keywords"] and err.validator == "type" and not isinstance(err.instance, str)

    @staticmethod
    def _message(err, path: list) -> str:
        key = str(path[0]) if path else ""
        where = f"'{key}'" + (f" item {path[1] + 1}" if len(path) > 1 and isinstance(path[1], int) else "")
        if err.validator == "required":
            missing = err.message.split("'")[1] if "'" in err.message else err.message
            return f"required field '{missing}' is missing"
        if err.validator == "type":
            wanted = err.validator_value if isinstance(err.validator_value, list) else [err.validator_value]
            words = " or ".join(_TYPE_WORDS.get(w, w) for w in wanted)
            return f"field {where} must be {words}, not {_yaml_type(err.instance)}"
        if err.validator in ("minLength", "pattern") and isinstance(err.instance, str) and not err.instance.strip():
            return f"field {where} is empty"
        if err.validator == "pattern" and key == "version":
            return f"field 'version' must be a version number such as 0.0.3, not '{err.instance}'"
        return f"field {where}: {err.message}"
