"""Reading records and validating them: every problem at once, each with its path and line."""

from __future__ import annotations

import copy

import pytest
import yaml
from helpers import FIXTURES

from skilllint.generate.record import RecordError, format_path, load_record, parse_record
from skilllint.generate.schema import validate

RECORDS = FIXTURES / "records"
COMPLETE = ["network-dissection", "rome-causal-tracing", "attention-not-explanation", "induction-heads"]


def _record(name: str) -> dict:
    return yaml.safe_load((RECORDS / f"{name}.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", COMPLETE)
def test_complete_records_follow_the_schema(name):
    assert validate(load_record(RECORDS / f"{name}.yaml")) == []


def test_format_path():
    assert format_path(("confounds", 2, "control")) == "confounds[2].control"
    assert format_path(("skill", "keywords", 0)) == "skill.keywords[0]"
    assert format_path(()) == "(record)"


def test_every_problem_is_reported_at_once_with_its_path():
    data = _record("network-dissection")
    del data["confounds"][2]["control"]
    data["findings"][0]["kind"] = "headline"
    data["skill"]["keywords"] = ["One", "Two"]
    data["paper"]["arxiv"] = "arXiv:1704.05796"
    data["paper"]["code"] = 42
    data["rubric"]["controls"]["point"] = 2
    data["skill"]["colour"] = "blue"
    del data["priors"]
    rendered = [f"{p.location}: {p.message}" for p in validate(data)]
    assert sorted(rendered) == sorted([
        "confounds[2].control: required",
        'findings[0].kind: must be one of "main", "secondary", "surprising"',
        "skill.keywords: needs at least 5 items, has 2",
        "paper.arxiv: 'arXiv:1704.05796' is not an arXiv identifier such as 1704.05796",
        "paper.code: must be a URL or null",
        "rubric.controls.point: must be one of 0, 1",
        "skill.colour: unknown field",
        "priors: required",
    ])


def test_missing_and_invalid_problems_are_told_apart():
    data = _record("network-dissection")
    del data["confounds"][2]["control"]
    data["skill"]["name"] = "Network Dissection"
    data["limitations"] = ["   "]
    by_location = {p.location: p for p in validate(data)}
    assert by_location["confounds[2].control"].missing
    assert by_location["limitations[0]"].missing
    assert by_location["limitations[0]"].message == "must not be blank"
    assert not by_location["skill.name"].missing
    assert by_location["skill.name"].message == "must be kebab-case (lowercase words joined by '-')"


def test_problems_carry_the_line_of_the_field_in_the_yaml_file(tmp_path):
    text = (RECORDS / "network-dissection.yaml").read_text(encoding="utf-8")
    broken = text.replace('    control: "The paper does not correct for this; the score is a lower bound set by the concept '
                          'vocabulary"\n', "")
    assert broken != text
    path = tmp_path / "record.yaml"
    path.write_text(broken, encoding="utf-8")
    record = load_record(path)
    (problem,) = validate(record)
    line = next(i for i, row in enumerate(broken.splitlines(), 1) if "Units can respond to concepts" in row)
    assert problem.line == line
    assert problem.render(str(path)) == f"{path}:{line}: confounds[2].control: required"


def test_a_missing_top_level_field_has_no_line():
    record = parse_record("paper: {title: T, arxiv: '1704.05796', url: 'https://arxiv.org/abs/1704.05796', code: null}\n")
    problem = next(p for p in validate(record) if p.location == "skill")
    assert problem.line is None and problem.message == "required"


def test_json_records_are_read_with_lines(tmp_path):
    import json

    data = _record("rome-causal-tracing")
    data["decision_table"][1].pop("why")
    path = tmp_path / "record.json"
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    record = load_record(path)
    (problem,) = validate(record)
    assert problem.location == "decision_table[1].why"
    lines = path.read_text(encoding="utf-8").splitlines()
    # the line of the table row that lacks "why": its opening brace, followed by its scenario
    assert lines[problem.line - 1].strip() == "{"
    assert data["decision_table"][1]["scenario"] in lines[problem.line]


@pytest.mark.parametrize("text, message, line", [
    ("paper: [unclosed\n", "invalid YAML", 2),
    ("- a list\n- not a mapping\n", "must be a mapping of fields, found list", 1),
    ("", "must be a mapping of fields, found empty", 1),
    ("paper:\n  title: x\nskill: &s {name: *s}\n", "a YAML alias refers to a value that contains it", 3),
    ("a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 10)}]\n" for i in range(5)),
     "YAML aliases expand to more than 100,000 nodes", 1),
])
def test_unreadable_records_raise_a_clear_error(text, message, line):
    with pytest.raises(RecordError) as caught:
        parse_record(text, "r.yaml")
    assert message in caught.value.message
    assert caught.value.line == line


def test_invalid_json_has_a_line(tmp_path):
    path = tmp_path / "r.json"
    path.write_text('{\n  "paper": {,}\n}\n', encoding="utf-8")
    with pytest.raises(RecordError) as caught:
        load_record(path)
    assert caught.value.line == 2 and "invalid JSON" in caught.value.message


def test_validation_does_not_change_the_record():
    data = _record("induction-heads")
    before = copy.deepcopy(data)
    validate(data)
    assert data == before


def test_keywords_must_be_title_case():
    data = _record("network-dissection")
    data["skill"]["keywords"][1] = "unit interpretability"
    data["skill"]["keywords"][2] = "Learning to Deceive"
    assert [f"{p.location}: {p.message}" for p in validate(data)] == ["skill.keywords[1]: must be in Title Case"]


def test_a_record_that_is_not_utf8_names_the_line_and_column(tmp_path):
    path = tmp_path / "r.yaml"
    path.write_bytes(b"paper:\r\n  title: caf\xe9\r\n")
    with pytest.raises(RecordError) as caught:
        load_record(path)
    assert caught.value.line == 2
    assert caught.value.message == "the record is not UTF-8 text: invalid UTF-8: byte 0xe9 at byte offset 20 (column 13)"
