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

Each kind of method mention is looked for only when a rule asks about it, once per sentence, block
and section; a section's mentions are its blocks'. Findings are looked for only around claims, once
per unit of prose (a paragraph, a list item) or section.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
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
    is_measured,
    measured_instrument,
)
from skilllint.claims.lexicon import Lexicon
from skilllint.claims.prefilter import Screened, WordIndex
from skilllint.claims.sentences import Sentence, block_sentences, matching_sentences, section_of
from skilllint.document import Block, Section, SkillDocument, TableBlock

INTERVENTION = "intervention"
WEAK = "weak"
CORRELATIONAL = "correlational"
KINDS = (WEAK, INTERVENTION, CORRELATIONAL)
SCOPES = ("sentence", "paragraph", "section")

# Correlational cues that report an association between two things. Comparisons ("higher than"),
# observed changes and descriptions of what a component computes ("the critic predicts values",
# "the encoder encodes frames", "track the loss") are not findings of this kind.
_ASSOCIATION_CUE = Screened(
    r"correlat|associat|\blinked (?:to|with)|co-?occur|co-?var|covar|coincid|decodable|predictive of|"
    r"\bfires? (?:on|for|when|in response)|\bactivates? (?:strongly |most |selectively )?(?:on|for|when|in response)|"
    r"\bresponds? (?:selectively |strongly )?to|\bselective (?:for|to)"
)
# Conditions, purposes and questions report nothing.
_NOT_A_FINDING = re.compile(r"^\W*(?:if|when|whenever|whether|unless|suppose|assume|assuming|to|for each)\b")
# An association under a verb of checking or a condition is not asserted ("verify that X correlates with Y").
_UNASSERTED = re.compile(
    r"\b(?:verify|verifying|check|checking|ensure|ensuring|test|testing|whether|if|measure|measuring|compute|computing|"
    r"calculate|calculating|plot|plotting|assess|assessing|evaluate|evaluating|examine|examining|see|determine|"
    r"confirm|confirming|unless|until|expect|hope|hoping|which|where|what|how)\b[^.;:,]*$"
)
_REASON = re.compile(r"\b(?:because|since|as|given that|as shown by|evidenced by)\b")
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
    line: int | None = None  # of the sentence that holds it, when that is not the claim's own


@dataclass(frozen=True)
class Finding:
    """A sentence reporting a correlational result, and the phrase that makes it one."""

    sentence: Sentence
    phrase: str
    words: frozenset[str] = frozenset()  # its content words, what it is about


@dataclass(eq=False)
class Claim:
    """A causal sentence, its classification, the method mentions nearest to it (per kind) and its surroundings."""

    sentence: Sentence
    classification: Classification
    evidence: Mapping[str, EvidenceHit] = field(default_factory=dict)
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
        before = self.sentence.text[: cue.start]
        return content_words(before[max(before.rfind(";"), before.rfind(":")) + 1 :])

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
        if isinstance(self.sentence.block, TableBlock):
            # a row about the claim's subject pairs an observation in one cell with a conclusion in another
            row = self.neighbourhood.unit_findings(self.sentence).findings
            found = next((f for f in row if not _same_sentence(f.sentence, self.sentence)), None)
            if found is not None and words & self.neighbourhood.row_words(self.sentence):
                return _blamed(found, "paragraph")
        if not words:
            return self._finding_referred_to()
        reach = [("paragraph", self.neighbourhood.unit_findings(self.sentence))]
        heading = self.sentence.block.kind == "heading"
        reach.append(("below" if heading else "before", self.neighbourhood.adjacent_findings(self.sentence)))
        if depth >= 2 and self.sentence.section is not None:
            reach.append(("section", self.neighbourhood.section_findings(self.sentence.section)))
        for where, findings in reach:
            found = findings.first_about(words, self.sentence)
            if found is not None:
                return _blamed(found, where)
        return None

    def _finding_referred_to(self) -> EvidenceHit | None:
        """For a claim whose subject is a pronoun ("It therefore drives copying"), the finding right before it
        in its paragraph: what the pronoun refers to."""
        cue = self.cue
        if cue is None or self.neighbourhood is None or not _PRONOUN_SUBJECT.fullmatch(self.sentence.text[: cue.start]):
            return None
        here = (self.sentence.line, self.sentence.column)
        findings = self.neighbourhood.unit_findings(self.sentence).findings
        before = [found for found in findings if (found.sentence.line, found.sentence.column) < here]
        return _blamed(before[-1], "paragraph") if before else None


def _blamed(found: Finding, where: str) -> EvidenceHit:
    return EvidenceHit(CORRELATIONAL, found.phrase, where, found.sentence.line)


_PRONOUN_SUBJECT = re.compile(r"\W*(?:it|this|they|these|that)(?: \w+ly| therefore| thus| hence| so| then| also)*\s*", re.IGNORECASE)


def _participial(classification: Classification) -> bool:
    """Whether every causal cue is an -ing form ("..., enabling X"): a consequence of a whole clause, of a method."""
    return bool(classification.causal) and all(
        cue.phrase.lower().split()[0].endswith("ing") for cue in classification.causal if cue.phrase
    )


def _same_sentence(one: Sentence, other: Sentence) -> bool:
    return one.line == other.line and one.column == other.column


def content_words(text: str) -> set[str]:
    """Words that say what a sentence is about (no function words, no generic method words), in one form:
    a plural's singular ("rates" is "rate"), and a hyphenated word's parts besides the whole."""
    found = set()
    for word in _CONTENT_WORD.findall(text.lower()):
        for part in (word, *word.split("-")) if "-" in word else (word,):
            if len(part) > 3 and part.endswith("s") and not part.endswith("ss"):
                part = part[:-1]
            if len(part) > 2 and part not in _FUNCTION_WORDS:
                found.add(part)
    return found


def correlational_finding(
    text: str, lexicon: Lexicon, classification: Classification | None = None
) -> str | None:
    """The phrase by which a sentence reports a correlational result, or None.

    A predicated association ("X correlates with Y", "X predicts Y", "decodable from") counts, and
    so does a correlational instrument followed by a measured value ("probe accuracy reached 91%").
    Instructions, conditions and questions report nothing.
    """
    lowered = text.lower()
    measured = is_measured(lowered)
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
    span = measured_instrument(lowered, lexicon, causal)
    return None if span is None else text[span[0] : span[1]]


def _may_report(text: str) -> bool:
    """A cheap test on a block's Markdown: whether a sentence of it can report a correlational finding."""
    lowered = text.lower()
    return is_measured(lowered) or _ASSOCIATION_CUE.search(lowered) is not None


def _grounds(lowered: str, causal: list[tuple[int, int]], start: int) -> bool:
    """Whether a finding at ``start`` can ground the sentence's causal claim: it comes first ("X correlates
    with Y, so X causes Y") or is given as the reason ("X causes Y because X correlates with Y"). A finding
    inside the claim's object ("prevents the gradients associated with Z") grounds nothing."""
    earlier = [end for cue_start, end in causal if cue_start < start]
    if not earlier:
        return True
    return bool(_REASON.search(lowered, max(earlier), start))


class _Findings:
    """The correlational findings of one place, in file order, indexed by their content words."""

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = findings
        self._by_word: dict[str, list[int]] | None = None

    def first_about(self, words: set[str], sentence: Sentence) -> Finding | None:
        """The first finding, other than ``sentence``, that shares two of ``words`` (or its only one)."""
        if self._by_word is None:
            self._by_word = {}
            for number, finding in enumerate(self.findings):
                for word in finding.words:
                    self._by_word.setdefault(word, []).append(number)
        needed = min(2, len(words))
        candidates: set[int] = set()
        for word in words:
            candidates.update(self._by_word.get(word, ()))
        for number in sorted(candidates):
            finding = self.findings[number]
            if len(words & finding.words) >= needed and not _same_sentence(finding.sentence, sentence):
                return finding
        return None


_NO_FINDINGS = _Findings([])


class _Neighbourhood:
    """Correlational findings of a document's units of prose and sections, found on demand, once each."""

    def __init__(
        self,
        doc: SkillDocument,
        lexicon: Lexicon,
        units: dict[tuple[int, int], list[Sentence]],
        classified: dict[int, Classification],
        owner: dict[int, Section],
    ) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self._unit_sentences = units  # every sentence of each unit that holds a claim, already split
        self._classified = classified  # the classifications of those sentences that were classified, by id
        self._units: dict[tuple[int, int], _Findings] = {}
        self._blocks: dict[int, list[Finding]] = {}
        self._sections: dict[int, _Findings] = {}
        self._owner = owner
        self._before: dict[int, Block] | None = None
        self._after: dict[int, Block] = {}
        self._split: dict[int, dict[int, list[Sentence]]] = {}

    def _findings(self, sentences) -> list[Finding]:
        found = []
        for sentence in sentences:
            phrase = correlational_finding(sentence.text, self.lexicon, self._classified.get(id(sentence)))
            if phrase is not None:
                found.append(Finding(sentence, phrase, frozenset(content_words(sentence.text))))
        return found

    def row_words(self, sentence: Sentence) -> set[str]:
        """Content words of the other cells of a table cell's row."""
        others = self._unit_sentences.get((id(sentence.block), sentence.unit), ())
        return {word for other in others if not _same_sentence(other, sentence) for word in content_words(other.text)}

    def unit_findings(self, sentence: Sentence) -> _Findings:
        key = (id(sentence.block), sentence.unit)
        if key not in self._units:
            self._units[key] = _Findings(self._findings(self._unit_sentences.get(key, ())))
        return self._units[key]

    def adjacent_findings(self, sentence: Sentence) -> _Findings:
        """Findings of the list item, quoted paragraph or paragraph right before the sentence's own, in its
        section (a finding stated in one bullet is often concluded from in the next); for a heading, of the
        first paragraph or list item under it."""
        block, unit = sentence.block, sentence.unit - 1
        if block.kind == "heading":
            block, unit = self._block_next_to(block, after=True), 0
        elif unit < 0 or block.kind not in _LINE_UNITS:
            block, unit = self._block_next_to(block, after=False), -1
        if block is None or block.kind not in _LINE_UNITS | {"paragraph"}:
            return _NO_FINDINGS
        units = self._units_of(block, sentence.section)
        if not units:
            return _NO_FINDINGS
        unit = unit if unit >= 0 else max(units)
        key = (id(block), unit)
        if key not in self._units:
            self._units[key] = _Findings(self._findings(units.get(unit, ())))
        return self._units[key]

    def _units_of(self, block: Block, section: Section | None) -> dict[int, list[Sentence]]:
        """Every sentence of a block, by unit, when the block can report a finding; a block is split once."""
        if id(block) not in self._split:
            units: dict[int, list[Sentence]] = {}
            if _may_report(block.text):
                for sentence in block_sentences(self.doc, block, section):
                    units.setdefault(sentence.unit, []).append(sentence)
            self._split[id(block)] = units
        return self._split[id(block)]

    def _block_next_to(self, block: Block, after: bool) -> Block | None:
        """The prose block right before (or after) ``block`` in the same section."""
        if self._before is None:
            owner = self._owner
            prose = [b for b in self.doc.blocks if b.kind in _PROSE]
            pairs = [(a, b) for a, b in zip(prose, prose[1:], strict=False) if owner.get(id(a)) is owner.get(id(b))]
            self._before = {id(b): a for a, b in pairs}
            self._after = {id(a): b for a, b in pairs}
        return (self._after if after else self._before).get(id(block))

    def section_findings(self, section: Section) -> _Findings:
        if id(section) not in self._sections:
            found: list[Finding] = []
            for block in section.all_blocks():
                if block.kind in _PROSE:
                    if id(block) not in self._blocks:
                        self._blocks[id(block)] = self._findings(block_sentences(self.doc, block, section))
                    found.extend(self._blocks[id(block)])
            self._sections[id(section)] = _Findings(found)
        return self._sections[id(section)]


class _Mentions:
    """The method mentions in one text (a sentence or a block): the first phrase of each kind, looked
    for when first asked about. Weak evidence is not counted twice: the other kinds' matches may not
    start inside it."""

    __slots__ = ("text", "lexicon", "_lowered", "_hits", "_index_hits", "_weak", "_found")

    def __init__(self, text: str, lexicon: Lexicon, hits: tuple[int, ...] | None = None) -> None:
        """``hits`` may be given when ``text`` is already lower-cased and indexed (a sentence's normal form)."""
        self.text = text
        self.lexicon = lexicon
        # A block's raw Markdown: an underscore of emphasis ("_ablate_") must not hide a word start.
        self._lowered = text if hits is not None else text.lower().replace("_", " ")
        self._hits = hits
        self._index_hits: dict[WordIndex, tuple[int, ...]] = {}
        self._weak: list[tuple[int, int]] | None = None
        self._found: dict[str, str | None] = {}

    def phrase(self, kind: str) -> str | None:
        if kind not in self._found:
            self._found[kind] = self._first(kind)
        return self._found[kind]

    def _first(self, kind: str) -> str | None:
        if not self._hits_for(kind):
            return None  # no pattern of the kind can match (most blocks)
        weak = self._weak_spans()
        if kind == WEAK:
            span = next((span for span in weak if self._done(*span)), None)
        else:
            lexicon = self.lexicon
            patterns = lexicon.intervention_evidence if kind == INTERVENTION else lexicon.correlational_evidence
            span = patterns.first(self._lowered, self._hits_for(kind), weak, self._done)
        return None if span is None else self.text[span[0] : span[1]]

    def _done(self, start: int, end: int) -> bool:
        """Whether the mention at ``start:end`` reports a method used, not one left undone or proposed."""
        return not self.lexicon.not_done(self._lowered, start, end)

    def _weak_spans(self) -> list[tuple[int, int]]:
        if self._weak is None:
            self._weak = self.lexicon.weak_evidence.spans(self._lowered, self._hits_for(WEAK))
        return self._weak

    def _hits_for(self, kind: str) -> tuple[int, ...]:
        if self._hits is not None:
            return self._hits
        lexicon = self.lexicon
        index = lexicon.correlational_index if kind == CORRELATIONAL else lexicon.licensing_index
        if index not in self._index_hits:
            self._index_hits[index] = index.hits(self._lowered)
        return self._index_hits[index]


class _SectionMentions:
    """A section's method mentions: of each kind, the first of its blocks' (its heading's first)."""

    def __init__(self, blocks: list[_Mentions]) -> None:
        self._blocks = blocks
        self._found: dict[str, str | None] = {}

    def phrase(self, kind: str) -> str | None:
        if kind not in self._found:
            phrases = (block.phrase(kind) for block in self._blocks)
            self._found[kind] = next((phrase for phrase in phrases if phrase is not None), None)
        return self._found[kind]


class _DocumentMentions:
    """Method mentions per prose block and per section of one document, each made once."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._blocks: dict[int, _Mentions] = {}
        self._sections: dict[int, _SectionMentions] = {}

    def block(self, block: Block) -> _Mentions:
        found = self._blocks.get(id(block))
        if found is None:
            found = self._blocks[id(block)] = _Mentions(block.text, self.lexicon)
        return found

    def section(self, section: Section) -> _SectionMentions:
        found = self._sections.get(id(section))
        if found is None:
            blocks = ([section.heading] if section.heading is not None else []) + section.all_blocks()
            found = _SectionMentions([self.block(block) for block in blocks if block.kind in _PROSE])
            self._sections[id(section)] = found
        return found


class _Nearest(Mapping[str, EvidenceHit]):
    """Of each kind, the method mention nearest to a claim: the first place (its sentence, paragraph,
    section) that mentions one. A kind is looked for when first asked about."""

    def __init__(self, places: list[tuple[str, _Mentions | _SectionMentions]]) -> None:
        self._places = places
        self._hits: dict[str, EvidenceHit | None] = {}

    def _hit(self, kind: str) -> EvidenceHit | None:
        if kind not in self._hits:
            found = ((scope, place.phrase(kind)) for scope, place in self._places)
            hits = (EvidenceHit(kind, phrase, scope) for scope, phrase in found if phrase is not None)
            self._hits[kind] = next(hits, None)
        return self._hits[kind]

    def __getitem__(self, kind: str) -> EvidenceHit:
        hit = self._hit(kind) if kind in KINDS else None
        if hit is None:
            raise KeyError(kind)
        return hit

    # Asked of every claim; the Mapping defaults would raise and catch a KeyError for each absent kind.
    def __contains__(self, kind: object) -> bool:
        return kind in KINDS and self._hit(kind) is not None  # type: ignore[arg-type]

    def get(self, kind: str, default=None):
        hit = self._hit(kind) if kind in KINDS else None
        return default if hit is None else hit

    def __iter__(self) -> Iterator[str]:
        found = [hit for hit in map(self._hit, KINDS) if hit is not None]
        return iter([hit.kind for hit in sorted(found, key=lambda hit: SCOPES.index(hit.scope))])

    def __len__(self) -> int:
        return sum(1 for _kind in self)


@dataclass
class _Analyses:
    """The analyses of the document the claim rules asked about last, by lexicon and scope."""

    doc: SkillDocument | None = None
    claims: dict[tuple[int, str], list[Claim]] = field(default_factory=dict)


_LAST = _Analyses()


def analyse(doc: SkillDocument, lexicon: Lexicon, scope: str = "section") -> list[Claim]:
    """Causal claims of a document with their nearest evidence; computed once per document, lexicon and scope.

    The claim rules ask about one document after another, so only the last document's analyses are kept.
    """
    if _LAST.doc is not doc:
        _LAST.doc, _LAST.claims = doc, {}
    key = (id(lexicon), scope)
    if key not in _LAST.claims:
        _LAST.claims[key] = _analyse(doc, lexicon, scope)
    return _LAST.claims[key]


_PROSE = frozenset({"paragraph", "list", "table", "blockquote", "heading"})
_MANY_UNITS = frozenset({"list", "table", "blockquote"})
_LINE_UNITS = frozenset({"list", "blockquote"})


def _claims_of_block(
    doc: SkillDocument,
    block: Block,
    section: Section | None,
    lexicon: Lexicon,
    units: dict,
    classified: dict,
    lines: set[int] | None = None,
):
    keep = lexicon.may_claim if block.kind in _MANY_UNITS and lines is None else None
    for sentence in matching_sentences(doc, block, keep, section, lines):
        units.setdefault((id(block), sentence.unit), []).append(sentence)
        classification, norm, hits = causal_claim(sentence.text, lexicon)
        if classification is not None:
            classified[id(sentence)] = classification
            if block.kind == "heading" or _bold_title(block):
                classification = heading_claim(sentence.text, classification, lexicon)
        if classification is not None and classification.label in (DIRECT, CONDITIONAL):
            yield sentence, classification, norm, hits


_BOLD_LINE = re.compile(r"(\*\*|__)(?:(?!\1).)+\1:?")


def _bold_title(block: Block) -> bool:
    """A paragraph that is one line of bold text ("**Step 4: Action Space Augmented Reasoning**") is a heading."""
    return block.kind == "paragraph" and "\n" not in block.text.strip() and bool(_BOLD_LINE.fullmatch(block.text.strip()))


def _by_lines(lexicon: Lexicon) -> bool:
    """Whether the units of a list or blockquote can be gated by the lines of the block's text the causal gate
    matches on: lower-casing a line piece by piece must not change what the gate sees (an ASCII gate). A block's
    lines are the document's lines, whatever the line endings."""
    gate = lexicon.causal_gate
    return gate is not None and gate.pattern.isascii()


def _analyse(doc: SkillDocument, lexicon: Lexicon, scope: str) -> list[Claim]:
    causal = []
    owner: dict[int, Section] | None = None
    units: dict[tuple[int, int], list[Sentence]] = {}
    classified: dict[int, Classification] = {}
    by_lines = _by_lines(lexicon)
    for block in doc.blocks:
        kind = block.kind
        if kind not in _PROSE:
            continue
        lines = None
        if by_lines and kind in _LINE_UNITS:
            # One pass over the block tells which of its list items and quoted paragraphs can make a claim.
            lines = lexicon.cue_lines(block.text, block.line)
            if not lines:
                continue
        elif not lexicon.may_claim(block.text):
            continue
        if owner is None:
            owner = section_of(doc)
        causal.extend(_claims_of_block(doc, block, owner.get(id(block)), lexicon, units, classified, lines))
    if not causal:
        return []
    depth = SCOPES.index(scope) if scope in SCOPES else len(SCOPES) - 1
    mentions = _DocumentMentions(lexicon)
    neighbourhood = _Neighbourhood(doc, lexicon, units, classified, owner or {})
    claims = []
    for sentence, classification, norm, hits in causal:
        places: list[tuple[str, _Mentions | _SectionMentions]] = [("sentence", _Mentions(norm, lexicon, hits))]
        # Intervention evidence nearer the claim settles it: wider scopes cannot change the verdict.
        if depth >= 1 and places[0][1].phrase(INTERVENTION) is None:
            places.append(("paragraph", mentions.block(sentence.block)))
        if depth >= 2 and sentence.section is not None and all(p.phrase(INTERVENTION) is None for _, p in places):
            places.append(("section", mentions.section(sentence.section)))
        in_sentence = None
        if classification.label == DIRECT and not _participial(classification):
            in_sentence = correlational_finding(sentence.text, lexicon, classification)
        claims.append(Claim(sentence, classification, _Nearest(places), in_sentence, neighbourhood))
    return claims


def describe(hit: EvidenceHit) -> str:
    where = {
        "sentence": "in the same sentence",
        "paragraph": "in its paragraph",
        "before": "right before it",
        "below": "right under it",
        "section": "in its section",
    }[hit.scope]
    line = f", line {hit.line}" if hit.line is not None else ""
    return f'"{_squash(hit.phrase)}" {where}{line}'


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
