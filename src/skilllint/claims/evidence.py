"""Evidence licensing: does a causal claim have intervention evidence in its sentence, paragraph or section?

Every prose sentence of a document is classified once; each causal claim is then paired with the
evidence found nearby, nearest scope first. Intervention evidence (ablation, patching, causal
tracing, steering ...) licenses a direct causal claim; weak evidence (attribution patching, gradient
approximations) only lowers the severity; correlational evidence (probes, attention weights,
saliency, similarity ...) does not license it.
"""

from __future__ import annotations

import re
import weakref
from collections import OrderedDict
from dataclasses import dataclass, field

from skilllint.claims.classifier import CONDITIONAL, DIRECT, Classification, Cue, causal_claim
from skilllint.claims.lexicon import Lexicon
from skilllint.claims.sentences import Sentence, matching_sentences, section_of
from skilllint.document import Section, SkillDocument

INTERVENTION = "intervention"
WEAK = "weak"
CORRELATIONAL = "correlational"
SCOPES = ("sentence", "paragraph", "section")


@dataclass(frozen=True)
class EvidenceHit:
    kind: str
    phrase: str
    scope: str


@dataclass(frozen=True)
class Claim:
    """A causal sentence, its classification and the evidence nearest to it (per kind)."""

    sentence: Sentence
    classification: Classification
    evidence: dict[str, EvidenceHit] = field(default_factory=dict)
    correlational_in_sentence: bool = False

    @property
    def cue(self) -> Cue | None:
        return self.classification.cue

    def position(self) -> tuple[int, int]:
        cue = self.cue
        return self.sentence.position(cue.start) if cue else (self.sentence.line, self.sentence.column)


def find_evidence(text: str, lexicon: Lexicon, hits: tuple[int, ...] | None = None) -> dict[str, str]:
    """The first phrase of each evidence kind in ``text``; weak evidence is not counted twice.

    ``hits`` may be given when ``text`` is already lower-cased and indexed.
    """
    lowered = text if hits is not None else text.lower()
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


def _nearest(scopes: list[tuple[str, dict[str, str]]]) -> dict[str, EvidenceHit]:
    nearest: dict[str, EvidenceHit] = {}
    for scope, found in scopes:
        for kind, phrase in found.items():
            nearest.setdefault(kind, EvidenceHit(kind, phrase, scope))
    return nearest


def _scope_id(sentence: Sentence) -> tuple[int, int]:
    return (id(sentence.section), id(sentence.block))


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


def _analyse(doc: SkillDocument, lexicon: Lexicon, scope: str) -> list[Claim]:
    owner = section_of(doc)
    causal: list[tuple[Sentence, Classification, dict[str, str]]] = []
    for block in doc.blocks:
        if block.kind not in _PROSE or not lexicon.may_claim(block.text):
            continue
        keep = lexicon.may_claim if block.kind in _MANY_UNITS else None
        for sentence in matching_sentences(doc, block, keep, owner.get(id(block))):
            classification, norm, hits = causal_claim(sentence.text, lexicon)
            if classification is not None and classification.label in (DIRECT, CONDITIONAL):
                causal.append((sentence, classification, find_evidence(norm, lexicon, hits)))
    if not causal:
        return []
    depth = SCOPES.index(scope) if scope in SCOPES else len(SCOPES) - 1

    block_cache: dict[int, dict[str, str]] = {}
    section_cache: dict[int, dict[str, str]] = {}
    claims = []
    for sentence, classification, in_sentence_evidence in causal:
        scopes = [("sentence", in_sentence_evidence)]
        # Intervention evidence nearer the claim settles it: wider scopes cannot change the verdict.
        if depth >= 1 and INTERVENTION not in in_sentence_evidence:
            block = sentence.block
            if id(block) not in block_cache:
                block_cache[id(block)] = find_evidence(block.text, lexicon)
            scopes.append(("paragraph", block_cache[id(block)]))
        if depth >= 2 and sentence.section is not None and all(INTERVENTION not in found for _, found in scopes):
            section = sentence.section
            if id(section) not in section_cache:
                section_cache[id(section)] = find_evidence(_section_text(section), lexicon)
            scopes.append(("section", section_cache[id(section)]))
        in_sentence = CORRELATIONAL in scopes[0][1]
        claims.append(Claim(sentence, classification, _nearest(scopes), in_sentence))
    return claims


def _section_text(section: Section) -> str:
    blocks = ([section.heading] if section.heading is not None else []) + section.all_blocks()
    return "\n".join(block.text for block in blocks if block.kind in _PROSE)


def describe(hit: EvidenceHit) -> str:
    where = {"sentence": "in the same sentence", "paragraph": "in its paragraph", "section": "in its section"}[hit.scope]
    return f'"{_squash(hit.phrase)}" {where}'


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
