"""AX003: a reference to the skill's paper that is not the canonical arXiv URL."""

from __future__ import annotations

from collections.abc import Iterator

from skilllint.arxiv.ids import InvalidArxivId, parse_id
from skilllint.arxiv.references import DocReference, document_references
from skilllint.arxiv.settings import today
from skilllint.diagnostics import Diagnostic, Edit, Fix, Severity
from skilllint.rules import Rule, RuleContext, register

# Sources whose value is meant to be a URL; on ARXIV: and Paper: lines an identifier is fine.
_URL_SOURCES = ("frontmatter-url", "url-line")


@register
class NonCanonicalArxivUrl(Rule):
    """A link to the skill's paper that is not written `https://arxiv.org/abs/ID`.

    ## What it checks
    The references meant to name the skill's paper (the frontmatter `url`, the `URL:` line, and
    arxiv.org links on `ARXIV:` and `Paper:` lines): each must be `https://arxiv.org/abs/ID`. PDF
    links (with or without `.pdf`), HTML pages, `export.arxiv.org`, `www.arxiv.org`, `http://`, a
    missing scheme, a version suffix (`v2`) and, in the `url` field or on a `URL:` line, a bare
    identifier or an `arXiv:ID` citation are reported. With `scope: all` every arxiv.org link in
    the file is checked.

    ## Why it matters
    The guide asks for a "full verified arXiv URL" and the SkillXiv conventions spell it
    `https://arxiv.org/abs/XXXX.XXXXX`. The abstract page is the stable landing page: it links every
    version, the PDF and the HTML, and tools that match skills to papers compare this form.

    ## Bad
    ```yaml
    url: "http://arxiv.org/pdf/1706.03762.pdf"
    ```

    ## Good
    ```yaml
    url: "https://arxiv.org/abs/1706.03762"
    ```

    ## Options
    - `scope` (`paper`): `paper` checks the references that name the skill's paper; `all` every
      arxiv.org link.
    - `keep-version` (`false`): with `true` a version suffix (`v2`) counts as part of the
      canonical form, for skills that pin the version they were written from.

    ## Fix
    Safe: the reference is rewritten to `https://arxiv.org/abs/ID`. It names the same paper: the
    abstract page without a version shows the latest one and links every earlier one.
    Placeholders and invalid identifiers are left to AX001 and AX002.
    """

    code = "AX003"
    name = "non-canonical-arxiv-url"
    severity = Severity.WARNING
    summary = "link to the paper is not https://arxiv.org/abs/ID"
    options = {"scope": "paper", "keep-version": False}
    option_values = {"scope": ("paper", "all")}
    fixable = True
    fix_safe = True

    def check(self, doc, ctx: RuleContext) -> Iterator[Diagnostic]:
        scope = ctx.options.get("scope", "paper")
        keep_version = bool(ctx.options.get("keep-version", False))
        current = today(ctx.settings)
        for ref in document_references(doc):
            if not self._in_scope(ref, scope):
                continue
            try:
                parsed = parse_id(ref.id_text, today=current)
            except InvalidArxivId:
                continue
            wanted = parsed.url(keep_version)
            if ref.raw == wanted:
                continue
            fix = Fix((Edit(ref.start, ref.end, wanted),), description=f"replace with {wanted}")
            yield self.diagnostic(
                doc,
                ref.line,
                ref.column,
                f"'{ref.raw}' is not the canonical arXiv URL: write {wanted}",
                end_line=ref.line,
                end_column=ref.end_column,
                fix=fix,
            )

    @staticmethod
    def _in_scope(ref: DocReference, scope: str) -> bool:
        if ref.in_link_text:
            return False
        if ref.source in _URL_SOURCES:
            return True
        if ref.kind != "url":
            return False
        return scope == "all" or ref.names_paper
