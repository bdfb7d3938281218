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
