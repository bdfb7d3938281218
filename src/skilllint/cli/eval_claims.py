"""`skilllint eval-claims`: measure the claim-strength classifier on a labelled CSV."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from skilllint.claims.evaluation import Example

EXIT_OK, EXIT_ERROR = 0, 2


@click.command("eval-claims")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False, allow_dash=True))
@click.option("--text-column", default="sentence", show_default=True, help="Column holding the sentence.")
@click.option("--label-column", default="label", show_default=True,
              help="Column holding the gold label: none, correlational, conditional_causal or direct_causal.")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--resamples", type=click.IntRange(10, 100000), default=1000, show_default=True,
              help="Bootstrap resamples for the macro-F1 interval.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the bootstrap.")
@click.option("--show-errors", is_flag=True,
              help="List each misclassified sentence with its file line, gold and predicted labels and the cue "
                   "that decided the prediction (in JSON, the list 'misclassified').")
def eval_claims(file: Path, text_column: str, label_column: str, output_format: str, resamples: int, seed: int,
                show_errors: bool) -> None:
    """Classify every sentence of FILE (a CSV; '-' reads standard input) and compare with its labels.

    Prints accuracy, per-class precision/recall/F1, macro-F1 (averaged over the labels that occur in
    the gold labels or the predictions) with a bootstrap 95% interval, the confusion matrix, and
    direct-causal-versus-correlational precision and recall with the share of correlational
    sentences flagged as direct causal.

    A figure with nothing to measure is printed as n/a (null in JSON): precision of a class never
    predicted, recall of a class absent from the gold labels, F1 of a class that is neither, and the
    direct-versus-correlational figures without a direct causal prediction or gold sentence, or
    without a gold correlational sentence.
    """
    from skilllint.claims.classifier import classify_text
    from skilllint.claims.evaluation import DatasetError, evaluate, format_misclassified, format_report, misclassified
    from skilllint.claims.lexicon import default_lexicon
    from skilllint.document.text import DecodeProblem

    try:
        examples = _read_examples(file, text_column, label_column)
    except DecodeProblem as exc:
        click.echo(f"skilllint: {file}:{exc.line}:{exc.column}: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    except DatasetError as exc:
        click.echo(f"skilllint: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        click.echo(f"skilllint: {file}: cannot read CSV: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    if not examples:
        click.echo(f"skilllint: {file}: no labelled sentences", err=True)
        sys.exit(EXIT_ERROR)
    lexicon = default_lexicon()
    classifications = [classify_text(example.text, lexicon) for example in examples]
    predicted = [classification.label for classification in classifications]
    report = evaluate([example.label for example in examples], predicted, resamples=resamples, seed=seed)
    cues = [classification.cue.phrase if classification.cue else None for classification in classifications]
    errors = misclassified(examples, predicted, cues) if show_errors else None
    if output_format == "json":
        shown = {} if errors is None else {"misclassified": [error.as_dict() for error in errors]}
        click.echo(json.dumps({"file": str(file), **report.as_dict(), **shown}, indent=2))
    else:
        if errors is not None:
            click.echo(format_misclassified(str(file), errors) + "\n")
        click.echo(f"{file}")
        click.echo(format_report(report))
    sys.exit(EXIT_OK)


def _read_examples(file: Path, text_column: str, label_column: str) -> list[Example]:
    from skilllint.claims.evaluation import parse_examples
    from skilllint.document.text import BOM, decode

    data = sys.stdin.buffer.read() if str(file) == "-" else file.read_bytes()
    text = decode(data).removeprefix(BOM)
    return parse_examples(io.StringIO(text, newline=""), str(file), text_column, label_column)
