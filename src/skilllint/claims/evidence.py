"""Evidence licensing: what does a causal claim rest on, in its sentence, paragraph or section?

Every prose sentence that can make a causal claim is classified once; each causal claim is then
paired with the evidence nearby, nearest scope first. Two kinds of evidence are told apart:

* mentions of a method (pack vocabularies): intervention evidence (ablation, patching, causal
  tracing, steering ...) licenses a direct causal claim; weak evidence (attribution patching,
  gradient approximations) only lowers the severity; correlational instruments (probes,
  attention weights, saliency ...) merely show that the text talks about such methods;
* correlational findings: sentences that report a correlational result, either a predicated
  association ("X correlates with Y", "X predicts Y", "Y is decodable from X") or a correlational
  instrument with a measured value ("probe accuracy reached 91%"). A finding in another sentence
  counts only when it shares a content word with the claim, so that it is about the same thing.

Blocks are searched for method mentions once each; a section's mentions are its blocks'. Findings
are looked for only around claims, once per unit of prose (a paragraph, a list item) or section.
"""

from __future__ import annotations

import re
import weakref
from collections import OrderedDict
from dataclasses import dataclass, field

from skilllint.claims.classifier import (
    CONDITIONAL,
    DIRECT,
    Classification,
    Cue,
    causal_claim,
    classify_text,
    heading_claim,
    is_instruction,
)
from skilllint.claims.lexicon import Lexicon
from skilllint.claims.sentences import Sentence, block_sentences, matching_sentences, section_of
from skilllint.document import Block, Section, SkillDocument

INTERVENTION = "intervention"
WEAK = "weak"
CORRELATIONAL = "correlational"
SCOPES = ("sentence", "paragraph", "section")

# Correlational cues that report an association between two things. Comparisons ("higher than"),
# observed changes and descriptions of what a component computes ("the critic predicts values",
# "the encoder encodes frames", "track the loss") are not findings of this kind.
_ASSOCIATION_CUE = re.compile(
    r"correlat|associat|\blinked (?:to|with)|co-?occur|co-?var|covar|coincid|decodable|predictive of|"
    r"\bfires? (?:on|for|when|in response)|\bactivates? (?:strongly |most |selectively )?(?:on|for|when|in response)|"
    r"\bresponds? (?:selectively |strongly )?to|\bselective (?:for|to)"
)
# A measured value: a percentage, a decimal, a correlation coefficient or an AUC.
_MEASURE = re.compile(r"\d\s*%|\b\d*\.\d+\b|\b(?:r|rho|ρ|r²|r\^2|auc|auroc|iou)\s*(?:=|of|:)\s*-?\d")
_MEASURE_REACH = 80  # characters between an instrument and its measured value
# Conditions, purposes and questions report nothing.
_NOT_A_FINDING = re.compile(r"^\W*(?:if|when|whenever|whether|unless|suppose|assume|assuming|to|for each)\b")
# An association under a verb of checking or a condition is not asserted ("verify that X correlates with Y").
_UNASSERTED = re.compile(
    r"\b(?:verify|verifying|check|checking|ensure|ensuring|test|testing|whether|if|measure|measuring|compute|computing|"
    r"calculate|calculating|plot|plotting|assess|assessing|evaluate|evaluating|examine|examining|see|determine|"
    r"confirm|confirming|unless|until|expect|hope|hoping|which|where|what|how)\b[^.;:,]*$"
)
_REASON = re.compile(r"\b(?:because|since|as|given that|as shown by|evidenced by)\b")
# A value that is a setting, not a measurement ("IoU threshold of 0.5").
_SETTING = re.compile(r"threshold|cut-?off|>|<|≥|≤|at least|at most|above|below|set to|=")
_CONTENT_WORD = re.compile(r"[a-z][a-z0-9-]{2,}|\d+(?:\.\d+)*")
_FUNCTION_WORDS = frozenset(
    """the and for with from that this these those than then into onto over under about also are was were been
    being has have had its their our your his her they them which what when where while who whom whose will would
    can could may might must should shall does did not but nor yet such each every any some more most less least
    only very much many both either neither other another same own just even still thus hence therefore because
    there here however whereas although though since until upon within without between among across through via
    per one two three first second new use used using uses model models method methods approach result results
    show shows shown showed make makes made way ways like based""".split()
)


@dataclass(frozen=True)
class EvidenceHit:
    kind: str
    phrase: str
    scope: str


@dataclass(frozen=True)
class Finding:
    """A sentence reporting a correlational result, and the phrase that makes it one."""

    sentence: Sentence
    phrase: str


@dataclass(eq=False)
class Claim:
    """A causal sentence, its classification, the method mentions nearest to it (per kind) and its surroundings."""

    sentence: Sentence
    classification: Classification
    evidence: dict[str, EvidenceHit] = field(default_factory=dict)
    in_sentence: str | None = None
    neighbourhood: _Neighbourhood | None = field(default=None, repr=False)
    _found: dict[str, EvidenceHit | None] = field(default_factory=dict, repr=False)

    @property
    def cue(self) -> Cue | None:
        return self.classification.cue

    @property
    def correlational_in_sentence(self) -> bool:
        """Whether the claim's own sentence reports the correlational finding ("because X correlates with Y, ...")."""
        return self.in_sentence is not None

    def position(self) -> tuple[int, int]:
        cue = self.cue
        return self.sentence.position(cue.start) if cue else (self.sentence.line, self.sentence.column)

    def subject_words(self) -> set[str]:
        """Content words of the claim's clause before its causal cue: what the claim is about."""
        cue = self.cue
        if cue is None:
            return set()
        return content_words(self.sentence.text[: cue.start])

    def finding(self, scope: str = "paragraph") -> EvidenceHit | None:
        """The nearest correlational finding about the claim's subject within ``scope``."""
        if scope not in self._found:
            self._found[scope] = self._finding(scope)
        return self._found[scope]

    def _finding(self, scope: str) -> EvidenceHit | None:
        if self.in_sentence is not None:
            return EvidenceHit(CORRELATIONAL, self.in_sentence, "sentence")
        if _participial(self.classification):
            return None
        depth = SCOPES.index(scope) if scope in SCOPES else 1
        if depth == 0 or self.neighbourhood is None:
            return None
        words = self.subject_words()
        if not words:
            return None
        reach = [("paragraph", self.neighbourhood.unit_findings(self.sentence))]
        if depth >= 2 and self.sentence.section is not None:
            reach.append(("section", self.neighbourhood.section_findings(self.sentence.section)))
        for where, findings in reach:
            for found in findings:
                shared = words & content_words(found.sentence.text)
                if not _same_sentence(found.sentence, self.sentence) and len(shared) >= min(2, len(words)):
                    return EvidenceHit(CORRELATIONAL, found.phrase, where)
        return None


def _participial(classification: Classification) -> bool:
    """Whether every causal cue is an -ing form ("..., enabling X"): a consequence of a whole clause, of a method."""
    return bool(classification.causal) and all(
        cue.phrase.lower().split()[0].endswith("ing") for cue in classification.causal if cue.phrase
    )


def _same_sentence(one: Sentence, other: Sentence) -> bool:
    return one.line == other.line and one.column == other.column


def content_words(text: str) -> set[str]:
    """Words that say what a sentence is about (no function words, no generic method words)."""
    return {word for word in _CONTENT_WORD.findall(text.lower()) if word not in _FUNCTION_WORDS}


def correlational_finding(
    text: str, lexicon: Lexicon, classification: Classification | None = None
) -> str | None:
    """The phrase by which a sentence reports a correlational result, or None.

    A predicated association ("X correlates with Y", "X predicts Y", "decodable from") counts, and
    so does a correlational instrument followed by a measured value ("probe accuracy reached 91%").
    Instructions, conditions and questions report nothing.
    """
    lowered = text.lower()
    measured = _MEASURE.search(lowered) is not None
    if not measured and not _ASSOCIATION_CUE.search(lowered):
        return None
    if _NOT_A_FINDING.match(lowered) or lowered.rstrip(" \"')*_").endswith("?") or is_instruction(text, lexicon):
        return None
    classification = classification if classification is not None else classify_text(text, lexicon)
    causal = [(cue.start, cue.end) for cue in classification.causal]
    for cue in classification.correlational:
        if (
            _ASSOCIATION_CUE.search(cue.phrase.lower())
            and not any(s < cue.end and cue.start < e for s, e in causal)
            and _grounds(lowered, causal, cue.start)
            and not _UNASSERTED.search(lowered[max(0, cue.start - 80) : cue.start])
        ):
            return cue.phrase
    if not measured:
        return None
    span = lexicon.correlational_evidence.first(lowered, lexicon.index.hits(lowered))
    while span is not None:
        measure = _MEASURE.search(lowered, span[1], span[1] + _MEASURE_REACH)
        if (
            measure is not None
            and not any(span[0] < s < measure.start() for s, _e in causal)
            and not _SETTING.search(lowered, span[0], measure.start())
        ):
            return text[span[0] : span[1]]
        span = _next_instrument(lowered, lexicon, span[1])
    return None


def _grounds(lowered: str, causal: list[tuple[int, int]], start: int) -> bool:
    """Whether a finding at ``start`` can ground the sentence's causal claim: it comes first ("X correlates
    with Y, so X causes Y") or is given as the reason ("X causes Y because X correlates with Y"). A finding
    inside the claim's object ("prevents the gradients associated with Z") grounds nothing."""
    earlier = [end for cue_start, end in causal if cue_start < start]
    if not earlier:
        return True
    return bool(_REASON.search(lowered, max(earlier), start))


def _next_instrument(lowered: str, lexicon: Lexicon, after: int) -> tuple[int, int] | None:
    found = lexicon.correlational_evidence.first(lowered[after:], lexicon.index.hits(lowered[after:]))
    return None if found is None else (found[0] + after, found[1] + after)


class _Neighbourhood:
    """Correlational findings of a document's units of prose and sections, found on demand, once each."""

    def __init__(self, doc: SkillDocument, lexicon: Lexicon, units: dict[tuple[int, int], list[Sentence]]) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self._unit_sentences = units  # every sentence of each unit that holds a claim, already split
        self._units: dict[tuple[int, int], list[Finding]] = {}
        self._blocks: dict[int, list[Finding]] = {}
        self._sections: dict[int, list[Finding]] = {}

    def _findings(self, sentences) -> list[Finding]:
        found = []
        for sentence in sentences:
            phrase = correlational_finding(sentence.text, self.lexicon)
            if phrase is not None:
                found.append(Finding(sentence, phrase))
        return found

    def unit_findings(self, sentence: Sentence) -> list[Finding]:
        key = (id(sentence.block), sentence.unit)
        if key not in self._units:
            self._units[key] = self._findings(self._unit_sentences.get(key, ()))
        return self._units[key]

    def section_findings(self, section: Section) -> list[Finding]:
        if id(section) not in self._sections:
            found: list[Finding] = []
            for block in section.all_blocks():
                if block.kind in _PROSE:
                    if id(block) not in self._blocks:
                        self._blocks[id(block)] = self._findings(block_sentences(self.doc, block, section))
                    found.extend(self._blocks[id(block)])
            self._sections[id(section)] = found
        return self._sections[id(section)]


def find_evidence(text: str, lexicon: Lexicon, hits: tuple[int, ...] | None = None) -> dict[str, str]:
    """The first phrase of each kind of method mention in ``text``; weak evidence is not counted twice.

    ``hits`` may be given when ``text`` is already lower-cased and indexed.
    """
    lowered = text if hits is not None else text.lower()
    if lexicon.evidence_gate is not None and lexicon.evidence_gate.search(lowered) is None:
        return {}
    hits = hits if hits is not None else lexicon.index.hits(lowered)
    found: dict[str, str] = {}
    weak = lexicon.weak_evidence.spans(lowered, hits)
    if weak:
        found[WEAK] = text[weak[0][0] : weak[0][1]]
    for kind, patterns in ((INTERVENTION, lexicon.intervention_evidence), (CORRELATIONAL, lexicon.correlational_evidence)):
        span = patterns.first(lowered, hits, weak)
        if span is not None:
            found[kind] = text[span[0] : span[1]]
    return found


def analyse(doc: SkillDocument, lexicon: Lexicon, scope: str = "section") -> list[Claim]:
    """Causal claims of a document with their nearest evidence; computed once per document and lexicon."""
    key = (id(doc), id(lexicon), scope)
    cached = _CACHE.get(key)
    if cached is not None and cached[0]() is doc:
        return cached[1]
    claims = _analyse(doc, lexicon, scope)
    _CACHE[key] = (weakref.ref(doc), claims)
    while len(_CACHE) > 16:
        _CACHE.popitem(last=False)
    return claims


_CACHE: OrderedDict[tuple[int, int, str], tuple[weakref.ReferenceType, list[Claim]]] = OrderedDict()


_PROSE = frozenset({"paragraph", "list", "table", "blockquote", "heading"})
_MANY_UNITS = frozenset({"list", "table", "blockquote"})


def _claims_of_block(doc: SkillDocument, block: Block, section: Section | None, lexicon: Lexicon, units: dict):
    keep = lexicon.may_claim if block.kind in _MANY_UNITS else None
    for sentence in matching_sentences(doc, block, keep, section):
        units.setdefault((id(block), sentence.unit), []).append(sentence)
        classification, norm, hits = causal_claim(sentence.text, lexicon)
        if classification is not None and block.kind == "heading":
            classification = heading_claim(sentence.text, classification)
        if classification is not None and classification.label in (DIRECT, CONDITIONAL):
            yield sentence, classification, norm, hits


def _analyse(doc: SkillDocument, lexicon: Lexicon, scope: str) -> list[Claim]:
    causal = []
    owner: dict[int, Section] | None = None
    units: dict[tuple[int, int], list[Sentence]] = {}
    for block in doc.blocks:
        if block.kind not in _PROSE or not lexicon.may_claim(block.text):
            continue
        if owner is None:
            owner = section_of(doc)
        causal.extend(_claims_of_block(doc, block, owner.get(id(block)), lexicon, units))
    if not causal:
        return []
    depth = SCOPES.index(scope) if scope in SCOPES else len(SCOPES) - 1
    mentions = _Mentions(lexicon)
    neighbourhood = _Neighbourhood(doc, lexicon, units)
    claims = []
    for sentence, classification, norm, hits in causal:
        scopes = [("sentence", find_evidence(norm, lexicon, hits))]
        # Intervention evidence nearer the claim settles it: wider scopes cannot change the verdict.
        if depth >= 1 and INTERVENTION not in scopes[0][1]:
            scopes.append(("paragraph", mentions.block(sentence.block)))
        if depth >= 2 and sentence.section is not None and all(INTERVENTION not in found for _, found in scopes):
            scopes.append(("section", mentions.section(sentence.section)))
        in_sentence = None
        if classification.label == DIRECT and not _participial(classification):
            in_sentence = correlational_finding(sentence.text, lexicon, classification)
        claims.append(Claim(sentence, classification, _nearest(scopes), in_sentence, neighbourhood))
    return claims


class _Mentions:
    """Method mentions per block, searched once each; a section's are its blocks' in order."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._blocks: dict[int, dict[str, str]] = {}
        self._sections: dict[int, dict[str, str]] = {}

    def block(self, block: Block) -> dict[str, str]:
        found = self._blocks.get(id(block))
        if found is None:
            found = self._blocks[id(block)] = find_evidence(block.text, self.lexicon) if block.kind in _PROSE else {}
        return found

    def section(self, section: Section) -> dict[str, str]:
        found = self._sections.get(id(section))
        if found is None:
            found = {}
            blocks = ([section.heading] if section.heading is not None else []) + section.all_blocks()
            for block in blocks:
                for kind, phrase in self.block(block).items():
                    found.setdefault(kind, phrase)
            self._sections[id(section)] = found
        return found


def _nearest(scopes: list[tuple[str, dict[str, str]]]) -> dict[str, EvidenceHit]:
    nearest: dict[str, EvidenceHit] = {}
    for scope, found in scopes:
        for kind, phrase in found.items():
            nearest.setdefault(kind, EvidenceHit(kind, phrase, scope))
    return nearest


def describe(hit: EvidenceHit) -> str:
    where = {"sentence": "in the same sentence", "paragraph": "in its paragraph", "section": "in its section"}[hit.scope]
    return f'"{_squash(hit.phrase)}" {where}'


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
