#!/usr/bin/env python3
"""Time the claim classifier over all prose of a corpus of SKILL.md files (CPU seconds, one process).

    python scripts/claims_speed.py ../shared/corpus/skillxiv

Stages: reading and parsing the documents (the core's cost, shared with every content rule);
compiling the claims pack; the claim rules' own pass (CL001-CL003 over every document: gated
splitting, classification, and the evidence and findings the rules ask for); then, for scale,
splitting every prose block into sentences and classifying every sentence. Compare the rules'
pass with a cold lint of the same corpus, e.g.

    skilllint check --no-cache -q --exit-zero -j 1 --profile mechanistic-analysis --ignore CL CORPUS
    skilllint check --no-cache -q --exit-zero -j 1 --profile mechanistic-analysis CORPUS
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from skilllint.claims.classifier import classify_text
from skilllint.claims.lexicon import default_lexicon
from skilllint.claims.sentences import iter_sentences
from skilllint.document import SkillDocument
from skilllint.rules import RuleContext
from skilllint.rules.claims.causation_from_correlation import CausationFromCorrelation
from skilllint.rules.claims.conditional_claim_without_evidence import ConditionalClaimWithoutEvidence
from skilllint.rules.claims.unlicensed_causal_claim import UnlicensedCausalClaim


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    args = parser.parse_args(argv)
    clock = time.process_time
    files = sorted(args.corpus.rglob("SKILL.md"))
    if not files:
        print(f"claims_speed: no SKILL.md under {args.corpus}", file=sys.stderr)
        return 2

    start = clock()
    docs = [SkillDocument.from_text(path.read_text(encoding="utf-8", errors="replace"), path, str(path)) for path in files]
    for doc in docs:
        doc.sections  # noqa: B018 - parse now, so that the stages below time only their own work
    parsed = clock()
    lexicon = default_lexicon()  # the rules' own, compiled once per process
    compiled = clock()
    # The rules' pass comes first: the stages after it fill the sentence cache it would otherwise use.
    rules = [CausationFromCorrelation(), UnlicensedCausalClaim(), ConditionalClaimWithoutEvidence()]
    planned = [(rule, RuleContext(options=dict(rule.options), pack=None)) for rule in rules]
    diagnostics = Counter(d.code for doc in docs for rule, ctx in planned for d in rule.check(doc, ctx))
    ruled = clock()
    sentences = [sentence for doc in docs for sentence in iter_sentences(doc)]
    split = clock()
    labels = Counter(classify_text(sentence.text, lexicon).label for sentence in sentences)
    classified = clock()

    print(f"{len(files)} files, {len(sentences)} prose sentences: {dict(labels)}")
    print(f"parse documents (core)      {parsed - start:6.2f} s")
    print(f"compile claims pack         {compiled - parsed:6.2f} s")
    print(f"claim rules' pass           {ruled - compiled:6.2f} s  ({dict(sorted(diagnostics.items()))})")
    print(f"split all prose             {split - ruled:6.2f} s")
    print(f"classify every sentence     {classified - split:6.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
