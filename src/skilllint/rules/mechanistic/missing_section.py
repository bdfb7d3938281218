from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.mechanistic._sections import first_body_line, section_label, section_map, specs


@register
class MissingSection(Rule):
    """One of the guide's nine sections is missing.

    ## What it checks
    That every section of the pack (`sections`: the guide's nine, from The Research Question to
    When to Apply This Diagnostic) has a heading. Headings are matched tolerantly: numbering
    (`Section 3:`, `3.`), a leading "The", "&" or "and", case, punctuation and a suffix after a
    colon (`Core Findings: Sparse Updates`) or after the title (`When to Apply Token-Level
    Analysis`) do not matter; aliases in the pack count too. One diagnostic per missing section;
    a document with none of the sections gets a single one that lists them all. The diagnostic
    points at the heading of the section that should follow the missing one.

    ## Why it matters
    The guide's Phase 4 "Skill Structure" lists the sections, "Section 1: The Research Question"
    through "Section 9: When to Apply This Diagnostic"; a reader (and an agent) looks for each by
    name, and each carries one of the guide's quality checks.

    ## Bad
    A skill without a `## Controls & Confounds` section.

    ## Good
    All nine sections, e.g. `## Controls & Confounds`, `## 3. Controls and Confounds`.

    ## Options
    Pack data `sections` (titles, aliases, order).

    ## Fix
    None: the section has to be written.
    """

    code = "MA002"
    name = "missing-section"
    severity = Severity.ERROR
    pack = "mechanistic-analysis"
    summary = "a section the guide requires is missing"

    def check(self, doc, ctx):
        data = ctx.pack_data()
        found = section_map(doc, data)
        if not found.first:
            titles = ", ".join(spec.title for spec in specs(data))
            yield self.diagnostic(
                doc,
                first_body_line(doc),
                1,
                f"none of the guide's sections found (expected: {titles}): is this a mechanistic-analysis skill?",
            )
            return
        present = sorted(found.first.values(), key=lambda m: m.spec.index)
        for spec in specs(data):
            if spec.id in found.first:
                continue
            following = next((m for m in present if m.spec.index > spec.index), None)
            if following is not None:
                line, where = following.section.line, f" before '{following.section.title}'"
            else:
                last = max(present, key=lambda m: m.section.line)
                line, where = last.section.line, f" after '{last.section.title}'"
            yield self.diagnostic(
                doc, line, 1, f"missing {section_label(spec)}: add a '## {spec.title}' section{where}"
            )
