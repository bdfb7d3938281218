"""The word index never hides a pattern that matches."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from skilllint.claims.classifier import _Text
from skilllint.claims.lexicon import Lexicon, default_lexicon, default_pack_data, inflect
from skilllint.claims.prefilter import PatternSet, Screened, WordIndex, pattern_heads

WORDS = [
    "ablating", "the", "head", "reduces", "accuracy", "is", "associated", "with", "may", "drive", "co-occurs",
    "up-regulates", "effects", "of", "on", "more", "likely", "than", "in", "parallel", "known", "to", "improve",
    "unit", "correlates", "probe", "decodable", "layer", "responsible", "for", "not", "affect", "x-dependent",
]


def _all_sets(lexicon: Lexicon) -> list[PatternSet]:
    return [value for value in vars(lexicon).values() if isinstance(value, PatternSet)]


def _check(text: str, lexicon: Lexicon) -> None:
    norm = _Text(text).norm
    hits = lexicon.index.hits(norm)
    for pattern_set in _all_sets(lexicon):
        allowed = set(pattern_set.candidates(hits))
        for pattern in pattern_set.patterns:
            if pattern.search(norm):
                assert pattern in allowed, (pattern.pattern, norm)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12))
def test_index_is_a_superset_of_matching_patterns(words):
    _check(" ".join(words), default_lexicon())


def test_index_on_pack_examples():
    lexicon = default_lexicon()
    data = default_pack_data()
    for key in ("change_verbs", "causal_verbs"):
        for entry in data[key]:
            for form in inflect(entry):
                _check(f"Thus X {form} the Y.", lexicon)


def test_unindexable_pattern_always_runs():
    index_set = PatternSet([re.compile(r"\w+ness"), re.compile(r"\bablat\w*")])
    WordIndex([index_set])
    assert index_set.candidates(WordIndex([index_set]).hits("no match here")) == [index_set.patterns[0]]


def test_inflection():
    assert inflect("reduce") == ["reduce", "reduces", "reduced", "reducing"]
    assert inflect("modify") == ["modify", "modifies", "modified", "modifying"]
    assert inflect("lead to|led to") == ["lead to", "led to"]
    assert inflect("suppress") == ["suppress", "suppresses", "suppressed", "suppressing"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS + ["ablation", "attribution", "patching", "probing", "steering"]), max_size=12))
def test_an_index_over_some_sets_keeps_their_numbers(words):
    lexicon = default_lexicon()
    text = _Text(" ".join(words)).norm
    for index, sets in (
        (lexicon.licensing_index, [lexicon.weak_evidence, lexicon.intervention_evidence]),
        (lexicon.correlational_index, [lexicon.correlational_evidence]),
    ):
        numbers = {s.offset + n for s in sets for n in range(len(s.heads))}
        assert index.hits(text) == tuple(n for n in lexicon.index.hits(text) if n in numbers)
        assert all(index.pattern(n) is lexicon.index.pattern(n) for n in numbers)


def test_a_head_at_the_start_and_inside_a_word_is_seen():
    index_set = PatternSet([re.compile(r"\bregulat\w*"), re.compile(r"\bup-regulat\w*")])
    index = WordIndex([index_set])
    assert len(index_set.candidates(index.hits("up-regulates x"))) == 2
    assert len(index_set.candidates(index.hits("regulates x"))) == 1
    assert index_set.candidates(index.hits("deregulates x")) == []


def test_a_head_that_starts_with_a_hyphen_follows_a_word():
    index_set = PatternSet([r"\b-fold\b"])
    index = WordIndex([index_set])
    assert index_set.candidates(index.hits("a ten-fold rise")) == index_set.patterns
    assert index_set.candidates(index.hits("a -fold rise")) == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="acdeilnorst -_", max_size=30))
def test_a_screened_pattern_finds_what_the_pattern_finds(text):
    source = r"correlat|\blinked (?:to|with)|co-?occur|\bfires? (?:on|for)"
    found, expected = Screened(source).search(text), re.search(source, text)
    assert (found and found.span()) == (expected and expected.span())


def test_a_common_word_is_no_head_when_a_rarer_word_can_be():
    heads, _ = pattern_heads(r"\b(?:keeps?|stops?) (?:\w+ ){1,4}?from \w+ing\b")
    assert heads == {"keep", "keeps", "stop", "stops"}
    heads, _ = pattern_heads(r"\bin (?:parallel|lockstep) with\b")
    assert heads == {"parallel", "lockstep"}
    heads, _ = pattern_heads(r"\bhas to\b")  # only common words: the longest still serves
    assert heads == {"has"}
