from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.helpers import plural
from skilllint.rules.mechanistic._sections import prose_blocks, section_label, section_map


@register
class TooManyParagraphs(Rule):
    """A section has more prose blocks than the guide's range.

    ## What it checks
    The prose blocks of each section with a paragraph range in the pack (counted as in
    `too-few-paragraphs`), against the range's maximum.

    ## Why it matters
    The guide sets an upper bound too: "Section 6: Methodology You Can Reuse (2 paragraphs)",
    "Section 7: Limitations & Caveats (1-2 paragraphs)". A skill is read by practitioners and
    loaded by agents; a long section is usually a paper summary, not a method.

    ## Bad
    Five paragraphs of limitations.

    ## Good
    One or two paragraphs of limitations.

    ## Options
    Pack data `sections.<id>.paragraphs.max`.

    ## Fix
    None.
    """

    code = "MA007"
    name = "too-many-paragraphs"
    severity = Severity.INFO
    pack = "mechanistic-analysis"
    summary = "section longer than the guide's paragraph range"

    def check(self, doc, ctx):
        data = ctx.pack_data()
        for match in section_map(doc, data).first.values():
            spec = match.spec
            if spec.max_paragraphs is None:
                continue
            count = len(prose_blocks(match.section, data))
            if count > spec.max_paragraphs:
                yield self.diagnostic(
                    doc,
                    match.section.line,
                    1,
                    f"{section_label(spec)} has {plural(count, 'paragraph')}; the guide asks for at most "
                    f"{spec.max_paragraphs}",
                )
