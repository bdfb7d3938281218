"""Rule-based claim-strength classifier.

A sentence is ``none``, ``correlational``, ``conditional_causal`` or ``direct_causal``:

1. a question asserts nothing; a sentence that opens with a verb of instruction ("Use ...",
   "Achieve X by ...") is advice;
2. constructions in which a causal word makes no claim are masked (pack ``harmless``: questions,
   purpose clauses "to reduce", background "known to", idioms "the need for", ...);
3. causal verbs, change verbs and causal phrases are found; a change verb used as an adjective
   ("with increased risk"), a noun ("an increase in"), an intransitive change ("increased over
   time", reported as a correlational observation), an agentless passive, an instruction or a
   purpose infinitive is not a claim; nor is a verb in a relative clause ("policies that
   determine X") or one governed by advice ("should reduce");
4. a causal cue is hedged when a hedge governs it: the hedge precedes it in the same clause,
   within eight words ("may reduce", "could play a role in"); "can" is not a hedge;
5. any unhedged causal cue makes the sentence direct causal, a hedged one conditional causal;
   otherwise a correlational cue (a predicated association, prediction, comparison or observed
   change) makes it correlational, unless it only describes: it sits in the defining part of a
   definition ("an induction head is a head that attends to ...") or in a set-up built by
   construction ("the two runs differ only in the subject tokens").

Negation does not weaken a claim: "does not affect" is still a direct causal claim. Every
vocabulary is data of the ``claims`` pack; only the grammar of the steps above is code.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from skilllint.claims.lexicon import Lexicon, default_lexicon

NONE = "none"
CORRELATIONAL = "correlational"
CONDITIONAL = "conditional_causal"
DIRECT = "direct_causal"

_WORD = re.compile(r"[a-z0-9][a-z0-9'%\-]*|[^\sa-z0-9]")
_SPACE = re.compile(r"\s+")
_TRANSLATE = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\xa0": " "})
_CLAUSE_BREAK = re.compile(
    r"[;:()\[\]]|,\s+(?:but|whereas|while|although|though|which|and|however|yet)\b|\b(?:but|whereas|while|although|though|however|whereby)\b"
)

# "tasks where X causes Y", "when tasks benefit from Y": a clause that describes a setting or a condition,
# up to the clause punctuation after it (see _in_setting)
_SETTING_CLAUSE = re.compile(r"[a-z0-9)] (?:where|in which|wherever)\b|(?:^|[a-z0-9)] |[^\w\s] ?)(?:when|whenever|if|unless)\b")
# a clause break that opens a parenthetical relative clause (", which may be redundant, ...")
_PARENTHETICAL = re.compile(r".*, (?:which|who)$")

_BE = {"is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "gotten", "become", "became", "remain", "remains", "remained"}
_HAVE = {"has", "have", "had", "having"}
_MODALS = {"can", "cannot", "can't", "may", "might", "could", "will", "would", "shall", "should", "must", "do", "does", "did", "didn't", "doesn't", "don't", "won't", "to"}
_DETERMINERS = {
    "achieve", "achieves", "achieved", "achieving", "provide", "provides", "provided", "providing", "offer", "offers",
    "offered", "deliver", "delivers", "delivered", "yield", "yields", "yielded", "obtain", "obtains", "obtained",
    "give", "gives", "gave", "produce", "produces", "produced", "maintain", "maintains", "maintained", "see", "sees",
    "saw", "enable", "enables", "enabled", "allow", "allows", "allowed", "ensure", "ensures", "ensured", "attain",
    "attains", "attained", "reach", "reaches", "reached",
    "a", "an", "the", "no", "any", "this", "these", "those", "its", "their", "our", "his", "her", "each", "every",
    "with", "of", "for", "from", "in", "on", "at", "among", "and", "or", "nor", "showed", "show", "shows", "had", "have",
    "has", "despite", "without", "into", "onto", "toward", "towards", "via", "than", "as", "whose", "some", "more", "less",
    "most", "least", "such", "both", "either", "neither", "by", "versus", "vs", "between", "experienced", "experience",
    "experiences", "exhibited", "exhibit", "exhibits", "displayed", "display", "displays", "observed", "reported", "found",
    "demonstrated", "presented", "present", "having", "including", "include", "includes", "indicate", "indicates",
    "indicating", "reflect", "reflects", "reflecting", "suggest", "suggests", "suggesting", "need", "needs", "needing",
    "require", "requires", "requiring",
}
_NOUN_PRECEDERS = _DETERMINERS | {
    "significant", "greater", "larger", "smaller", "further", "mean", "median", "overall", "slight", "modest", "marked",
    "substantial", "dramatic", "small", "large", "progressive", "gradual", "steady", "sharp", "continued", "relative",
    "absolute", "percentage", "net", "average", "sustained", "clinical", "clinically", "meaningful", "statistically",
    "initial", "early", "late", "total", "major", "minor", "moderate", "rapid", "mild", "strong", "weak", "notable",
    "considerable", "transient", "similar", "comparable", "corresponding", "concomitant", "consistent", "parallel",
    "\u2265", "%",
}
_INTRANSITIVE_NEXT = {
    "over", "during", "from", "after", "at", "between", "throughout", "across", "until", "since", "within", "with", "in",
    "below", "above", "past",
    "among", "for", "to", "when", "whenever", "as", "while", "whereas", "but", "and", "or", "only", "slightly", "again",
    "steadily", "monotonically", "sharply", "markedly", "substantially", "considerably", "dramatically", "rapidly",
    "gradually", "modestly", "both", "more", "less", "than", "too", "also", "each", "per", "then", "thereafter",
    "afterwards", "overall", "there", "here", "up", "down", "off", "back", "accordingly", "respectively", "compared",
    "if", "unless", "based", "depending", "once", "dynamically", "automatically", "naturally",
    "relative", "versus", "vs", "before", "following", "post", "pre", "along", "beyond", "around",
    "into", "onto", "toward", "towards", "where", "under", "without", "\u2192",
}
_ADVERBS = {"not", "significantly", "further", "also", "both", "greatly", "markedly", "substantially", "strongly", "only",
            "effectively", "consistently", "directly", "indirectly", "partially", "partly", "fully", "completely", "largely",
            "mainly", "primarily", "selectively", "reliably", "dramatically", "slightly", "modestly", "still", "never", "often",
            "then", "thereby", "thus", "therefore", "hence", "n't", "otherwise", "nearly", "almost", "even", "no", "longer", "indeed", "actually", "clearly", "sharply",
            "considerably", "nonsignificantly", "non-significantly", "statistically", "clinically", "positively", "negatively",
            "independently", "causally", "systematically", "drastically", "severely", "profoundly", "measurably", "notably"}
_RAISING = {"able", "unable", "shown", "found", "failed", "fail", "fails", "help", "helps", "helped", "tend", "tends",
            "tended", "appear", "appears", "appeared", "seem", "seems", "seemed", "likely", "unlikely", "proven", "proved",
            "demonstrated", "continue", "continues", "continued", "serve", "serves", "served", "went", "going", "potential",
            "enough", "sufficient", "ought", "used", "begin", "begins", "began", "started", "start", "starts", "seen",
            "reported", "observed", "act", "acts", "acted", "managed", "manage", "prone", "helping", "thought",
            "believed", "expected", "suspected", "assumed", "hypothesized", "hypothesised"}
_PUNCTUATION = {"", ",", '"', "'", ".", ";", ":", "(", ")"}
# A bare verb opening a sentence or clause is an instruction ("Reduce the learning rate"), not a claim.
# A measured value: a percentage, a decimal, a correlation coefficient or an AUC; each has a digit.
# A decimal that names a component ("head 9.6", "heads 9.6 and 10.0") is not one.
_MEASURE = re.compile(
    r"\d\s*%|(?<!head )(?<!heads )(?<!layer )(?<!neuron )(?<!unit )(?<!and )(?<![\d.])\b\d*\.\d+\b"
    r"|\b(?:r|rho|ρ|r²|r\^2|auc|auroc|iou)\s*(?:=|of|:)\s*-?\d"
)
_DIGIT = re.compile(r"\d")
_MEASURE_REACH = 80  # characters between an instrument and its measured value
# A value that is a setting, not a measurement ("IoU threshold of 0.5").
_SETTING = re.compile(r"threshold|cut-?off|>|<|≥|≤|at least|at most|above|below|set to|=")
# "we found X to reduce Y": a finding whose subject sits between the verb of finding and the infinitive
_OBJECT_RAISING = re.compile(r"\b(?:found|find|finds|showed|shows|show|demonstrated|demonstrates|observed)(?: (?!(?:to|how|what|which|whether|why|when|where)\b)[\w.'-]+){1,5}? to $")
_IMPERATIVE_START = {"", ";", ":", ",", "then", "first", "always", "never", "please", "also", "instead", "-", "*", "(",
                     "\""}
_LABEL = re.compile(r"^[^:.;]{1,50}:\s")  # "**Context manager**: ", "Step 3: "
_OPENING = re.compile(r"^[\s\W]*(?:\d{1,2}[.)]\s+)?([a-z][a-z']*)(?![\w-])(?:\s+([a-z][a-z']*))?(?:\s+([a-z][a-z']*))?")
# "Use of X", "Test results show", "Design choices are": the opening word is a noun, not an instruction.
_NOT_IMPERATIVE_NEXT = {"of", "is", "are", "was", "were", "has", "have", "had", "can", "may", "might", "will", "would",
                        "results", "result", "cases", "case", "set", "sets", "time", "accuracy", "performance", "data",
                        "choices", "choice", "and", "or", "to", "in", "on", "for", "with", "by", "as", "at"}
_PREPOSITIONS = {"by", "from", "in", "with", "at", "for", "during", "after", "on", "among", "within", "across", "through"}
_FINITE = {"is", "are", "was", "were", "may", "might", "could", "can", "will", "would", "appear", "appears", "seem", "seems",
           "have", "has", "had", "remain", "remains"}
_ADJECTIVE_ENDINGS = ("ed", "al", "ic", "ive", "ous", "ful", "ent", "ant", "ary", "high", "low")
# Verb forms that are also nouns: after an adjective ("a significant increase") they name a change, not assert one.
_NOUN_FORMS = {
    "increase", "increases", "decrease", "decreases", "change", "changes", "drop", "drops", "shift", "shifts", "impact",
    "impacts", "influence", "influences", "benefit", "benefits", "cause", "causes", "delay", "delays", "damage", "damages",
    "harm", "harms", "boost", "boosts", "double", "doubles", "control", "controls", "help", "helps", "break", "breaks",
    "flip", "flips", "collapse", "collapses", "trigger", "triggers", "drive", "drives", "force", "forces", "spur", "spurs",
    "rescue", "hurt",
}
_ARTICLES = {"a", "an", "the", "this", "these", "those", "its", "their", "our", "his", "her", "no", "any", "such", "some",
             "preliminary", "final", "main", "study", "trial", "overall", "first", "same"}
_RELATIVE = {"which", "that", "who", "whom"}
# words after which a bare verb form is a verb: subjects that take it, and conjunctions
_NOT_SINGULAR = {"i", "we", "you", "they", "people", "children", "data", "and", "or", "but", "yet", "nor", "so", "then",
                 "also", "together", "often", "while", "whereas", "although", "though", "because", "since", "once",
                 "here", "there", "now", "just", "all", "both",
                 # irregular plurals
                 "corpora", "criteria", "phenomena", "media", "men", "women", "mice", "feet", "teeth", "geese"}
_COMPLEMENT_VERBS = {"show", "shows", "showed", "shown", "suggest", "suggests", "suggested", "indicate", "indicates",
                     "indicated", "find", "finds", "found", "demonstrate", "demonstrates", "demonstrated", "reveal",
                     "reveals", "revealed", "confirm", "confirms", "confirmed", "report", "reports", "reported", "so",
                     "note", "notes", "noted", "conclude", "concluded", "means", "mean", "implies", "imply", "such",
                     "believe", "think", "argue", "argues", "hypothesize", "hypothesise", "given", "evidence", "fact",
                     "observe", "observed", "observes", "claim", "claims", "establish", "established", "is", "was"}
_HELP = {"help", "helps", "helped", "helping"}
_INSTRUMENT = {"by", "through", "via", "thereby", "thus", "hence", "therefore", ","}
_IRREGULAR_PARTICIPLES = {"driven", "drove", "broken", "broke", "underlain", "made", "brought about", "gave rise to"}
# Nominal causal wording ("the effect of", "the role of", "efficacy") that a correlation can take as its object.
_NOMINAL_CLAIM = re.compile(
    r"effect(?!ive)|impact|influence|role|benefit|efficacy|caus|due to|because|contribution|necessary|essential|critical"
)
_NOMINAL_TOPIC = re.compile(r"(?:effects?|impacts?|influences?|roles?) of")
_ASSOCIATION = re.compile(r"associat|correlat|predict|link|relat|marker|factor|indicator")
_NOMINAL_CORRELATION = re.compile(r"association|correlation|relationship|link|relation|marker|predictor|factor|indicator")
_AGENTLESS_BY = re.compile(r"^\s*by\s+(?:\d|about|approximately|around|nearly|almost|up|over|half|a factor|a third|a quarter|one|two|three|\w+ (?:percent|%|points?|fold))")
_BY_AGENT = re.compile(r"^(?:\s+\S+){0,3}?\s+by\b")


@dataclass(frozen=True)
class Cue:
    """A word or phrase the classifier acted on, with its offsets in the original sentence."""

    phrase: str
    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Classification:
    label: str
    causal: tuple[Cue, ...] = ()
    hedges: tuple[Cue, ...] = ()
    correlational: tuple[Cue, ...] = ()
    notes: tuple[str, ...] = field(default=())

    @property
    def cue(self) -> Cue | None:
        """The cue that decided the label."""
        if self.label in (DIRECT, CONDITIONAL) and self.causal:
            return self.causal[0]
        if self.label == CORRELATIONAL and self.correlational:
            return self.correlational[0]
        return None


class _Text:
    """A sentence lower-cased and whitespace-collapsed, with a (lazy) map back to original offsets."""

    __slots__ = ("original", "norm", "_source", "_index")

    def __init__(self, original: str) -> None:
        self.original = original
        source = original if original.isascii() else original.translate(_TRANSLATE)
        lowered = source.lower()
        if len(lowered) != len(source):
            lowered = "".join(char if len(char.lower()) != 1 else char.lower() for char in source)
        self._source = lowered
        # Printable text holds no white space but spaces: without two in a row, there is nothing to collapse.
        self.norm = lowered if lowered.isprintable() and "  " not in lowered else _SPACE.sub(" ", lowered)
        self._index: list[int] | None = None

    def _offsets(self) -> list[int]:
        if self._index is None:
            if len(self.norm) == len(self._source):
                self._index = list(range(len(self._source)))
            else:
                index: list[int] = []
                position = 0
                for run in _SPACE.finditer(self._source):
                    index.extend(range(position, run.start()))
                    index.append(run.start())
                    position = run.end()
                index.extend(range(position, len(self._source)))
                self._index = index
        return self._index

    def cue(self, start: int, end: int, kind: str) -> Cue:
        index = self._offsets()
        if not index:
            return Cue("", 0, 0, kind)
        original_start = index[min(start, len(index) - 1)]
        original_end = index[min(end, len(index)) - 1] + 1 if end > 0 else original_start
        return Cue(self.original[original_start:original_end], original_start, original_end, kind)


def _words_before(text: str, start: int, count: int = 3) -> list[str]:
    return _WORD.findall(text[max(0, start - 60) : start])[-count:]


def _words_after(text: str, end: int, count: int = 3) -> list[str]:
    return _WORD.findall(text[end : end + 60])[:count]


def _is_base_form(form: str) -> bool:
    head = form.split()[0]
    if head.endswith("ss"):  # "suppress", "assess"
        return True
    return not head.endswith(("s", "ed", "ing", "en")) and head not in {"led", "made", "drove", "gave", "brought", "broke"}


def _skip_adverbs(words: list[str], reverse: bool = False) -> list[str]:
    sequence = list(reversed(words)) if reverse else list(words)
    while sequence and (sequence[0] in _ADVERBS or (sequence[0].endswith("ly") and len(sequence[0]) > 4)):
        sequence.pop(0)
    return sequence


def _is_claiming_verb(text: str, start: int, end: int, form: str, change: bool) -> bool:
    """Whether a verb form at text[start:end] is used to assert a change of something by something."""
    words_before = _words_before(text, start, 4)
    before = _skip_adverbs(words_before, reverse=True)
    previous = before[0] if before else ""
    adjacent = bool(words_before) and words_before[-1] == previous  # no adverb between: "layer probably cause"
    if previous == ")" and len(before) >= 3 and before[2] == "(" and len(before[1]) <= 2:
        previous = ""  # an enumerator, "(2) stabilized RL methods": the word starts an item
    after = _skip_adverbs(_words_after(text, end, 4))
    following = after[0] if after else ""
    phrasal = " " in form
    if following.startswith("-"):
        return False
    ends_clause = following in _PUNCTUATION
    if following == "overall" and len(after) > 1 and after[1] not in _PUNCTUATION and after[1] not in _INTRANSITIVE_NEXT:
        following = after[1]  # "reduces overall mortality": an adjective of the object, not "fell overall"
    intransitive = change and (following in _INTRANSITIVE_NEXT or ends_clause)

    if previous in _ARTICLES or previous.endswith(("%", "fold", "-")):
        return False
    if previous in _IMPERATIVE_START and _is_base_form(form):
        return False
    if _is_base_form(form) and _HELP.intersection(before[1:3]):
        return False  # "to help farmers cut pesticide use": the claim, if any, is "help"'s
    if previous == "to":
        raisers = _skip_adverbs(before[1:])
        raiser = raisers[0] if raisers else ""
        raised = raiser in _RAISING or raiser in _BE or raiser in _MODALS
        return (raised or _OBJECT_RAISING.search(text, max(0, start - 80), start) is not None) and not intransitive
    if form.endswith("ing"):  # "..., reducing X", "by reducing X", "heatwaves are killing coral"
        progressive = previous in _BE and not (ends_clause or following in _INTRANSITIVE_NEXT or following in _PREPOSITIONS)
        return (phrasal or previous in _INSTRUMENT or progressive) and not intransitive
    participle = form.endswith(("ed", "en")) or form in _IRREGULAR_PARTICIPLES
    if participle and not phrasal:
        if previous in _BE:
            tail = text[end:]
            by = tail.find(" by ")
            return bool(_BY_AGENT.match(tail)) and not _AGENTLESS_BY.match(tail[by:] if by >= 0 else "")
        if following in _PREPOSITIONS and previous not in _HAVE:
            return False
        if previous in _HAVE:
            return following in _ARTICLES or (not change and not ends_clause)
        if previous in {"and", "or", "but"}:
            return following in _ARTICLES and not intransitive
        if previous in _DETERMINERS or previous in _NOUN_PRECEDERS or (previous in _PUNCTUATION and previous != ")"):
            return False
        return not intransitive and not (ends_clause and not phrasal)
    if not phrasal and previous not in _MODALS and (
        (previous in _NOUN_PRECEDERS and (previous not in {"and", "or"} or _is_base_form(form)))
        or following in {"of", "in"}
        or following in _FINITE
        or (previous.endswith(_ADJECTIVE_ENDINGS) and previous not in _RELATIVE and form in _NOUN_FORMS)
        or (form in _NOUN_FORMS and _is_base_form(form) and _singular_noun(previous) and adjacent)
    ):
        return False
    if not phrasal and ends_clause:
        return False
    return not intransitive


def _singular_noun(word: str) -> bool:
    """A word that can only be a singular noun before a bare verb form: "distribution shift", "mode collapse"
    are compounds, since a singular subject would take "shifts"."""
    return word[:1].isalpha() and not word.endswith("s") and word not in _NOT_SINGULAR and word not in _RELATIVE


def _is_observed_change(text: str, start: int, end: int) -> bool:
    """A change reported without an agent: "increased over time", "was reduced in", "an increase in"."""
    before = _skip_adverbs(_words_before(text, start, 3), reverse=True)
    previous = before[0] if before else ""
    after = _skip_adverbs(_words_after(text, end, 3))
    following = after[0] if after else ""
    if following.startswith("-") or previous == "to":
        return False
    if previous in _BE or previous in _HAVE:
        return following in _PREPOSITIONS or following in _INTRANSITIVE_NEXT or following in _PUNCTUATION
    return following in _INTRANSITIVE_NEXT or following in _PUNCTUATION or following in {"of", "in"}


@lru_cache(maxsize=8)
def _clause_breaks(text: str) -> list[int]:
    """Where each clause break of a sentence ends, in order (found once per sentence, however many cues)."""
    return [match.end() for match in _CLAUSE_BREAK.finditer(text)]


def _clause_start(text: str, position: int) -> int:
    ends = _clause_breaks(text)
    before = bisect.bisect_right(ends, position)
    start = ends[before - 1] if before else 0
    if _PARENTHETICAL.match(text, max(0, start - 8), start):
        # ", which may be a backup head, reduced ...": the relative clause closes at its comma
        closing = text.rfind(",", start, position)
        if closing >= 0:
            start = closing + 1
    return start


def _hedge_governing(text: str, cue_start: int, hedges: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The hedge that governs a cue: before it in the same clause, at most eight words away."""
    governing = None
    clause_start = None
    for start, end in hedges:
        if end > cue_start:
            break
        if clause_start is None:
            clause_start = _clause_start(text, cue_start)
        if start >= clause_start and len(_WORD.findall(text[end:cue_start])) <= 8:
            governing = (start, end)
    return governing


def _in_relative_clause(text: str, start: int) -> bool:
    """A verb right after "that", "which" or "who" describes its noun ("policies that determine X"); not the claim."""
    before = _skip_adverbs(_words_before(text, start, 4), reverse=True)
    if before and before[0] in {"may", "might", "could", "would"}:  # "patterns that could lead to ..."
        before = _skip_adverbs(before[1:])
    return bool(before) and before[0] in _RELATIVE and before[0] != "that" or _that_relative(before)


def _in_setting(text: str, start: int) -> bool:
    """A verb in a clause that describes a setting ("tasks where refinement is essential for correctness",
    "models in which attention causes artifacts") or a condition ("when tasks benefit from grouping", "only if
    they reduce regressions") states a condition, not a claim. The clause ends at a comma, a semicolon, a colon
    or a closing parenthesis."""
    openings, punctuation = _settings(text)
    before = bisect.bisect_right(openings, start)
    if not before:
        return False
    # the nearest opening before the verb, with no clause punctuation between them
    after_opening = bisect.bisect_left(punctuation, openings[before - 1])
    return after_opening == len(punctuation) or punctuation[after_opening] >= start


_SETTING_END = re.compile(r"[,;:)]")
_SETTING_WORDS = re.compile(r"where|in which|when|\bif\b|unless")


@lru_cache(maxsize=8)
def _settings(text: str) -> tuple[list[int], list[int]]:
    """Where each setting clause opens ("where", "in which") and where clause punctuation stands."""
    if not _SETTING_WORDS.search(text):
        return [], []
    openings = [match.end() for match in _SETTING_CLAUSE.finditer(text)]
    return openings, [match.start() for match in _SETTING_END.finditer(text)]


def _that_relative(before: list[str]) -> bool:
    # "that" is a relative pronoun after a noun ("heads that drive"), a complementiser after a verb ("shows that").
    return len(before) > 1 and before[0] == "that" and before[1] not in _COMPLEMENT_VERBS


def _background_relative(text: str, start: int, correlational: list[tuple[int, int]]) -> bool:
    """A causal verb in a relative clause ("..., which reduces Y") while a correlation is the main claim."""
    before = _skip_adverbs(_words_before(text, start, 3), reverse=True)
    if not before or before[0] not in _RELATIVE:
        return False
    clause = _clause_start(text, start)
    return any(cue_end <= clause or cue_start >= start for cue_start, cue_end in correlational)


# Words that open a subject naming a particular thing ("the run", "we", "this head"), not a term being defined
_PARTICULAR = {"the", "this", "these", "that", "those", "it", "its", "there", "here", "we", "they", "our", "their",
               "i", "you", "he", "she", "his", "her", "my", "each", "every", "such", "both", "all", "some", "what"}
# Words that put a subject inside a clause of its own ("results show that X is ...")
_SUBORDINATORS = _RELATIVE | {"if", "when", "whether", "because", "since", "as"}
_SUBJECT_START = re.compile(r".*[,;:]")
_FINITE_COPULAS = {"is", "are", "was", "were"}


def _without_descriptions(
    norm: str, words: tuple[int, ...], lexicon: Lexicon, cues: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The correlational cues that report, without those that describe: those in the defining part of a definition
    ("an induction head is a head that attends to ...") and those in a set-up built by construction ("the two runs
    differ only in the subject tokens")."""
    described = lexicon.constructions.spans(norm, words)
    for start, end in lexicon.definitions.spans(norm, words):
        if _names_a_term(norm, start):
            defining_end = _clause_end(norm, end)
            if not _MEASURE.search(norm, end, defining_end):
                described.append((start, defining_end))
    if not described:
        return cues
    return [
        (start, end)
        for start, end in cues
        if _predicated(norm, start, end) or not any(s < end and start < e for s, e in described)
    ]


def _predicated(norm: str, start: int, end: int) -> bool:
    """A relation predicated with a copula ("a condition that is associated with diabetes", "a property that is
    more common in small models") is claimed even inside a definition."""
    before = _skip_adverbs(_words_before(norm, start, 3), reverse=True)
    return norm[start:end].split(" ", 1)[0] in _FINITE_COPULAS or bool(before) and before[0] in _FINITE_COPULAS


def _names_a_term(norm: str, frame_start: int) -> bool:
    """Whether what comes before a definition's frame names a term: a label before its colon ("- Dead latent: a
    latent that ..."), or a subject of a few words at the clause's opening that names no particular thing and
    holds no number ("Polysemanticity describes ...", not "Head 9.6 is a head that ..." or "We describe ...")."""
    if norm[frame_start] == ":":
        label = _LABEL.match(norm)
        if label is None or label.end() != frame_start + 2:
            return False
        subject = norm[:frame_start]
    else:
        opening = _SUBJECT_START.match(norm, 0, frame_start)
        subject = norm[opening.end() if opening else 0 : frame_start]
    subject_words = [word for word in _WORD.findall(subject) if word[0].isalnum()]
    return (
        0 < len(subject_words) <= 6
        and subject_words[0] not in _PARTICULAR
        and _SUBORDINATORS.isdisjoint(subject_words)
        and not any(char.isdigit() for word in subject_words for char in word)
    )


def _clause_end(norm: str, position: int) -> int:
    following_break = _CLAUSE_BREAK.search(norm, position)
    return following_break.start() if following_break else len(norm)


def is_measured(lowered: str) -> bool:
    """Whether a lower-cased text holds a measured value."""
    return _DIGIT.search(lowered) is not None and _MEASURE.search(lowered) is not None


def measured_instrument(lowered: str, lexicon: Lexicon, causal: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Where a correlational instrument is reported with a measured value ("probe accuracy reached 91%", "IoU of
    0.62"): no setting ("IoU threshold of 0.5") and no causal cue (``causal``, spans) between the two."""
    if not is_measured(lowered):
        return None
    after = 0
    while (found := lexicon.correlational_evidence.first(lowered[after:], lexicon.index.hits(lowered[after:]))) is not None:
        start, end = found[0] + after, found[1] + after
        measure = _MEASURE.search(lowered, end, end + _MEASURE_REACH)
        if (
            measure is not None
            and not any(start < cue_start < measure.start() for cue_start, _cue_end in causal)
            and not _SETTING.search(lowered, start, measure.start())
        ):
            return start, end
        after = end
    return None


def classify_text(sentence: str, lexicon: Lexicon | None = None) -> Classification:
    """Classify one sentence's claim strength, with the cues that decided it."""
    lexicon = lexicon or default_lexicon()
    text = _Text(sentence)
    words = lexicon.index.hits(text.norm)
    if lexicon.triggers.isdisjoint(words):
        return Classification(NONE)
    return _classify(text, words, lexicon)


def causal_claim(sentence: str, lexicon: Lexicon) -> tuple[Classification | None, str, tuple[int, ...]]:
    """The classification when the sentence can make a causal claim, else None; with its normal form and index hits.

    A quicker path for the lint rules, which only act on causal claims.
    """
    text = _Text(sentence)
    if lexicon.causal_gate is not None and lexicon.causal_gate.search(text.norm) is None:
        return None, text.norm, ()
    words = lexicon.index.hits(text.norm)
    if not lexicon.has_causal_cue(text.norm, words) and not _names_a_component(text.norm, words, lexicon):
        return None, text.norm, words
    return _classify(text, words, lexicon), text.norm, words


def _names_a_component(norm: str, words: tuple[int, ...], lexicon: Lexicon) -> bool:
    """Whether a sentence may say what a named component does: a component verb and a named component."""
    return (
        lexicon.named_component is not None
        and lexicon.component_verbs.search(norm, words)
        and lexicon.named_component.search(norm) is not None
    )


def is_instruction(sentence: str, lexicon: Lexicon) -> bool:
    """Whether a sentence opens with a bare verb of instruction ("Compute the correlation between ...")."""
    return bool(lexicon.imperative_verbs) and _is_instruction(_Text(sentence).norm, lexicon)


def _is_instruction(norm: str, lexicon: Lexicon) -> bool:
    """A sentence that opens with a bare verb of instruction ("Use a causal mask", "Achieve X by ..."),
    maybe after a label ("Context manager: save/restore the state")."""
    if _opens_with_instruction(norm, lexicon):
        return True
    label = _LABEL.match(norm)
    # after a label, only an instruction that is the whole sentence: "Use small batches; large ones overfit" claims
    return label is not None and ";" not in norm and _opens_with_instruction(norm[label.end() :], lexicon)


def _opens_with_instruction(norm: str, lexicon: Lexicon) -> bool:
    opening = _OPENING.match(norm)
    if opening is None:
        return False
    first, second, third = opening.group(1), opening.group(2) or "", opening.group(3) or ""
    if first != "not" and _skip_adverbs([first]) == [] and second in lexicon.imperative_verbs:
        first, second = second, third  # "Iteratively train the agent ...", "Only apply it to ..."
    if f"{first} {second}" in lexicon.imperative_verbs:
        return True
    return first in lexicon.imperative_verbs and second not in _NOT_IMPERATIVE_NEXT


def _component_actions(masked: str, words: tuple[int, ...], lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """What a named component does: a component verb whose clause names the component before it, within
    six words ("the MLP in layer 7 computes the carry", "heads 9.6 and 9.9 control the copy")."""
    found = []
    for start, end in lexicon.component_verbs.spans(masked, words):
        subject = masked[_clause_start(masked, start) : start]
        named = [match.start() for match in lexicon.named_component.finditer(subject)]  # type: ignore[union-attr]
        if named and len(subject[named[-1] :].split()) <= 6 and _is_claiming_verb(masked, start, end, masked[start:end], False):
            found.append((start, end, "verb"))
    return found


def _classify(text: _Text, words: tuple[int, ...], lexicon: Lexicon) -> Classification:
    norm = text.norm
    if norm.rstrip(" \"')*_").endswith("?"):
        return Classification(NONE)  # a question asserts nothing
    # "Ablate head 9.9 → logit difference falls": an arrow turns the instruction into the condition of an effect
    if lexicon.imperative_verbs and "→" not in norm and _is_instruction(norm, lexicon):
        correlational_only = lexicon.correlational_cues.spans(norm, words)
        if correlational_only:
            correlational_only = _without_descriptions(norm, words, lexicon, correlational_only)
        if not correlational_only:
            return Classification(NONE)
        return Classification(CORRELATIONAL, (), (), tuple(text.cue(s, e, "correlational") for s, e in correlational_only))
    masked = lexicon.harmless.mask(norm, words)

    found: list[tuple[int, int, str]] = []
    observed_changes: list[tuple[int, int]] = []
    for patterns, kind in ((lexicon.change_verbs, "change"), (lexicon.causal_verbs, "verb")):
        for start, end in patterns.spans(masked, words):
            if _is_claiming_verb(masked, start, end, masked[start:end], kind == "change"):
                found.append((start, end, kind))
            elif kind == "change" and _is_observed_change(masked, start, end):
                observed_changes.append((start, end))
    found.extend((start, end, "phrase") for start, end in lexicon.causal_phrases.spans(masked, words))
    if lexicon.named_component is not None:
        found.extend(_component_actions(masked, words, lexicon))
    found.sort()
    if len(found) > 1:  # "prompt changes cause regressions": a noun form right before a causal cue is its subject
        verbs = {start for start, _end, kind in found if kind != "phrase"}
        found = [item for item in found if not (masked[item[0] : item[1]] in _NOUN_FORMS and item[1] + 1 in verbs)]

    correlational = lexicon.correlational_cues.spans(norm, words)
    open_question = lexicon.open_questions.search(norm, words)
    if open_question and all(_NOMINAL_CORRELATION.search(norm, start, end) for start, end in correlational):
        correlational = []
    advice = lexicon.advice.spans(masked, words)
    if advice and correlational:
        correlational = [item for item in correlational if _hedge_governing(masked, item[0], advice) is None]
    correlational.extend(observed_changes)
    correlational.sort()
    if correlational:
        correlational = _without_descriptions(norm, words, lexicon, correlational)
    if correlational:
        found = [item for item in found if not _background_relative(masked, item[0], correlational)]
    associated = any(_ASSOCIATION.search(norm, start, end) for start, end in correlational)
    if found and (associated or open_question or advice):
        if all(kind == "phrase" and _NOMINAL_CLAIM.search(masked, start, end) for start, end, kind in found):
            found = []
    elif found and correlational:
        # "the influence of X on Y varied by Z": the nominal is the topic of a correlational finding
        if all(kind == "phrase" and _NOMINAL_TOPIC.fullmatch(masked, start, end) for start, end, kind in found):
            found = []

    if found:
        if advice:
            found = [item for item in found if _hedge_governing(masked, item[0], advice) is None]
        found = [item for item in found if not _in_relative_clause(masked, item[0]) and not _in_setting(masked, item[0])]

    hedge_spans = lexicon.hedges.spans(masked, words) if found or not open_question else []
    unhedged: list[Cue] = []
    hedged: list[Cue] = []
    hedges: list[Cue] = []
    for start, end, kind in found:
        hedge = _hedge_governing(masked, start, hedge_spans)
        if hedge is None:
            unhedged.append(text.cue(start, end, kind))
        else:
            hedged.append(text.cue(start, end, kind))
            hedges.append(text.cue(hedge[0], hedge[1], "hedge"))
    if not found and not open_question and hedge_spans:
        for start, end in lexicon.hedged_cues.spans(masked, words):
            hedge = _hedge_governing(masked, start, hedge_spans)
            if hedge is not None and not _in_setting(masked, start):
                hedged.append(text.cue(start, end, "hedged"))
                hedges.append(text.cue(hedge[0], hedge[1], "hedge"))
                break

    correlational_cues = tuple(text.cue(start, end, "correlational") for start, end in correlational)
    if unhedged:
        return Classification(DIRECT, tuple(unhedged), (), correlational_cues)
    if hedged:
        return Classification(CONDITIONAL, tuple(hedged), tuple(hedges), correlational_cues)
    if correlational:
        return Classification(CORRELATIONAL, (), (), correlational_cues)
    # "probe accuracy is 91% at layer 14": a correlational instrument's reading is a correlational finding
    instrument = measured_instrument(norm, lexicon, [])
    if instrument is not None and not _in_setting(masked, instrument[0]):
        return Classification(CORRELATIONAL, (), (), (text.cue(*instrument, "correlational"),))
    return Classification(NONE)


_HEADING_CLAUSE_BREAK = re.compile(r"[:|\u2014\u2013]|\s-\s|^\W*(?:\d+(?:\.\d+)*[.)]?\s)")
_HEADING_WH = re.compile(r"^\W*(?:how|why|what|when|where|which|whether|does|do|is|are|can)\b", re.IGNORECASE)
_COPULA = re.compile(r"\b(?:is|are|was|were)\b", re.IGNORECASE)
_HEADING_NOT_SUBJECT = {"the", "a", "an", "and", "or", "&", "of", "on", "in", "for", "to", "with", "vs", "versus"}
_NOUN_COORDINATION = {"&", "and", "or", "/", ",", "vs", "versus", ""}


def heading_claim(heading: str, classification: Classification, lexicon: Lexicon | None = None) -> Classification:
    """The claim a heading makes: a heading is a noun phrase unless it is a clause with a subject.

    A causal verb counts only with a subject before it in the heading's clause ("Induction heads
    cause in-context learning"); "Controls & Confounds", "Section 3: Controls", "Reducing Memory"
    and "Effects of Dropout" are titles; so is a clause that opens with a verb of instruction ("Step 6:
    Evaluate Enhanced Model"). A nominal causal phrase counts only with a finite copula ("Head 9.1 is
    responsible for copying"). Questions ("How dropout reduces overfitting") claim nothing.
    """
    if not classification.causal or _HEADING_WH.match(heading):
        return _without_causal(classification)
    lexicon = lexicon or default_lexicon()
    kept = tuple(cue for cue in classification.causal if _heading_clause_claims(heading, cue, lexicon))
    if kept == classification.causal:
        return classification
    if not kept:
        return _without_causal(classification)
    return Classification(classification.label, kept, classification.hedges, classification.correlational)


def _heading_clause_claims(heading: str, cue: Cue, lexicon: Lexicon) -> bool:
    if cue.kind == "phrase":
        return bool(_COPULA.search(heading))
    before = heading[: cue.start]
    breaks = list(_HEADING_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end() :] if breaks else before
    if is_instruction(heading[len(before) - len(clause) :], lexicon):
        return False
    subject = [word for word in _WORD.findall(clause.lower()) if word not in _HEADING_NOT_SUBJECT and word[0].isalnum()]
    after = _WORD.findall(heading[cue.end :].lower())[:1]
    following = after[0] if after else ""
    if not subject or following in _NOUN_COORDINATION:
        return False
    head = cue.phrase.lower().split()[0]
    # "Augmented Reasoning", "Improved Sampling": a participle before a noun is attributive in a title
    return not head.endswith("ing") and not (head.endswith("ed") and " " not in cue.phrase and following[:1].isalnum())


def _without_causal(classification: Classification) -> Classification:
    if classification.label in (DIRECT, CONDITIONAL):
        label = CORRELATIONAL if classification.correlational else NONE
        return Classification(label, (), (), classification.correlational)
    return classification


def classify(sentence: str, lexicon: Lexicon | None = None) -> str:
    """The label alone."""
    return classify_text(sentence, lexicon).label
