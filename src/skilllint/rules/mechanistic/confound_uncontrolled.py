from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register
from skilllint.rules.mechanistic._sections import cue, located, units


@register
class ConfoundUncontrolled(Rule):
    """A confound in the Controls & Confounds section has no control next to it.

    ## What it checks
    Section 3 is read as a sequence of paragraphs and list items. Each one that names a confound
    (pack cues `confound`) opens a group that runs to the next one; the group must mention a
    control (pack cues `control`: control, ablation, baseline, randomised, shuffled, held-out,
    compared, …) or say honestly that the confound is not controlled (cues `uncontrolled`). A
    paragraph that names a confound and a control ("To control for this confound, …") answers the
    confound before it when that one is still unanswered. One warning per unpaired confound, at
    its line.

    ## Why it matters
    The guide's Phase 5 check: "Control honesty: Are potential confounds acknowledged and
    addressed?", and its extraction template: "How does the paper control for each? (Ablations?
    Negative controls?)".

    ## Bad
    "A key confound is position bias: early tokens matter more." (and nothing after it)

    ## Good
    "A key confound is position bias. Control: compare against shuffled positions."

    ## Options
    Pack data `cues.confound`, `cues.control`, `cues.uncontrolled`.

    ## Fix
    None.
    """

    code = "MA034"
    name = "confound-uncontrolled"
    severity = Severity.WARNING
    pack = "mechanistic-analysis"
    summary = "a confound is named but no control is paired with it"

    def check(self, doc, ctx):
        data = ctx.pack_data()
        section, _ = located(doc, data, "controls")
        if section is None:
            return
        confound, control, honest = cue(data, "confound"), cue(data, "control"), cue(data, "uncontrolled")
        groups: list[list[tuple[int, str]]] = []
        for line, text in units(section):
            names_confound = confound.search(text) is not None
            answers_previous = (
                names_confound and control.search(text) and groups and not _paired(groups[-1], control, honest)
            )
            if (names_confound and not answers_previous) or not groups:
                groups.append([(line, text)])
            else:
                groups[-1].append((line, text))
        for group in groups:
            line, text = group[0]
            match = confound.search(text)
            if match is None:
                continue
            if _paired(group, control, honest):
                continue
            yield self.diagnostic(
                doc,
                line,
                1,
                f"confound '{_excerpt(text)}' has no control: say how the paper rules it out, or that it does not",
            )


def _paired(group, control, honest) -> bool:
    rest = " ".join(text for _, text in group)
    return bool(control.search(rest) or honest.search(rest))


def _excerpt(text: str, limit: int = 60) -> str:
    flat = " ".join(text.replace("*", "").replace("_", " ").split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
