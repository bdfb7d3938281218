import socket

import pytest
from click.testing import CliRunner
from helpers import FIXTURES, linter

from skilllint.cli import cli
from skilllint.diagnostics import Severity


def arxiv_config(stub_url, tmp_path, **extra):
    return {
        "arxiv": {"verify": True, "endpoint": stub_url, "cache_dir": str(tmp_path / "cache"), "min_interval_s": 0, **extra}
    }


def lint_files(paths, config, select=("AX1",)):
    engine = linter(select=list(select), config=config)
    results = [engine.lint_bytes(p.read_bytes(), p, str(p)) for p in paths]
    return engine.finish(results).diagnostics


@pytest.fixture
def known_papers(arxiv_stub):
    arxiv_stub.add("1706.03762", "Attention Is All You Need", version=7)
    arxiv_stub.add("1607.06450", "Layer Normalization", version=1)
    arxiv_stub.add("2401.01234", "Gated Units for Everything", version=2, comment="This paper has been withdrawn by the author")
    return arxiv_stub


CASES = {
    "unknown-arxiv-id": ("AX101", [("bad.md", [(7, Severity.ERROR), (18, Severity.ERROR)])]),
    "withdrawn-arxiv-paper": ("AX102", [("bad.md", [(16, Severity.WARNING)])]),
    "arxiv-title-mismatch": ("AX103", [("bad.md", [(3, Severity.ERROR)]), ("bad-close.md", [(3, Severity.WARNING)])]),
    "unknown-arxiv-version": ("AX104", [("bad.md", [(15, Severity.ERROR)])]),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_online_fixtures(name, known_papers, tmp_path):
    code, bad_files = CASES[name]
    config = arxiv_config(known_papers.url, tmp_path)
    for filename, expected in bad_files:
        found = lint_files([FIXTURES / name / filename], config)
        assert [(d.code, d.line, d.severity) for d in found] == [(code, line, sev) for line, sev in expected]
    assert lint_files([FIXTURES / name / "good.md"], config) == []


def test_title_messages_show_both_titles(known_papers, tmp_path):
    (diag,) = lint_files([FIXTURES / "arxiv-title-mismatch" / "bad.md"], arxiv_config(known_papers.url, tmp_path))
    assert "'Attention Is Not All You Need' does not match" in diag.message
    assert "'Attention Is All You Need'" in diag.message
    assert "similarity 0.93" in diag.message


def test_one_request_for_all_rules_and_files(known_papers, tmp_path):
    paths = sorted(FIXTURES.glob("*arxiv*/*.md"))
    config = arxiv_config(known_papers.url, tmp_path)
    lint_files(paths, config, select=("AX",))
    assert len(known_papers.requests) == 1
    asked = set(known_papers.requests[0].ids)
    assert {"1706.03762", "1607.06450", "2401.01234", "2501.99999"} <= asked
    assert not any("XXXX" in i or "2513" in i for i in asked)  # offline failures are never asked about


def test_offline_run_makes_no_request(known_papers, tmp_path):
    config = arxiv_config(known_papers.url, tmp_path)
    config["arxiv"]["verify"] = False
    assert lint_files([FIXTURES / "unknown-arxiv-id" / "bad.md"], config) == []
    assert known_papers.requests == []


def test_unreachable_endpoint_gives_one_warning(tmp_path):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}/api/query"
    paths = [FIXTURES / "arxiv-verification-incomplete" / "bad.md", FIXTURES / "unknown-arxiv-id" / "bad.md"]
    found = lint_files(paths, arxiv_config(url, tmp_path), select=("AX",))
    assert [(d.code, d.line) for d in found] == [("AX100", 7)]
    assert found[0].message.startswith("could not verify 2 arXiv identifier(s): cannot reach 127.0.0.1")
    assert found[0].message.endswith("(4 reference(s) unverified)")


def test_file_without_references_needs_no_network(tmp_path):
    url = "http://127.0.0.1:9/api/query"
    assert lint_files([FIXTURES / "arxiv-verification-incomplete" / "good.md"], arxiv_config(url, tmp_path)) == []


def test_cli_verify_arxiv(known_papers, tmp_path):
    skill = tmp_path / "skill" / "SKILL.md"
    skill.parent.mkdir()
    skill.write_text((FIXTURES / "unknown-arxiv-id" / "bad.md").read_text())
    (tmp_path / ".skilllint.yaml").write_text(
        f"select: [AX]\narxiv:\n  cache_dir: {tmp_path / 'cache'}\n  min_interval_s: 0\n"
    )
    runner = CliRunner()
    offline = runner.invoke(cli, ["check", str(skill), "--arxiv-endpoint", known_papers.url])
    assert offline.exit_code == 0 and known_papers.requests == []
    online = runner.invoke(cli, ["check", str(skill), "--verify-arxiv", "--arxiv-endpoint", known_papers.url])
    assert online.exit_code == 1
    assert "AX101" in online.output and "arXiv has no paper 2501.99999" in online.output
    assert len(known_papers.requests) == 1
    again = runner.invoke(cli, ["check", str(skill), "--verify-arxiv", "--arxiv-endpoint", known_papers.url])
    assert again.exit_code == 1 and len(known_papers.requests) == 1
    refreshed = runner.invoke(cli, ["check", str(skill), "--refresh-arxiv", "--arxiv-endpoint", known_papers.url])
    assert refreshed.exit_code == 1 and len(known_papers.requests) == 2


def test_cli_rejects_a_bad_endpoint(tmp_path):
    skill = tmp_path / "SKILL.md"
    skill.write_text("---\nname: a\n---\n# A\n")
    result = CliRunner().invoke(cli, ["check", str(skill), "--verify-arxiv", "--arxiv-endpoint", "ftp://x"])
    assert result.exit_code == 2
    assert "--arxiv-endpoint" in result.output


def test_config_key_is_validated(tmp_path):
    (tmp_path / ".skilllint.yaml").write_text("arxiv:\n  verify: yes-please\n")
    skill = tmp_path / "SKILL.md"
    skill.write_text("---\nname: a\n---\n# A\n")
    result = CliRunner().invoke(cli, ["check", str(skill)])
    assert result.exit_code == 2
    assert "arxiv.verify" in result.output


def test_title_threshold_is_configurable(known_papers, tmp_path):
    path = FIXTURES / "arxiv-title-mismatch" / "bad-close.md"
    (default,) = lint_files([path], arxiv_config(known_papers.url, tmp_path))
    assert default.severity == Severity.WARNING and "nearly matches" in default.message
    (strict,) = lint_files([path], arxiv_config(known_papers.url, tmp_path, title_threshold=0.99))
    assert strict.severity == Severity.ERROR
