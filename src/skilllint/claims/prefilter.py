"""Which patterns can match a sentence at all, from the words that their matches must contain.

Every sentence is searched by a hundred or so patterns, and most sentences match none of them.
Parsing each pattern once tells which literal text every match must contain at a word start
("associated", "may", "reduc" ...); a sentence none of whose words begins with one of those
prefixes cannot match, so the pattern is not run on it. A pattern whose text cannot be pinned
down (it starts with a character class or a wildcard) is run on every sentence.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

try:  # Python 3.11+
    from re import _constants as _sre_constants
    from re import _parser as _sre_parser
except ImportError:  # pragma: no cover - older interpreters
    import sre_constants as _sre_constants  # type: ignore[no-redef]
    import sre_parse as _sre_parser  # type: ignore[no-redef]

_LIMIT = 20000
# Words in most sentences make poor heads: a pattern headed by one would run on nearly every sentence.
_COMMON_WORDS = frozenset(
    "from with between into than that this there their which when where have been were they them then about "
    "after before over under some more most less also only such each other these those what while the and for "
    "not are was has had can may its our to in of on at by as is be it or an".split()
)
_LETTERS = re.compile(r"(?:[a-z]|-(?=[a-z]))*")


class _Unbounded(Exception):
    pass


def _prefixes(items: list) -> set[str]:
    if not items:
        return {""}
    op, av = items[0]
    rest = items[1:]
    c = _sre_constants
    if op is c.AT or op is c.ASSERT or op is c.ASSERT_NOT:
        return _prefixes(rest)
    if op is c.LITERAL:
        run = []
        index = 0
        while index < len(items) and items[index][0] is c.LITERAL:
            char = chr(items[index][1])
            if not (char.isalpha() or char == "-"):
                break
            run.append(char)
            index += 1
        if not run:
            return {""}  # only the word a match starts with is used; stop at its end
        if index < len(items) and items[index][0] is c.LITERAL:
            return {"".join(run)}  # the word ends at a literal non-letter
        word = "".join(run)
        return {word + tail for tail in _prefixes(items[index:])}
    if op is c.BRANCH:
        found: set[str] = set()
        for alternative in av[1]:
            found |= _prefixes(list(alternative) + rest)
            if len(found) > _LIMIT:
                raise _Unbounded
        return found
    if op is c.SUBPATTERN:
        return _prefixes(list(av[-1]) + rest)
    if op is c.MAX_REPEAT or op is c.MIN_REPEAT:
        low, high, sub = av
        found = _prefixes(list(sub) + rest) if high == 1 else _prefixes(list(sub))
        if low == 0:
            found |= _prefixes(rest)
        return found
    if op is c.IN:
        letters = [chr(v) for kind, v in av if kind is c.LITERAL]
        if letters and len(letters) == len(av) and len(letters) <= 4:
            return {letter + tail for letter in letters for tail in _prefixes(rest)}
    return {""}


def _ends_with_space(items: list) -> bool:
    """Whether every match of ``items`` ends with a space."""
    c = _sre_constants
    if not items:
        return False
    op, av = items[-1]
    if op is c.LITERAL:
        return av == 32
    if op is c.BRANCH:
        return all(_ends_with_space(list(alternative)) for alternative in av[1])
    if op is c.SUBPATTERN:
        return _ends_with_space(list(av[-1]))
    if op is c.MAX_REPEAT or op is c.MIN_REPEAT:
        low, _high, sub = av
        return low > 0 and _ends_with_space(list(sub))
    return False


def _starts_word(items: list, index: int) -> bool:
    """Whether whatever matches ``items[index:]`` must start right after a space or a word boundary."""
    c = _sre_constants
    if index == 0:
        return False
    op, av = items[index - 1]
    if op is c.AT:
        return av is c.AT_BOUNDARY
    if op is c.MAX_REPEAT or op is c.MIN_REPEAT:
        low, _high, sub = av
        return _ends_with_space(list(sub)) and (low > 0 or _starts_word(items, index - 1))
    return _ends_with_space([items[index - 1]])


def _best_heads(items: list) -> tuple[set[str] | None, bool]:
    """The most selective set of texts every match must contain, and whether they start words.

    Word-start positions of the top-level sequence are tried; the one whose shortest letter prefix
    is longest wins, a common word ("from", "between") counting as the shortest. Without a word-start
    position of at least two letters, the pattern's own literal prefix is used as a substring, if it
    has one; a non-ASCII symbol it opens with ("→") is used as a head.
    """
    best: set[str] | None = None
    best_quality = (False, False, 0)
    for index in range(len(items)):
        if not (_starts_word(items, index) or (index == 0 and items and items[0][0] is _sre_constants.AT)):
            continue
        heads = {_LETTERS.match(prefix).group(0) for prefix in _prefixes(items[index:])}
        shortest = min((len(head) for head in heads), default=0)
        quality = (shortest >= 2, not heads & _COMMON_WORDS, shortest)
        if quality > best_quality or (quality == best_quality and best is not None and len(heads) < len(best)):
            best, best_quality = heads, quality
    if best is not None and best_quality[0]:
        return best, True
    literal = {prefix for prefix in _prefixes(items)}
    if literal and min(len(prefix) for prefix in literal) >= 3:
        return literal, False
    if items and items[0][0] is _sre_constants.LITERAL and items[0][1] > 127 and not chr(items[0][1]).isalnum():
        return {chr(items[0][1])}, True  # a pattern that opens with a symbol ("→") is found by it, after a space
    return None, False


class PatternSet:
    """Regular expressions, each with the word prefixes its matches must start with.

    A ``WordIndex`` over several sets tells, for a sentence, which patterns can match at all; only
    those are run. Patterns that cannot be indexed are always run. Matches of different patterns
    may overlap. Patterns given as source text are compiled the first time they are a candidate.
    """

    __slots__ = ("_sources", "_compiled", "heads", "offset")

    def __init__(
        self, patterns: list[re.Pattern[str] | str], heads: list[tuple[set[str] | None, bool]] | None = None
    ) -> None:
        self._sources = [pattern if isinstance(pattern, str) else pattern.pattern for pattern in patterns]
        self._compiled: list[re.Pattern[str] | None] = [None if isinstance(p, str) else p for p in patterns]
        self.offset = 0
        self.heads = heads if heads is not None else [pattern_heads(source) for source in self._sources]

    @property
    def patterns(self) -> list[re.Pattern[str]]:
        return [self[index] for index in range(len(self._sources))]

    def __getitem__(self, index: int) -> re.Pattern[str]:
        """The pattern at ``index``, compiled the first time it is needed."""
        compiled = self._compiled[index]
        if compiled is None:
            compiled = self._compiled[index] = re.compile(self._sources[index])
        return compiled

    def __bool__(self) -> bool:
        return bool(self._sources)

    def candidates(self, hits: tuple[int, ...]) -> list[re.Pattern[str]]:
        """The patterns among ``hits`` (sorted pattern numbers from ``WordIndex.hits``)."""
        offset = self.offset
        end = offset + len(self._sources)
        low = bisect.bisect_left(hits, offset)
        if low == len(hits) or hits[low] >= end:
            return []
        high = bisect.bisect_left(hits, end, low)
        compiled = self._compiled
        return [compiled[number - offset] or self[number - offset] for number in hits[low:high]]

    def spans(self, text: str, hits: tuple[int, ...]) -> list[tuple[int, int]]:
        """Start and end of every match, in text order, overlapping matches merged into the earliest."""
        candidates = self.candidates(hits)
        found = [
            match.span() for pattern in candidates for match in pattern.finditer(text) if match.end() > match.start()
        ]
        if len(candidates) <= 1:  # one pattern's matches are in order and never overlap
            return found
        found.sort()
        merged: list[tuple[int, int]] = []
        for start, end in found:
            if merged and start < merged[-1][1]:
                if start == merged[-1][0] and end > merged[-1][1]:
                    merged[-1] = (start, end)
                continue
            merged.append((start, end))
        return merged

    def first(
        self,
        text: str,
        hits: tuple[int, ...],
        outside: list[tuple[int, int]] = (),
        accept: Callable[[int, int], bool] | None = None,
    ) -> tuple[int, int] | None:
        """The earliest (then longest) match that does not start inside one of the ``outside`` spans
        and that ``accept(start, end)`` takes."""
        best: tuple[int, int] | None = None
        for pattern in self.candidates(hits):
            for match in pattern.finditer(text):
                if any(start <= match.start() < end for start, end in outside):
                    continue
                if accept is not None and not accept(*match.span()):
                    continue
                if best is None or match.start() < best[0] or (match.start() == best[0] and match.end() > best[1]):
                    best = (match.start(), match.end())
                break
        return best

    def search(self, text: str, hits: tuple[int, ...]) -> bool:
        return any(pattern.search(text) for pattern in self.candidates(hits))

    def mask(self, text: str, hits: tuple[int, ...], fill: str = "#") -> str:
        for pattern in self.candidates(hits):
            text = pattern.sub(lambda match: fill * len(match.group(0)), text)
        return text


def pattern_heads(source: str) -> tuple[set[str] | None, bool]:
    """The word prefixes every match of a pattern must start with (see ``_best_heads``); raises re.error."""
    parsed = _sre_parser.parse(source)
    try:
        return _best_heads(list(parsed))
    except (_Unbounded, RecursionError):
        return None, False


def literal_heads(forms: list[str]) -> tuple[set[str] | None, bool]:
    """Heads of a pattern that matches exactly ``forms`` as whole words."""
    heads = {_LETTERS.match(form).group(0) for form in forms}
    if not heads or min(len(head) for head in heads) < 2:
        return None, False
    return heads, True


def _trie_pattern(words: set[str]) -> str:
    """A regular expression matching the longest of ``words`` that starts at a position (a trie, so fast)."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        terminal = "" in node
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if terminal else body

    return build(trie)


class WordIndex:
    """One index over several pattern sets: from a sentence's words to the patterns that can match.

    The index numbers the patterns of its sets; ``over`` indexes some of them under the same numbers.
    """

    def __init__(self, sets: list[PatternSet]) -> None:
        number = 0
        for pattern_set in sets:
            pattern_set.offset = number
            number += len(pattern_set.heads)
        self._build(sets)

    @classmethod
    def over(cls, sets: list[PatternSet]) -> WordIndex:
        """An index of only ``sets``, whose patterns keep the numbers an index of all the sets gave them."""
        index = cls.__new__(cls)
        index._build(sets)
        return index

    def _build(self, sets: list[PatternSet]) -> None:
        by_head: dict[str, set[int]] = {}
        self._substrings: list[tuple[str, int]] = []
        self._numbered: dict[int, tuple[PatternSet, int]] = {}
        always: list[int] = []
        for pattern_set in sets:
            for number, (heads, anchored) in enumerate(pattern_set.heads, pattern_set.offset):
                self._numbered[number] = (pattern_set, number - pattern_set.offset)
                if heads is None:
                    always.append(number)
                elif anchored:
                    for head in heads:
                        by_head.setdefault(head, set()).add(number)
                else:
                    self._substrings.extend((head, number) for head in heads)
        self._always = frozenset(always)
        self._always_sorted = tuple(sorted(always))
        # A word that starts with a long head also starts with every head that is a prefix of it.
        self._closure = {
            head: frozenset().union(*(by_head[head[:size]] for size in range(1, len(head) + 1) if head[:size] in by_head))
            for head in by_head
        }
        # Zero-width, so that a head inside a longer one ("regulates" in "up-regulates") is seen too. A head
        # that starts with a letter starts a word after a non-word character: looking for that character
        # rather than for \b lets the engine skip ahead. Texts are searched with a space in front.
        boundary = r"\b" if any(head.startswith("-") for head in by_head) else r"\W"
        self._heads = re.compile(boundary + "(?=(" + _trie_pattern(set(by_head)) + "))") if by_head else None

    def pattern(self, number: int) -> re.Pattern[str]:
        """The pattern numbered ``number``."""
        pattern_set, index = self._numbered[number]
        return pattern_set[index]

    def hits(self, text: str) -> tuple[int, ...]:
        """Numbers of the patterns that may match ``text`` (lower-case), sorted."""
        found = self._heads.findall(" " + text) if self._heads is not None else ()
        if not found and not self._substrings:
            return self._always_sorted  # most texts hold no head at all
        chosen = set(self._always)
        if found:
            closure = self._closure
            for head in set(found):
                if head:
                    chosen |= closure[head]
        for head, number in self._substrings:
            if head in text:
                chosen.add(number)
        return tuple(sorted(chosen))


class Screened:
    """A regular expression behind a cheap test: a text that holds none of the heads its matches must
    contain (see ``pattern_heads``) is not searched."""

    __slots__ = ("pattern", "_needs")

    def __init__(self, source: str) -> None:
        self.pattern = re.compile(source)
        heads, _anchored = pattern_heads(source)
        self._needs = None if heads is None else _innermost(heads)

    def search(self, text: str, *span: int) -> re.Match[str] | None:
        if self._needs is not None and not any(need in text for need in self._needs):
            return None
        return self.pattern.search(text, *span)


def _innermost(words: set[str]) -> tuple[str, ...]:
    """The words that contain none of the others: a text holds one of ``words`` only if it holds one of these."""
    return tuple(sorted(word for word in words if not any(other != word and other in word for other in words)))


def gate_pattern(sets: list[PatternSet]) -> re.Pattern[str] | None:
    """One expression that matches wherever a match of any pattern of ``sets`` could start a word.

    None when some pattern cannot be indexed: then every text has to be tried.
    """
    anchored: set[str] = set()
    loose: set[str] = set()
    for pattern_set in sets:
        for heads, is_anchored in pattern_set.heads:
            if heads is None or not all(heads):
                return None
            (anchored if is_anchored else loose).update(heads)
    branches = []
    if anchored:
        # The gate reads raw Markdown, where an underscore before a word may open emphasis ("_reduces_") that
        # the sentence splitter removes: a word start after an underscore counts too.
        if any(head.startswith("-") for head in anchored):
            boundary = r"(?:\b|(?<=_))"
        else:
            boundary = r"(?<![^\W_])"  # after anything but a letter or digit
        branches.append(boundary + _trie_pattern(anchored))
    if loose:
        branches.append(_trie_pattern(loose))
    return re.compile("|".join(branches)) if branches else None
