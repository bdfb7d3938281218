"""The word index never hides a pattern that matches."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from skilllint.claims.classifier import _Text
from skilllint.claims.lexicon import Lexicon, default_lexicon, default_pack_data, inflect
from skilllint.claims.prefilter import PatternSet, WordIndex

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
