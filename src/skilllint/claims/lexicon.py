"""The claims pack's vocabularies, compiled once per process.

Word lists are turned into regular expressions here; the classifier and the evidence finder
only ever see compiled patterns. A pack's ``data`` mapping is compiled the first time it is
seen and reused afterwards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from skilllint.claims.prefilter import PatternSet, WordIndex, gate_pattern, literal_heads, pattern_heads

if TYPE_CHECKING:
    from skilllint.claims.classifier import Classification

PACK_NAME = "claims"
_IRREGULAR_DOUBLING = re.compile(r"(?:[^aeiou][aeiou][bdgmnprt])$")
_DOUBLING_EXCEPTIONS = {"alter", "lower", "worsen", "strengthen", "weaken", "lessen", "benefit", "exert", "counteract", "govern", "enable"}


def inflect(entry: str) -> list[str]:
    """Surface forms of a lexicon entry: "a|b|c" verbatim, otherwise the regular verb forms."""
    entry = entry.strip().lower()
    if "|" in entry:
        return [form.strip() for form in entry.split("|") if form.strip()]
    head, _, rest = entry.partition(" ")
    tail = f" {rest}" if rest else ""
    if head.endswith("e"):
        forms = [head, head + "s", head + "d", head[:-1] + "ing"]
    elif head.endswith("y") and len(head) > 2 and head[-2] not in "aeiou":
        forms = [head, head[:-1] + "ies", head[:-1] + "ied", head + "ing"]
    elif head.endswith(("s", "sh", "ch", "x", "z")):
        forms = [head, head + "es", head + "ed", head + "ing"]
    elif len(head) <= 4 and _IRREGULAR_DOUBLING.search(head) and head not in _DOUBLING_EXCEPTIONS:
        forms = [head, head + "s", head + head[-1] + "ed", head + head[-1] + "ing"]
    else:
        forms = [head, head + "s", head + "ed", head + "ing"]
    return [form + tail for form in forms]


def _alternation(forms: list[str]) -> str:
    # Sentences are matched with their white space collapsed to single spaces.
    return r"\b(?:" + _longest_first(forms) + r")\b"


def _longest_first(forms: list[str]) -> str:
    """The forms as one regular-expression alternation, the longest first so that none hides a longer one."""
    return "|".join(re.escape(form) for form in sorted(set(forms), key=len, reverse=True))


_WINDOW = 60  # characters on either side of a method mention that can say it was not done
_CLAUSE_START = re.compile(r"[.;:!?,(|]")
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")


def _named_component(nouns: list[str]) -> re.Pattern[str]:
    """A component named by its index ("head 3.0", "MLP 10", "layer 7") or pointed at ("these layers")."""
    alternation = _longest_first(nouns)
    return re.compile(rf"\b(?:{alternation}) ?l?\d+(?:\.\d+)?\b|\b(?:these|those) (?:[\w-]+ )?(?:{alternation})\b")


def _noun_forms(entries: list[str]) -> list[str]:
    return [form.strip().lower() for entry in entries for form in entry.split("|") if form.strip()]


class LexiconError(ValueError):
    """A pack pattern that is not a valid regular expression."""


def _one_of(patterns: list[str], key: str) -> re.Pattern[str] | None:
    """One expression matching wherever any of ``patterns`` matches."""
    if not patterns:
        return None
    try:
        return re.compile("|".join(f"(?:{pattern})" for pattern in patterns))
    except re.error as exc:
        raise LexiconError(f"claims pack: data.{key}: invalid pattern: {exc}") from None


def _heads(pattern: str, key: str) -> tuple[set[str] | None, bool]:
    try:
        return pattern_heads(pattern)
    except re.error as exc:
        raise LexiconError(f"claims pack: data.{key}: invalid pattern {pattern!r}: {exc}") from None


@dataclass(frozen=True)
class Lexicon:
    """Sentence-level vocabularies as indexed pattern sets; evidence vocabularies as single patterns."""

    change_verbs: PatternSet
    causal_verbs: PatternSet
    causal_phrases: PatternSet
    component_verbs: PatternSet
    harmless: PatternSet
    hedges: PatternSet
    advice: PatternSet
    correlational_cues: PatternSet
    definitions: PatternSet
    constructions: PatternSet
    open_questions: PatternSet
    hedged_cues: PatternSet
    imperative_verbs: frozenset[str]
    capability_verbs: frozenset[str]
    mechanism_nouns: re.Pattern[str] | None
    named_component: re.Pattern[str] | None  # "head 3.0", "layer 7", "these layers": the subject of component_verbs
    evidence_not_done_before: re.Pattern[str] | None
    evidence_not_done_after: re.Pattern[str] | None
    triggers: frozenset[int]
    causal_triggers: frozenset[int]
    index: WordIndex
    intervention_evidence: PatternSet
    weak_evidence: PatternSet
    correlational_evidence: PatternSet
    licensing_index: WordIndex  # weak and intervention evidence
    correlational_index: WordIndex  # correlational evidence
    causal_gate: re.Pattern[str] | None = None

    def may_claim(self, text: str) -> bool:
        """False when no sentence of ``text`` can make a causal claim (one regular-expression search)."""
        return self.causal_gate is None or self.causal_gate.search(text.lower()) is not None

    def is_capability(self, classification: Classification, sentence: str) -> bool:
        """Whether a claim states what a design makes possible or sets ("the cache enables longer contexts",
        "beta controls the KL strength"): every causal verb is a capability verb, any causal noun phrase is part
        of what it makes possible ("enables practical benefits in deployment"), and no model component (pack
        ``mechanism_nouns``: "head 9.1 controls copying") is the first one's subject: a component in an earlier
        clause ("a layer with forgetting, enabling retention") describes the design."""
        cues = classification.causal
        verbs = [cue for cue in cues if cue.kind != "phrase"]
        if not verbs or not all(cue.kind == "verb" and cue.phrase.lower().split()[0] in self.capability_verbs for cue in verbs):
            return False
        if any(cue.kind == "phrase" and cue.start < verbs[0].end for cue in cues):
            return False
        if self.mechanism_nouns is None:
            return True
        before = sentence[: cues[0].start]
        clause = before[max(before.rfind(mark) for mark in ",;:\u2014") + 1 :]
        return self.mechanism_nouns.search(clause.lower()) is None

    def not_done(self, text: str, start: int, end: int) -> bool:
        """Whether the method mentioned at text[start:end] is named as not done or only proposed
        ("we did not run any ablation", "patching would be needed")."""
        before = _CLAUSE_START.split(text[max(0, start - _WINDOW) : start])[-1]
        after = _SENTENCE_END.split(text[end : end + _WINDOW], maxsplit=1)[0]
        return bool(
            (self.evidence_not_done_before is not None and self.evidence_not_done_before.search(before))
            or (self.evidence_not_done_after is not None and self.evidence_not_done_after.search(after))
        )

    def cue_lines(self, text: str, first_line: int = 1) -> set[int] | None:
        """The lines of ``text`` (numbered from ``first_line``) on which the causal gate matches, or None when
        there is no gate. A piece of a line that holds no match, once markers and indentation are taken off
        and it is joined to other pieces with spaces, holds none either: markers and white space hold no letter,
        and a match, made of letters and hyphens (or an arrow), never spans a line."""
        gate = self.causal_gate
        if gate is None:
            return None
        lowered = text.lower()
        search = gate.search
        found: set[int] = set()
        line = first_line
        position = 0
        while True:
            match = search(lowered, position)
            if match is None:
                return found
            start = match.start()
            line += lowered.count("\n", position, start)
            found.add(line)
            position = lowered.find("\n", start) + 1
            if not position:
                return found
            line += 1

    def has_causal_cue(self, norm: str, hits: tuple[int, ...]) -> bool:
        """Whether a causal pattern (``causal_triggers``: change and causal verbs, causal phrases, hedged cues)
        matches a sentence's normal form, given its ``index`` hits."""
        pattern = self.index.pattern
        return any(pattern(number).search(norm) for number in hits if number in self.causal_triggers)

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Lexicon:
        def entries(key: str) -> list[str]:
            value = data.get(key) or []
            if not isinstance(value, list):
                raise LexiconError(f"claims pack: data.{key} must be a list of strings")
            return [str(item) for item in value]

        def word_set(key: str) -> PatternSet:
            forms = [inflect(entry) for entry in entries(key)]
            forms = [entry_forms for entry_forms in forms if entry_forms]
            return PatternSet([_alternation(entry_forms) for entry_forms in forms], [literal_heads(f) for f in forms])

        def pattern_set(key: str) -> PatternSet:
            # Parsing finds each pattern's heads and validates it; compiling waits until a pattern is needed.
            sources = entries(key)
            return PatternSet(sources, [_heads(pattern, key) for pattern in sources])

        sets = {
            "change_verbs": word_set("change_verbs"),
            "causal_verbs": word_set("causal_verbs"),
            "causal_phrases": pattern_set("causal_phrases"),
            "component_verbs": word_set("component_verbs"),
            "harmless": pattern_set("harmless"),
            "hedges": pattern_set("hedges"),
            "advice": pattern_set("advice"),
            "correlational_cues": pattern_set("correlational_cues"),
            "definitions": pattern_set("definitions"),
            "constructions": pattern_set("constructions"),
            "open_questions": pattern_set("open_questions"),
            "hedged_cues": pattern_set("hedged_cues"),
            "intervention_evidence": pattern_set("intervention_evidence"),
            "weak_evidence": pattern_set("weak_evidence"),
            "correlational_evidence": pattern_set("correlational_evidence"),
        }
        index = WordIndex(list(sets.values()))
        nouns = _noun_forms(entries("mechanism_nouns"))
        named_component = _named_component(nouns) if nouns and sets["component_verbs"].heads else None
        # Only these can make a sentence anything but "none": when none of them can match, stop early.
        def numbers(*keys: str) -> frozenset[int]:
            return frozenset(sets[key].offset + n for key in keys for n in range(len(sets[key].heads)))

        causal_keys = ("change_verbs", "causal_verbs", "causal_phrases", "hedged_cues")
        causal_triggers = numbers(*causal_keys)
        return cls(
            causal_gate=gate_pattern([sets[key] for key in (*causal_keys, "component_verbs")]),
            licensing_index=WordIndex.over([sets["weak_evidence"], sets["intervention_evidence"]]),
            correlational_index=WordIndex.over([sets["correlational_evidence"]]),
            **sets,
            imperative_verbs=frozenset(entry.strip().lower() for entry in entries("imperative_verbs")),
            capability_verbs=frozenset(form for entry in entries("capability_verbs") for form in inflect(entry)),
            mechanism_nouns=re.compile(_alternation(nouns)) if nouns else None,
            named_component=named_component,
            evidence_not_done_before=_one_of(entries("evidence_not_done_before"), "evidence_not_done_before"),
            evidence_not_done_after=_one_of(entries("evidence_not_done_after"), "evidence_not_done_after"),
            triggers=causal_triggers | numbers("correlational_cues", "correlational_evidence", "component_verbs"),
            causal_triggers=causal_triggers,
            index=index,
        )


_COMPILED: dict[int, tuple[dict[str, Any], Lexicon]] = {}


def compile_lexicon(data: dict[str, Any]) -> Lexicon:
    """Compile a pack's data mapping, once per mapping object."""
    cached = _COMPILED.get(id(data))
    if cached is not None and cached[0] is data:
        return cached[1]
    lexicon = Lexicon.from_data(data)
    _COMPILED[id(data)] = (data, lexicon)
    return lexicon


@lru_cache(maxsize=1)
def default_pack_data() -> dict[str, Any]:
    """The claims pack's data, through the pack loader when it is available."""
    from skilllint.packs import builtin_pack

    return builtin_pack(PACK_NAME).data


def default_lexicon() -> Lexicon:
    return compile_lexicon(default_pack_data())
