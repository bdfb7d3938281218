from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.helpers import plural
from skilllint.rules.mechanistic._sections import prose_blocks, section_label, section_map


@register
class TooFewParagraphs(Rule):
    """A section has fewer prose blocks than the guide asks for.

    ## What it checks
    The prose blocks of each section with a paragraph range in the pack (a paragraph, a list or a
    quote counts as one block; code, tables and bold-only labels such as `**Control:**` do not),
    subsections included, against the range's minimum.

    ## Why it matters
    The guide gives each section its length: "Section 1: The Research Question (2-3 paragraphs)",
    "Section 3: Controls & Confounds (2 paragraphs)", "Section 7: Limitations & Caveats (1-2
    paragraphs)". A shorter section usually leaves out one of the points the guide lists for it.

    ## Bad
    A Research Question section of one sentence.

    ## Good
    Two or three paragraphs: the problem in practical terms, why practitioners care, what people
    believed.

    ## Options
    Pack data `sections.<id>.paragraphs.min` (a lab pack can raise or lower it).

    ## Fix
    None.
    """

    code = "MA006"
    name = "too-few-paragraphs"
    severity = Severity.WARNING
    pack = "mechanistic-analysis"
    summary = "section shorter than the guide's paragraph range"

    def check(self, doc, ctx):
        data = ctx.pack_data()
        for match in section_map(doc, data).first.values():
            spec = match.spec
            if spec.min_paragraphs is None:
                continue
            count = len(prose_blocks(match.section, data))
            if count < spec.min_paragraphs:
                yield self.diagnostic(
                    doc,
                    match.section.line,
                    1,
                    f"{section_label(spec)} has {plural(count, 'paragraph')}; the guide asks for at least "
                    f"{spec.min_paragraphs}",
                )
