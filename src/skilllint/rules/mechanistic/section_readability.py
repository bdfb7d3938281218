from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.mechanistic._readability import measure, plain
from skilllint.rules.mechanistic._sections import section_label, section_map, threshold, units


@register
class SectionReadability(Rule):
    """A section's prose is harder to read than the pack's thresholds.

    ## What it checks
    For each of the nine sections with at least `readability.min_words` words of prose (code and
    tables left out), the Flesch-Kincaid grade level and the average sentence length, against
    `readability.max_grade` and `readability.max_sentence_words`. Syllables are counted with
    pyphen's bundled dictionary, the fallback textstat itself uses, and words and sentences by
    textstat's rules; textstat's CMU-dictionary path (which downloads nltk data) is never taken.

    ## Why it matters
    The guide's Key Rule "Practitioner-focused implications. Don't just report findings; explain
    what practitioners should do with them." A skill is read by practitioners (and agents) who act
    on it, not reviewers; a paper's prose density gets in the way.

    ## Bad
    A 60-word sentence of nested clauses and nominalisations.

    ## Good
    Short sentences, one idea each.

    ## Options
    Pack data `thresholds.readability.max_grade`, `.max_sentence_words`, `.min_words`.

    ## Fix
    None.
    """

    code = "MA043"
    name = "section-readability"
    severity = Severity.INFO
    pack = "mechanistic-analysis"
    summary = "section prose harder to read than the thresholds"

    def check(self, doc, ctx):
        data = ctx.pack_data()
        limits = threshold(data, "readability", {})
        max_grade = limits.get("max_grade", 18)
        max_words = limits.get("max_sentence_words", 35)
        min_words = limits.get("min_words", 60)
        for match in section_map(doc, data).first.values():
            scores = measure(plain([text for _, text in units(match.section)]))
            if scores.words < min_words:
                continue
            problems = []
            if scores.grade > max_grade:
                problems.append(f"grade level {scores.grade:.1f} (limit {max_grade})")
            if scores.words_per_sentence > max_words:
                problems.append(f"{scores.words_per_sentence:.0f} words per sentence (limit {max_words})")
            if problems:
                yield self.diagnostic(
                    doc,
                    match.section.line,
                    1,
                    f"{section_label(match.spec)} is hard to read: {', '.join(problems)}",
                )
