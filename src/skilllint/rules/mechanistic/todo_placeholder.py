import re
from functools import lru_cache

from skilllint.diagnostics import Severity
from skilllint.rules import Rule, register

_COMMENT = re.compile(r"<!--.*?-->", re.S)


@lru_cache(maxsize=16)
def _patterns(sources: tuple[str, ...]) -> list[re.Pattern[str]]:
    """Each marker on its own: one literal scan per marker beats one alternation that has none."""
    return [re.compile(source) for source in sources]


@register
class TodoPlaceholder(Rule):
    """A visible placeholder: `TODO`, `FIXME` or "[To be populated …]".

    ## What it checks
    The frontmatter and body for the pack's placeholder markers (cues `todo`, matched
    case-sensitively as written: `TODO`, `FIXME`, and bracketed "[To be populated/added/
    written …]" notes), outside HTML comments. One warning per line.

    ## Why it matters
    The guide's extraction template is a set of questions to answer ("CODE AVAILABLE: [yes/no,
    URL]"); its Phase 5 "Quality Checks" come after every field is filled. A placeholder that
    reaches readers is an unanswered question presented as a skill.

    ## Bad
    ```markdown
    Why it matters: TODO: research_question.why_it_matters
    ```

    ## Good
    The field filled in, or the sentence removed.

    ## Options
    Pack data `cues.todo`.

    ## Fix
    None.
    """

    code = "MA044"
    name = "todo-placeholder"
    severity = Severity.WARNING
    pack = "mechanistic-analysis"
    summary = "visible TODO or to-be-written placeholder"

    def check(self, doc, ctx):
        text = doc.text
        matches = [
            m for p in _patterns(tuple(ctx.pack_data().get("cues", {}).get("todo", ()))) for m in p.finditer(text)
        ]
        if not matches:
            return
        hidden = [(m.start(), m.end()) for m in _COMMENT.finditer(text)]
        reported: set[int] = set()
        for match in sorted(matches, key=lambda m: m.start()):
            if any(start <= match.start() < end for start, end in hidden):
                continue
            line, column = doc.position(match.start())
            if line in reported:
                continue
            reported.add(line)
            yield self.diagnostic(doc, line, column, f"placeholder '{match.group(0)}' left in the skill")
