from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.helpers import frontmatter_mapping


@register
class UnknownField(Rule):
    """A frontmatter field outside the specification's set.

    ## What it checks
    Top-level keys other than `name`, `description`, `license`, `allowed-tools`, `metadata` and
    `compatibility`, plus the fields that the file's packs allow (the `skillxiv` and
    `mechanistic-analysis` packs allow `title`, `version`, `engine`, `url`, `keywords`, `tags`,
    `category`) and those in the configuration's `allowed-fields`.

    ## Why it matters
    Unknown fields are ignored by agents; often they are typos of real ones (`descripton`).

    ## Bad
    ```yaml
    author: someone
    ```

    ## Good
    ```yaml
    metadata:
      author: someone
    ```

    ## Options
    Extend the allowed set with `allowed-fields` in the configuration.

    ## Fix
    None.
    """

    code = "AS040"
    name = "unknown-field"
    severity = Severity.WARNING
    summary = "frontmatter field outside the Agent Skills specification"

    def check(self, doc, ctx):
        mapping = frontmatter_mapping(doc)
        if mapping is None:
            return
        allowed = set(ctx.settings.get("allowed_fields", ()))
        for key in mapping:
            if str(key) not in allowed:
                info = doc.frontmatter.keys.get(str(key))
                line, column = (info.line, info.column) if info else (doc.frontmatter.start_line, 1)
                shown = ", ".join(sorted(allowed))
                yield self.diagnostic(doc, line, column, f"unexpected field '{key}' in frontmatter (allowed: {shown})")
