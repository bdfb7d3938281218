"""Whatever the frontmatter holds, the skillxiv rules report problems and never crash."""

from __future__ import annotations

import yaml
from helpers import lint_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

FIELDS = ["name", "title", "version", "engine", "license", "url", "keywords", "tags", "description", "category"]
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=30))
values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                         st.dictionaries(st.text(max_size=5), inner, max_size=3)),
                      max_leaves=8)
styles = st.sampled_from([None, True, False])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(FIELDS), values, max_size=len(FIELDS)), styles)
def test_no_internal_errors(frontmatter, flow):
    text = "---\n" + yaml.safe_dump(frontmatter, default_flow_style=flow, allow_unicode=True) + "---\n# T\n\nBody.\n"
    found = lint_text(text, profile="skillxiv")
    assert not [d for d in found if d.code == "SL001"], [d.message for d in found if d.code == "SL001"]
