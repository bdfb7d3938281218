"""The method mentions nearest to a claim: one per kind, from its sentence, paragraph or section."""

from __future__ import annotations

from skilllint.claims.evidence import CORRELATIONAL, INTERVENTION, WEAK, EvidenceHit, analyse
from skilllint.claims.lexicon import default_lexicon
from skilllint.document import SkillDocument

DOC = """---
name: demo
description: Demo skill.
---
# Demo

## Findings

The probe shows that head 3 drives the copy. Attribution patching agrees.

### Method

We zero-ablate head 3 and measure the copy rate.
"""


def claim_of(text: str, scope: str = "section"):
    [claim] = analyse(SkillDocument.from_text(text), default_lexicon(), scope)
    return claim


def test_each_kind_comes_from_the_nearest_place_that_mentions_it():
    evidence = claim_of(DOC).evidence
    assert dict(evidence) == {
        CORRELATIONAL: EvidenceHit(CORRELATIONAL, "probe", "sentence"),
        WEAK: EvidenceHit(WEAK, "Attribution patching", "paragraph"),
        INTERVENTION: EvidenceHit(INTERVENTION, "zero-ablate", "section"),
    }
    assert list(evidence) == [CORRELATIONAL, WEAK, INTERVENTION]  # nearest first
    assert INTERVENTION in evidence and evidence.get("other") is None


def test_a_narrower_scope_looks_no_further():
    evidence = claim_of(DOC, scope="paragraph").evidence
    assert INTERVENTION not in evidence
    assert [(hit.kind, hit.scope) for hit in evidence.values()] == [(CORRELATIONAL, "sentence"), (WEAK, "paragraph")]
    assert len(claim_of(DOC, scope="sentence").evidence) == 1


def _claims(body: str):
    doc = SkillDocument.from_text("---\nname: demo\ndescription: Demo skill.\n---\n# Demo\n\n" + body)
    return [(c.sentence.text, c.classification.label, c.position()) for c in analyse(doc, default_lexicon())]


def test_a_cue_in_underscore_emphasis_is_read_as_without_it():
    # The sentence splitter drops the underscores; the gate in front of it must not stop at them.
    assert _claims("Zero-ablating head 3.2 _reduces_ accuracy.\n") == [
        ("Zero-ablating head 3.2 reduces accuracy.", "direct_causal", (7, 25))
    ]
    assert _claims("Zero-ablating head 3.2 reduces accuracy.\n") == [
        ("Zero-ablating head 3.2 reduces accuracy.", "direct_causal", (7, 24))
    ]
    assert _claims("- Layer 12 __drives__ the answer.\n- Layer 3 does not.\n") == [
        ("Layer 12 drives the answer.", "direct_causal", (7, 14))
    ]
    assert _claims("> Head 9.1 _drives_ the answer.\n") == [("Head 9.1 drives the answer.", "direct_causal", (7, 13))]
    assert _claims("| Finding |\n| --- |\n| Head 9.1 _drives_ the answer. |\n") == [
        ("Head 9.1 drives the answer.", "direct_causal", (9, 13))
    ]
