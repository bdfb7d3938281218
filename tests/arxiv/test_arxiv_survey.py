import datetime
import shutil

from helpers import FIXTURES

from skilllint.arxiv.survey import render, survey


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
