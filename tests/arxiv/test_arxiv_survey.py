import datetime
import shutil

import pytest
from helpers import FIXTURES

from skilllint.arxiv.survey import main, render, survey


def test_survey_counts_identifiers_failures_and_requests(tmp_path):
    for name in ("arxiv-placeholder", "invalid-arxiv-id", "inconsistent-arxiv-id"):
        target = tmp_path / name
        target.mkdir()
        shutil.copy(FIXTURES / name / "bad.md", target / "SKILL.md")
    stats = survey(tmp_path, datetime.date(2026, 3, 15))
    assert stats["files"] == 3
    assert stats["failures"] == {
        "placeholder": 4, "month": 1, "digits": 1, "archive": 1, "future": 1, "version": 1
    }
    assert stats["valid_ids"] == 4  # 2503.07890, 2503.07809, 2503.07980, 2310.01405
    assert stats["requests"] == 1
    assert stats["diagnostics"] == {"AX001": 4, "AX002": 5, "AX004": 2}
    text = render(stats)
    assert "| placeholder (a template placeholder, not an identifier) | 4 |" in text
    assert "online run, empty cache: 1 request(s)" in text


def test_a_path_that_does_not_exist_is_a_usage_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as stopped:
        main([str(tmp_path / "nonexist")])
    assert stopped.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"error: {tmp_path / 'nonexist'}: no such file or folder" in captured.err
