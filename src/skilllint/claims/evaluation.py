"""Measuring the claim-strength classifier against labelled sentences.

Everything here is plain Python: accuracy, per-class precision/recall/F1, macro-F1 with a
percentile bootstrap interval, the confusion matrix, the binary figures a linter cares about
(direct-causal versus correlational), and a deterministic stratified split and k-fold partition.
"""

from __future__ import annotations

import csv
import random
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

LABELS: tuple[str, ...] = ("none", "correlational", "conditional_causal", "direct_causal")


class DatasetError(ValueError):
    """A labelled file that cannot be evaluated (malformed CSV, missing column, unknown label)."""


@dataclass(frozen=True)
class Example:
    text: str
    label: str
    row: int  # the file line the record starts on (the header is line 1)


def read_examples(
    path: str | Path, text_column: str = "sentence", label_column: str = "label"
) -> list[Example]:
    """Read a CSV of labelled sentences."""
    with open(path, newline="", encoding="utf-8-sig") as handle:
        return parse_examples(handle, str(path), text_column, label_column)


def parse_examples(
    lines: Iterable[str], name: str, text_column: str = "sentence", label_column: str = "label"
) -> list[Example]:
    """Labelled sentences from CSV lines (read with ``newline=""``); ``name`` prefixes errors.

    Blank lines and rows whose every field is empty are skipped; a row with a label but no
    sentence is an error.
    """
    records = _records(lines, name)
    header = next(records, None)
    if header is None:
        raise DatasetError(f"{name}: the file is empty (no header row)")
    columns = [column.strip() for column in header[1]]
    text_index = _column_index(columns, text_column, name)
    label_index = _column_index(columns, label_column, name)
    examples = []
    for line, fields in records:
        if not any(field.strip() for field in fields):
            continue
        if len(fields) > len(columns):
            raise DatasetError(
                f"{name}:{line}: {len(fields)} fields, but the header has {len(columns)}; "
                "a comma in an unquoted sentence?"
            )
        examples.append(_example(fields, text_index, label_index, name, line))
    return examples


def _records(lines: Iterable[str], name: str) -> Iterator[tuple[int, list[str]]]:
    """The non-blank CSV records, each with the file line it starts on."""
    reader = csv.reader(lines, strict=True)
    start = 1
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise DatasetError(_csv_problem(exc, name, start, reader.line_num)) from None
        if fields:
            yield start, fields
        start = reader.line_num + 1


def _csv_problem(exc: csv.Error, name: str, record_start: int, line: int) -> str:
    if str(exc) == "unexpected end of data":
        return f"{name}:{record_start}: unclosed quote: a quoted field of the record on this line runs to the end of the file"
    if str(exc).startswith("field larger than field limit"):
        return f"{name}:{record_start}: a field of the record on this line is too long ({exc}); an unclosed quote?"
    return f"{name}:{line}: malformed CSV: {exc}"


def _column_index(columns: list[str], wanted: str, name: str) -> int:
    if columns.count(wanted.strip()) > 1:
        raise DatasetError(f"{name}: the header names column {wanted.strip()!r} more than once")
    if wanted.strip() in columns:
        return columns.index(wanted.strip())
    found = ", ".join(repr(column) for column in columns)
    raise DatasetError(f"{name}: no column {wanted!r} (columns: {found})")


def _example(fields: list[str], text_index: int, label_index: int, name: str, line: int) -> Example:
    text = _field(fields, text_index)
    label = _field(fields, label_index)
    if label not in LABELS:
        raise DatasetError(f"{name}:{line}: unknown label {label!r} (expected one of {', '.join(LABELS)})")
    if not text:
        raise DatasetError(f"{name}:{line}: empty sentence")
    return Example(text, label, line)


def _field(fields: list[str], index: int) -> str:
    return fields[index].strip() if index < len(fields) else ""


def stratified_split(
    examples: Sequence[Example], seed: int = 0
) -> tuple[list[Example], list[Example]]:
    """Split into (tuning half, held-out half), stratified by label, deterministic for a seed.

    Within each label (in the fixed order of LABELS) the examples are shuffled by one
    ``random.Random(seed)`` and the first ceil(n/2) go to the tuning half.
    """
    rng = random.Random(seed)
    tune: list[Example] = []
    held_out: list[Example] = []
    for label in LABELS:
        group = [example for example in examples if example.label == label]
        rng.shuffle(group)
        cut = (len(group) + 1) // 2
        tune.extend(group[:cut])
        held_out.extend(group[cut:])
    tune.sort(key=lambda example: example.row)
    held_out.sort(key=lambda example: example.row)
    return tune, held_out


def stratified_folds(examples: Sequence[Example], k: int = 5, seed: int = 0) -> list[list[Example]]:
    """Partition into k folds, stratified by label, deterministic for a seed."""
    rng = random.Random(seed)
    folds: list[list[Example]] = [[] for _ in range(k)]
    for label in LABELS:
        group = [example for example in examples if example.label == label]
        rng.shuffle(group)
        for index, example in enumerate(group):
            folds[index % k].append(example)
    return [sorted(fold, key=lambda example: example.row) for fold in folds]


@dataclass(frozen=True)
class ClassScores:
    """None where a figure is undefined: precision with no prediction of the class, recall with no gold one."""

    precision: float | None
    recall: float | None
    f1: float | None
    support: int


@dataclass
class Report:
    n: int
    accuracy: float
    per_class: dict[str, ClassScores]
    macro_f1: float
    macro_f1_ci: tuple[float, float]
    confusion: dict[str, dict[str, int]]
    direct_vs_correlational_precision: float | None  # None: nothing predicted direct causal among the pairs
    direct_vs_correlational_recall: float | None  # None: no gold direct causal sentence
    correlational_flagged_direct: float | None  # None: no gold correlational sentence
    labels: tuple[str, ...] = field(default=LABELS)
    macro_f1_labels: tuple[str, ...] = field(default=LABELS)

    def as_dict(self) -> dict:
        return {
            "n": self.n,
            "accuracy": self.accuracy,
            "macro_f1": self.macro_f1,
            "macro_f1_ci95": list(self.macro_f1_ci),
            "macro_f1_labels": list(self.macro_f1_labels),
            "per_class": {
                label: {
                    "precision": scores.precision,
                    "recall": scores.recall,
                    "f1": scores.f1,
                    "support": scores.support,
                }
                for label, scores in self.per_class.items()
            },
            "confusion": self.confusion,
            "direct_vs_correlational": {
                "precision": self.direct_vs_correlational_precision,
                "recall": self.direct_vs_correlational_recall,
                "correlational_flagged_direct": self.correlational_flagged_direct,
            },
        }


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else 0.0


def _defined_ratio(numerator: float, denominator: float) -> float | None:
    return numerator / denominator if denominator else None


def _class_scores(gold: Sequence[str], predicted: Sequence[str], label: str) -> ClassScores:
    tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == label and p == label)
    predicted_count = sum(1 for p in predicted if p == label)
    support = sum(1 for g in gold if g == label)
    precision = _defined_ratio(tp, predicted_count)
    recall = _defined_ratio(tp, support)
    return ClassScores(precision, recall, _f1(tp, precision, recall), support)


def _f1(tp: int, precision: float | None, recall: float | None) -> float | None:
    """Undefined for a class neither in the gold labels nor predicted; 0 when it is either but never both."""
    if precision is None and recall is None:
        return None
    if not tp:
        return 0.0
    return 2 * precision * recall / (precision + recall)


def labels_present(gold: Sequence[str], predicted: Sequence[str]) -> tuple[str, ...]:
    """The labels macro-F1 averages over: those in the gold labels or the predictions."""
    seen = set(gold) | set(predicted)
    return tuple(label for label in LABELS if label in seen)


def macro_f1(gold: Sequence[str], predicted: Sequence[str]) -> float:
    labels = labels_present(gold, predicted)
    return _ratio(sum(_class_scores(gold, predicted, label).f1 for label in labels), len(labels))


def bootstrap_interval(
    gold: Sequence[str],
    predicted: Sequence[str],
    statistic: Callable[[Sequence[str], Sequence[str]], float] = macro_f1,
    resamples: int = 1000,
    seed: int = 0,
) -> tuple[float, float]:
    """Percentile 95% interval of a statistic over resampled (with replacement) sentences."""
    if not gold:
        return (0.0, 0.0)
    rng = random.Random(seed)
    n = len(gold)
    values = []
    for _ in range(resamples):
        picks = [rng.randrange(n) for _ in range(n)]
        values.append(statistic([gold[i] for i in picks], [predicted[i] for i in picks]))
    values.sort()
    low = values[int(0.025 * (resamples - 1))]
    high = values[int(round(0.975 * (resamples - 1)))]
    return (low, high)


def evaluate(
    gold: Sequence[str], predicted: Sequence[str], resamples: int = 1000, seed: int = 0
) -> Report:
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted differ in length")
    n = len(gold)
    confusion = {g: {p: 0 for p in LABELS} for g in LABELS}
    for g, p in zip(gold, predicted, strict=True):
        confusion[g][p] += 1
    per_class = {label: _class_scores(gold, predicted, label) for label in LABELS}
    pairs = [(g, p) for g, p in zip(gold, predicted, strict=True) if g in ("direct_causal", "correlational")]
    flagged_direct = [g for g, p in pairs if p == "direct_causal"]
    direct_gold = [p for g, p in pairs if g == "direct_causal"]
    correlational_gold = [p for g, p in pairs if g == "correlational"]
    return Report(
        n=n,
        accuracy=_ratio(sum(1 for g, p in zip(gold, predicted, strict=True) if g == p), n),
        per_class=per_class,
        macro_f1=macro_f1(gold, predicted),
        macro_f1_labels=labels_present(gold, predicted),
        macro_f1_ci=bootstrap_interval(gold, predicted, resamples=resamples, seed=seed),
        confusion=confusion,
        direct_vs_correlational_precision=_defined_ratio(
            sum(1 for g in flagged_direct if g == "direct_causal"), len(flagged_direct)
        ),
        direct_vs_correlational_recall=_defined_ratio(
            sum(1 for p in direct_gold if p == "direct_causal"), len(direct_gold)
        ),
        correlational_flagged_direct=_defined_ratio(
            sum(1 for p in correlational_gold if p == "direct_causal"), len(correlational_gold)
        ),
    )


def _averaged_over(labels: tuple[str, ...]) -> str:
    if labels == LABELS:
        return ""
    present = "the label present" if len(labels) == 1 else f"the {len(labels)} labels present"
    return f", averaged over {present}: {', '.join(labels)}"


def format_report(report: Report) -> str:
    lines = [
        f"sentences: {report.n}",
        f"accuracy: {report.accuracy:.3f}",
        f"macro-F1: {report.macro_f1:.3f} (95% bootstrap CI {report.macro_f1_ci[0]:.3f}-{report.macro_f1_ci[1]:.3f})"
        + _averaged_over(report.macro_f1_labels),
        "",
        f"{'class':<20}{'precision':>10}{'recall':>10}{'F1':>10}{'support':>10}",
    ]
    for label, scores in report.per_class.items():
        lines.append(
            f"{label:<20}{_figure(scores.precision):>10}{_figure(scores.recall):>10}{_figure(scores.f1):>10}"
            f"{scores.support:>10}"
        )
    lines += ["", "confusion (rows gold, columns predicted):"]
    short = {"none": "none", "correlational": "corr", "conditional_causal": "cond", "direct_causal": "direct"}
    lines.append(f"{'':<20}" + "".join(f"{short[label]:>8}" for label in LABELS))
    for gold_label in LABELS:
        lines.append(
            f"{gold_label:<20}" + "".join(f"{report.confusion[gold_label][p]:>8}" for p in LABELS)
        )
    lines += [
        "",
        "direct causal vs correlational (gold in those two classes):",
        f"  precision of 'direct_causal': {_figure(report.direct_vs_correlational_precision)}",
        f"  recall of 'direct_causal':    {_figure(report.direct_vs_correlational_recall)}",
        f"  correlational sentences flagged direct causal: {_figure(report.correlational_flagged_direct, '.1%')}",
    ]
    return "\n".join(lines)


def _figure(value: float | None, spec: str = ".3f") -> str:
    return "n/a" if value is None else format(value, spec)


@dataclass(frozen=True)
class Misclassification:
    line: int
    sentence: str
    gold: str
    predicted: str
    cue: str | None  # the phrase that decided the prediction, if any

    def as_dict(self) -> dict:
        return {"line": self.line, "sentence": self.sentence, "gold": self.gold,
                "predicted": self.predicted, "cue": self.cue}


def misclassified(
    examples: Sequence[Example], predicted: Sequence[str], cues: Sequence[str | None]
) -> list[Misclassification]:
    return [
        Misclassification(example.row, example.text, example.label, label, cue)
        for example, label, cue in zip(examples, predicted, cues, strict=True)
        if label != example.label
    ]


def format_misclassified(name: str, errors: Sequence[Misclassification]) -> str:
    lines = [
        f"{name}:{error.line}: gold {error.gold}, predicted {error.predicted} ({_cue_text(error.cue)}): "
        + " ".join(error.sentence.split())
        for error in errors
    ]
    lines.append(f"{len(errors)} misclassified")
    return "\n".join(lines)


def _cue_text(cue: str | None) -> str:
    return "no cue" if cue is None else f"cue {cue!r}"


def predict_all(classify: Callable[[str], str], texts: Iterable[str]) -> list[str]:
    return [classify(text) for text in texts]
