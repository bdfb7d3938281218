"""The shared body of the near-duplicate title and description rules."""

from __future__ import annotations

from skilllint.rules import RepositoryRule
from skilllint.rules.helpers import field_value
from skilllint.rules.skillxiv._common import threshold
from skilllint.rules.skillxiv._facts import key_line, others, paper_id
from skilllint.rules.skillxiv._near_duplicates import near_duplicates


class NearDuplicateField(RepositoryRule):
    cacheable = True  # a pure function of the facts, and the costliest comparison of a run
    field: str = ""
    threshold_name: str = ""
    default_threshold: float = 90
    min_length: int = 1

    def collect(self, doc, ctx):
        value = field_value(doc, self.field)
        if not isinstance(value, str) or len(value.strip()) < self.min_length:
            return None
        return {"text": value.strip(), "paper": paper_id(doc), "line": key_line(doc, self.field)}

    def check_repository(self, facts, ctx):
        entries = [(path, fact) for path, fact in facts if fact]
        cutoff = threshold(ctx, self.threshold_name, self.default_threshold)
        matches = near_duplicates([fact["text"] for _, fact in entries], cutoff)
        for index, pairs in sorted(matches.items()):
            path, fact = entries[index]
            # Skills of one paper share its title and topic by design; duplicate-paper-category judges them.
            pairs = [(j, s) for j, s in pairs if not (fact["paper"] and entries[j][1]["paper"] == fact["paper"])]
            if not pairs:
                continue
            pairs.sort(key=lambda p: (-p[1], entries[p[0]][0]))
            closest, best = pairs[0]
            names = others([entries[j][0] for j, _ in pairs])
            if entries[closest][1]["text"] == fact["text"]:
                kind = "identical"
            elif best >= 100:
                kind = "identical apart from case and punctuation"
            else:
                kind = f"{best:.0f}% similar"
            yield self.at(path, fact["line"], f"{self.field} is {kind} to the {self.field} of {names}")
