from __future__ import annotations

from collections import defaultdict

from skilllint.diagnostics import Severity
from skilllint.packs import normalise_category
from skilllint.rules import RepositoryRule, register
from skilllint.rules.helpers import field_value
from skilllint.rules.skillxiv._facts import key_line, others, paper_id


@register
class DuplicatePaperCategory(RepositoryRule):
    """Two skills for the same arXiv paper and the same category.

    ## What it checks
    Across every file of the run: skills whose `url` names the same arXiv paper (versions aside)
    and whose `category` is the same (case and spaces ignored; skills without a category count as
    one category). Each of them gets a warning on its `url` line naming the others.

    ## Why it matters
    paper2skill v0.0.3 extracts "a single paper can yield multiple skills if it spans categories":
    one skill per category of a paper, and it says to skip an extraction that "would produce a
    near-duplicate of the primary skill". Two skills for one paper and one category split its
    readers and its fixes between two copies.

    ## Bad
    `a/SKILL.md` and `b/SKILL.md` both with `url: "https://arxiv.org/abs/2205.14135"` and
    `category: "Scaling & Efficiency"`.

    ## Good
    One with `category: "Scaling & Efficiency"`, the other with `category: "Component Innovation"`
    — or a single skill.

    ## Options
    None.

    ## Fix
    None: which skill to keep (or how to merge them) is the maintainers' call.
    """

    code = "SX201"
    name = "duplicate-paper-category"
    severity = Severity.WARNING
    pack = "skillxiv"
    summary = "two skills for the same paper and the same category"

    def collect(self, doc, ctx):
        paper = paper_id(doc)
        if paper is None:
            return None
        category = field_value(doc, "category")
        category = category.strip() if isinstance(category, str) and category.strip() else None
        return {"paper": paper, "category": category, "line": key_line(doc, "url")}

    def check_repository(self, facts, ctx):
        groups: dict[tuple[str, str], list[tuple[str, dict]]] = defaultdict(list)
        for path, fact in facts:
            if fact:
                key = normalise_category(fact["category"]) if fact["category"] else ""
                groups[(fact["paper"], key)].append((path, fact))
        for (paper, _), members in sorted(groups.items()):
            if len(members) < 2:
                continue
            for path, fact in members:
                rest = [p for p, _ in members if p != path]
                where = f"category '{fact['category']}'" if fact["category"] else "no category"
                yield self.at(path, fact["line"],
                              f"arXiv {paper} with {where} also has a skill in {others(rest)}: "
                              "one skill per category of a paper")
