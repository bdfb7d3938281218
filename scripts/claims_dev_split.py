#!/usr/bin/env python3
"""Reproduce the claim classifier's development figures from a labelled CSV.

    python scripts/claims_dev_split.py ../shared/data/pubmed_claim_strength.csv [--format text|json]

The split is fixed: stratified by label, ``random.Random(0)`` (see
``skilllint.claims.evaluation.stratified_split``). The lexicons were tuned on the first half
("tuning"); the second half ("held-out") was not looked at while tuning. The 5-fold figures use
``stratified_folds(k=5, seed=0)``; the classifier has no trained parameters, so each fold is
simply classified and the per-fold figures summarised (they include the tuning half).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys

from skilllint.claims.classifier import classify
from skilllint.claims.evaluation import (
    DatasetError,
    evaluate,
    format_report,
    read_examples,
    stratified_folds,
    stratified_split,
)
from skilllint.claims.lexicon import default_lexicon


def _figures(report) -> dict[str, float]:
    return {
        "accuracy": report.accuracy,
        "macro_f1": report.macro_f1,
        "direct_vs_corr_precision": report.direct_vs_correlational_precision,
        "direct_vs_corr_recall": report.direct_vs_correlational_recall,
        "corr_flagged_direct": report.correlational_flagged_direct,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("csv", help="labelled CSV (columns sentence,label)")
    parser.add_argument("--text-column", default="sentence")
    parser.add_argument("--label-column", default="label")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--format", choices=["text", "json"], default="text")
    args = parser.parse_args(argv)
    try:
        examples = read_examples(args.csv, args.text_column, args.label_column)
    except (DatasetError, OSError) as exc:
        print(f"claims_dev_split: {exc}", file=sys.stderr)
        return 2
    lexicon = default_lexicon()
    predicted = {example.row: classify(example.text, lexicon) for example in examples}

    def report_for(subset):
        return evaluate([e.label for e in subset], [predicted[e.row] for e in subset], seed=args.seed)

    tune, held_out = stratified_split(examples, seed=args.seed)
    tune_report, held_report = report_for(tune), report_for(held_out)
    folds = [report_for(fold) for fold in stratified_folds(examples, k=args.folds, seed=args.seed)]
    fold_figures = [_figures(report) for report in folds]
    summary = {
        name: {
            "mean": statistics.mean(f[name] for f in fold_figures),
            "sd": statistics.stdev(f[name] for f in fold_figures) if len(fold_figures) > 1 else 0.0,
            "per_fold": [f[name] for f in fold_figures],
        }
        for name in fold_figures[0]
    }
    if args.format == "json":
        print(json.dumps({
            "seed": args.seed,
            "tuning_half": tune_report.as_dict(),
            "held_out_half": held_report.as_dict(),
            f"{args.folds}_fold": summary,
        }, indent=2))
        return 0
    print(f"== tuning half (n={len(tune)}, seed {args.seed}) ==")
    print(format_report(tune_report))
    print(f"\n== held-out half (n={len(held_out)}, untouched while tuning) ==")
    print(format_report(held_report))
    print(f"\n== {args.folds}-fold (stratified, seed {args.seed}; mean ± sd over folds) ==")
    for name, values in summary.items():
        per_fold = ", ".join(f"{v:.3f}" for v in values["per_fold"])
        print(f"{name:<28}{values['mean']:.3f} ± {values['sd']:.3f}   [{per_fold}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
