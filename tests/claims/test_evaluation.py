"""Metrics, the deterministic split and the eval-claims command."""

from __future__ import annotations

import csv
import json

import pytest
from click.testing import CliRunner

from skilllint.claims.evaluation import (
    ClassScores,
    Example,
    evaluate,
    read_examples,
    stratified_folds,
    stratified_split,
)
from skilllint.cli import cli


def test_metrics_by_hand():
    gold = ["direct_causal", "direct_causal", "correlational", "correlational", "none", "conditional_causal"]
    pred = ["direct_causal", "correlational", "direct_causal", "correlational", "none", "none"]
    report = evaluate(gold, pred, resamples=50)
    assert report.accuracy == pytest.approx(3 / 6)
    assert report.per_class["direct_causal"].precision == pytest.approx(1 / 2)
    assert report.per_class["direct_causal"].recall == pytest.approx(1 / 2)
    assert report.per_class["none"].precision == pytest.approx(1 / 2)
    assert report.per_class["conditional_causal"].f1 == 0.0
    # none F1 2/3, correlational 1/2, conditional 0, direct 1/2
    assert report.macro_f1 == pytest.approx((2 / 3 + 1 / 2 + 0 + 1 / 2) / 4)
    assert report.confusion["correlational"]["direct_causal"] == 1
    assert report.direct_vs_correlational_precision == pytest.approx(1 / 2)
    assert report.direct_vs_correlational_recall == pytest.approx(1 / 2)
    assert report.correlational_flagged_direct == pytest.approx(1 / 2)
    low, high = report.macro_f1_ci
    assert 0.0 <= low <= high <= 1.0


def test_split_is_deterministic_stratified_and_disjoint():
    labels = ["none"] * 9 + ["correlational"] * 5 + ["conditional_causal"] * 3 + ["direct_causal"] * 4
    examples = [Example(f"s{i}", label, i + 2) for i, label in enumerate(labels)]
    tune, held = stratified_split(examples, seed=0)
    assert (tune, held) == stratified_split(examples, seed=0)
    assert {e.row for e in tune}.isdisjoint({e.row for e in held})
    assert len(tune) + len(held) == len(examples)
    assert sum(e.label == "none" for e in tune) == 5 and sum(e.label == "none" for e in held) == 4
    folds = stratified_folds(examples, k=5, seed=0)
    assert sorted(e.row for fold in folds for e in fold) == [e.row for e in examples]
    assert max(len(f) for f in folds) - min(len(f) for f in folds) <= 4


def _write(path, rows, header=("sentence", "label")):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


ROWS = [
    ("Ablating head 9.1 reduces accuracy.", "direct_causal"),
    ("Unit 42 correlates with dogs.", "correlational"),
    ("Layer 20 may drive refusals.", "conditional_causal"),
    ("Install the package first.", "none"),
]


def test_eval_claims_text_and_json(tmp_path):
    data = tmp_path / "labels.csv"
    _write(data, ROWS)
    runner = CliRunner()
    text = runner.invoke(cli, ["eval-claims", str(data), "--resamples", "20"])
    assert text.exit_code == 0, text.output
    assert "accuracy: 1.000" in text.output
    assert "macro-F1: 1.000" in text.output
    assert "correlational sentences flagged direct causal: 0.0%" in text.output
    as_json = runner.invoke(cli, ["eval-claims", str(data), "--format", "json", "--resamples", "20"])
    payload = json.loads(as_json.output)
    assert payload["n"] == 4 and payload["macro_f1"] == 1.0
    assert payload["direct_vs_correlational"]["precision"] == 1.0


def test_eval_claims_other_columns(tmp_path):
    data = tmp_path / "labels.csv"
    _write(data, [(label, text) for text, label in ROWS], header=("gold", "text"))
    result = CliRunner().invoke(
        cli, ["eval-claims", str(data), "--text-column", "text", "--label-column", "gold", "--resamples", "20"]
    )
    assert result.exit_code == 0, result.output
    assert "sentences: 4" in result.output


def test_eval_claims_bad_input_is_a_clear_error(tmp_path):
    data = tmp_path / "labels.csv"
    _write(data, ROWS + [("Something else.", "causal")])
    result = CliRunner().invoke(cli, ["eval-claims", str(data)])
    assert result.exit_code == 2
    assert "labels.csv:6: unknown label 'causal'" in result.output
    missing = CliRunner().invoke(cli, ["eval-claims", str(data), "--text-column", "text"])
    assert missing.exit_code == 2 and "no column 'text'" in missing.output
    absent = CliRunner().invoke(cli, ["eval-claims", str(tmp_path / "nope.csv")])
    assert absent.exit_code == 2 and "cannot read CSV" in absent.output


def test_read_examples_counts_rows_from_the_header(tmp_path):
    data = tmp_path / "labels.csv"
    _write(data, ROWS)
    assert [e.row for e in read_examples(data)] == [2, 3, 4, 5]


def test_macro_f1_averages_over_the_labels_that_occur():
    report = evaluate(["direct_causal", "correlational"], ["direct_causal", "correlational"], resamples=50)
    assert report.accuracy == 1.0
    assert report.macro_f1 == 1.0
    assert report.macro_f1_ci == (1.0, 1.0)
    assert report.per_class["none"].support == 0
    single = evaluate(["none"], ["none"], resamples=50)
    assert single.macro_f1 == 1.0


def test_eval_claims_says_which_labels_macro_f1_averages_over(tmp_path):
    data = tmp_path / "labels.csv"
    _write(data, ROWS[:2])
    result = CliRunner().invoke(cli, ["eval-claims", str(data), "--resamples", "20"])
    assert "macro-F1: 1.000 (95% bootstrap CI 1.000-1.000), averaged over the 2 labels present: " \
        "correlational, direct_causal" in result.output
    assert "none                       n/a       n/a       n/a         0" in result.output


def test_figures_with_nothing_to_measure_are_not_zero():
    report = evaluate(["none", "correlational"], ["direct_causal", "correlational"], resamples=20)
    assert report.per_class["none"].precision is None and report.per_class["none"].recall == 0.0
    assert report.per_class["none"].f1 == 0.0
    assert report.per_class["direct_causal"].recall is None and report.per_class["direct_causal"].precision == 0.0
    assert report.per_class["conditional_causal"] == ClassScores(None, None, None, 0)
    assert report.direct_vs_correlational_precision is None  # nothing in the two classes was predicted direct
    assert report.direct_vs_correlational_recall is None  # no gold direct causal sentence
    assert report.correlational_flagged_direct == 0.0
    assert evaluate(["none"], ["none"], resamples=20).correlational_flagged_direct is None


def test_eval_claims_prints_n_a_and_null_for_undefined_figures(tmp_path):
    data = tmp_path / "labels.csv"
    _write(data, [ROWS[1], ROWS[3]])  # correlational and none, both classified right
    text = _eval_claims(data)
    assert text.exit_code == 0, text.output
    assert "direct_causal              n/a       n/a       n/a         0" in text.output
    assert "precision of 'direct_causal': n/a" in text.output and "recall of 'direct_causal':    n/a" in text.output
    assert "correlational sentences flagged direct causal: 0.0%" in text.output
    payload = json.loads(_eval_claims(data, "--format", "json").output)
    assert payload["per_class"]["direct_causal"] == {"precision": None, "recall": None, "f1": None, "support": 0}
    assert payload["direct_vs_correlational"] == {
        "precision": None, "recall": None, "correlational_flagged_direct": 0.0}


def test_macro_f1_counts_a_label_that_is_only_predicted():
    report = evaluate(["none", "none"], ["none", "direct_causal"], resamples=50)
    # none: precision 1, recall 1/2, F1 2/3; direct_causal: predicted once, never gold, F1 0
    assert report.macro_f1 == pytest.approx((2 / 3 + 0) / 2)


def _eval_claims(path, *options, stdin=None):
    return CliRunner().invoke(cli, ["eval-claims", str(path), "--resamples", "20", *options], input=stdin)


def _one_line_error(result):
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    return lines[0]


def test_an_empty_file_is_said_to_be_empty(tmp_path):
    data = tmp_path / "labels.csv"
    data.write_text("", encoding="utf-8")
    assert _one_line_error(_eval_claims(data)) == f"skilllint: {data}: the file is empty (no header row)"


def test_an_unclosed_quote_is_reported_where_its_record_starts(tmp_path):
    data = tmp_path / "labels.csv"
    data.write_text(
        'sentence,label\n"Unit 42 correlates with dogs.",correlational\n"Ablating head 9.1,direct_causal\n'
        "Install the package first.,none\n",
        encoding="utf-8",
    )
    message = _one_line_error(_eval_claims(data))
    assert message.startswith(f"skilllint: {data}:3: unclosed quote")


def test_a_stray_quote_after_a_quoted_field_is_a_csv_error_on_its_line(tmp_path):
    data = tmp_path / "labels.csv"
    data.write_text('sentence,label\nInstall it.,none\n"Unit 42" correlates.,correlational\n', encoding="utf-8")
    message = _one_line_error(_eval_claims(data))
    assert message.startswith(f"skilllint: {data}:3: malformed CSV")


def test_errors_and_examples_carry_the_file_line_of_their_record(tmp_path):
    data = tmp_path / "labels.csv"
    data.write_text(
        'sentence,label\n"Ablating head 9.1\nreduces\naccuracy.",direct_causal\n\n'
        "Unit 42 correlates with dogs.,correlational\n\"Something\nelse.\",causal\n",
        encoding="utf-8",
    )
    assert _one_line_error(_eval_claims(data)).startswith(f"skilllint: {data}:7: unknown label 'causal'")
    data.write_text(data.read_text(encoding="utf-8").replace(",causal\n", ",none\n"), encoding="utf-8")
    assert [e.row for e in read_examples(data)] == [2, 6, 7]


def test_a_row_with_an_empty_sentence_is_rejected_with_its_line(tmp_path):
    data = tmp_path / "labels.csv"
    _write(data, ROWS[:2] + [("  ", "none")])
    assert _one_line_error(_eval_claims(data)) == f"skilllint: {data}:4: empty sentence"


def test_rows_with_every_field_empty_are_skipped_like_blank_lines(tmp_path):
    data = tmp_path / "labels.csv"
    _write(data, ROWS + [("", ""), ("", "")])
    _reads_the_four_rows(data)


def test_header_names_are_read_without_surrounding_spaces(tmp_path):
    data = tmp_path / "labels.csv"
    _write(data, ROWS, header=("sentence", " label "))
    _reads_the_four_rows(data)


def _reads_the_four_rows(data):
    result = _eval_claims(data)
    assert result.exit_code == 0, result.output
    assert "sentences: 4" in result.output


def test_a_missing_column_lists_the_columns_found(tmp_path):
    data = tmp_path / "labels.csv"
    _write(data, ROWS, header=("text", "label"))
    assert _one_line_error(_eval_claims(data)) == f"skilllint: {data}: no column 'sentence' (columns: 'text', 'label')"


def test_a_row_with_more_fields_than_the_header_is_rejected_with_its_line(tmp_path):
    data = tmp_path / "labels.csv"
    data.write_text("sentence,label\nDropout reduces overfitting.,direct_causal\nSmoking, we think, causes cancer.,direct_causal\n")
    assert _one_line_error(_eval_claims(data)) == (
        f"skilllint: {data}:3: 4 fields, but the header has 2; a comma in an unquoted sentence?"
    )


def test_a_column_named_twice_is_rejected(tmp_path):
    data = tmp_path / "labels.csv"
    data.write_text("sentence,label,sentence\nDropout reduces overfitting.,direct_causal,x\n")
    assert _one_line_error(_eval_claims(data)) == f"skilllint: {data}: the header names column 'sentence' more than once"


def test_a_dash_reads_the_csv_from_stdin():
    text = "sentence,label\r\n" + "".join(f"{sentence},{label}\r\n" for sentence, label in ROWS)
    result = _eval_claims("-", stdin=("\ufeff" + text).encode("utf-8"))
    assert result.exit_code == 0, result.output
    assert result.output.startswith("-\nsentences: 4\naccuracy: 1.000")
    bad = _eval_claims("-", stdin=text + "Something else.,causal\r\n")
    assert _one_line_error(bad).startswith("skilllint: -:6: unknown label 'causal'")


WRONG_ROWS = ROWS + [
    ("Unit 42 drives\ndog detection.", "correlational"),
    ("Install the package first.", "direct_causal"),
]


def test_show_errors_lists_each_misclassified_sentence_with_its_line_labels_and_cue(tmp_path):
    data = tmp_path / "labels.csv"
    _write(data, WRONG_ROWS)
    result = _eval_claims(data, "--show-errors")
    assert result.exit_code == 0, result.output
    assert f"{data}:6: gold correlational, predicted direct_causal (cue 'drives'): Unit 42 drives dog detection." \
        in result.output
    assert f"{data}:8: gold direct_causal, predicted none (no cue): Install the package first." in result.output
    assert "2 misclassified" in result.output
    assert "sentences: 6" in result.output
    assert "gold correlational" not in _eval_claims(data).output


def test_show_errors_in_json_is_a_list(tmp_path):
    data = tmp_path / "labels.csv"
    _write(data, WRONG_ROWS)
    payload = json.loads(_eval_claims(data, "--show-errors", "--format", "json").output)
    assert payload["misclassified"] == [
        {"line": 6, "sentence": "Unit 42 drives\ndog detection.", "gold": "correlational",
         "predicted": "direct_causal", "cue": "drives"},
        {"line": 8, "sentence": "Install the package first.", "gold": "direct_causal",
         "predicted": "none", "cue": None},
    ]
    assert "misclassified" not in json.loads(_eval_claims(data, "--format", "json").output)


def test_show_errors_is_in_the_help():
    result = CliRunner().invoke(cli, ["eval-claims", "--help"])
    assert "--show-errors" in result.output
