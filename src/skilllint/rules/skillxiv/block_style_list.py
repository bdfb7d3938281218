from __future__ import annotations

from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.helpers import frontmatter_mapping
from skilllint.rules.skillxiv._inline import inline_fix


@register
class BlockStyleList(Rule):
    """`keywords` or `tags` written as a YAML block list.

    ## What it checks
    The style of the fields listed in the pack's `inline-lists` (`keywords`, `tags`): they must be
    inline flow lists, `[A, B, C]`, not block lists with one `- item` per line.

    ## Why it matters
    CONTRIBUTING.md: "`keywords`: 5-10 keywords as an inline YAML list: `[A, B, C]`. **Never** use
    YAML block list syntax (`- item`)." and paper2skill: "Format as an inline YAML list:
    `tags: [Computer Vision, Generative Models]`". The repository's tooling reads these lines as
    single lines; paper2skill v0.0.2 lists block lists among the common mistakes because they
    "break parsing".

    ## Bad
    ```yaml
    keywords:
      - Attention
      - GPU Kernels
    ```

    ## Good
    ```yaml
    keywords: [Attention, GPU Kernels]
    ```

    ## Options
    `inline-lists` in the pack's data: the fields checked.

    ## Fix
    Safe: the block list becomes an inline list on the key's line, quoting items that need it
    (commas, brackets, `#`, `:`, values YAML would read as numbers or booleans). The rest of the
    file is kept byte for byte. No fix is offered when the list holds comments (they would be
    lost) or items that are not plain values, or when the rewritten frontmatter would not read back
    to the same data.
    """

    code = "SX006"
    name = "block-style-list"
    severity = Severity.ERROR
    pack = "skillxiv"
    summary = "keywords or tags written as a block list instead of an inline [A, B] list"
    fixable = True
    fix_safe = True

    def check(self, doc, ctx):
        if frontmatter_mapping(doc) is None:
            return
        fm = doc.frontmatter
        for key in ctx.pack_data().get("inline-lists", ["keywords", "tags"]):
            info = fm.keys.get(key)
            if info is None or info.style != "block-seq":
                continue
            yield self.diagnostic(
                doc, info.line, info.column,
                f"'{key}' is a block list: write it inline as {key}: [A, B, C]",
                fix=inline_fix(doc, key))
