"""`skilllint generate --llm`: the chat-completions client and the repair loop against a local server."""

from __future__ import annotations

import copy
import json

import pytest
import yaml
from click.testing import CliRunner
from helpers import FIXTURES

from skilllint.cli import cli
from skilllint.generate.llm.paper import html_to_text, read_paper
from skilllint.generate.llm.settings import SettingsError, resolve_settings
from skilllint.generate.render import render_skill

RECORDS = FIXTURES / "records"
SECRET = "sk-test-secret-4242"
NAME = "network-dissection-unit-concept-alignment"
PAPER_HTML = """<!DOCTYPE html><html><head><title>Network Dissection</title><style>p {color: red}</style>
<script>var tracking = 1;</script></head><body><nav>arXiv menu</nav>
<h1>Network Dissection: Quantifying Interpretability of Deep Visual Representations</h1>
<h2>Abstract</h2><p>We propose a general framework called Network Dissection for quantifying the
interpretability of latent representations of CNNs.</p></body></html>"""


def _good() -> dict:
    return yaml.safe_load((RECORDS / "network-dissection.yaml").read_text(encoding="utf-8"))


def _bad() -> dict:
    data = copy.deepcopy(_good())
    del data["confounds"][2]["control"]
    data["skill"]["colour"] = "blue"
    return data


@pytest.fixture
def env(monkeypatch, chat_server):
    for name in ("OPENAI_BASE_URL", "OPENAI_API_KEY", "SKILLLINT_LLM_BASE_URL", "SKILLLINT_LLM_MODEL",
                 "SKILLLINT_LLM_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SKILLLINT_LLM_BASE_URL", chat_server.url)
    monkeypatch.setenv("SKILLLINT_LLM_MODEL", "test-model")
    monkeypatch.setenv("SKILLLINT_LLM_API_KEY", SECRET)
    return chat_server


@pytest.fixture
def paper(tmp_path):
    path = tmp_path / "paper.html"
    path.write_text(PAPER_HTML, encoding="utf-8")
    return path


def _run(tmp_path, paper, *extra: str):
    out = tmp_path / "skills" / NAME / "SKILL.md"
    result = CliRunner().invoke(cli, ["generate", "--llm", "--paper", str(paper), "-o", str(out), *extra])
    return result, out


def test_a_bad_record_is_sent_back_and_the_repaired_one_is_written(env, tmp_path, paper):
    env.reply(json.dumps(_bad()))
    env.reply("```json\n" + json.dumps(_good()) + "\n```")
    result, out = _run(tmp_path, paper)
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") == render_skill(_good())

    assert [r["path"] for r in env.requests] == ["/v1/chat/completions"] * 2
    assert all(r["headers"]["Authorization"] == f"Bearer {SECRET}" for r in env.requests)
    assert all(r["body"]["model"] == "test-model" for r in env.requests)
    first, second = env.conversations
    assert [m["role"] for m in first] == ["system", "user"]
    assert '"$id": "https://skilllint.dev/schemas/extraction.schema.json"' in first[0]["content"]
    assert "We propose a general framework called Network Dissection" in first[1]["content"]
    assert "tracking" not in first[1]["content"] and "<p>" not in first[1]["content"]
    assert [m["role"] for m in second] == ["system", "user", "assistant", "user"]
    assert second[2]["content"] == json.dumps(_bad())
    feedback = second[3]["content"]
    assert "- confounds[2].control: required" in feedback
    assert "- skill.colour: unknown field" in feedback
    assert "The record does not follow the schema (2 problems)" in feedback

    assert "round 1: 2 schema problems, not rendered" in result.stderr
    assert "round 2: 0 errors, 0 warnings" in result.stderr
    assert f"wrote {out} (round 2 of 2)" in result.stdout
    assert SECRET not in result.output


def test_lint_diagnostics_and_the_rendered_file_go_back_to_the_model(env, tmp_path, paper):
    wrong_name = _good()
    wrong_name["skill"]["name"] = "network-dissection"
    env.reply(json.dumps(wrong_name))
    env.reply(json.dumps(_good()))
    result, out = _run(tmp_path, paper)
    assert result.exit_code == 0, result.output
    feedback = env.conversations[1][3]["content"]
    assert "- line 2: AS016 name-folder-mismatch (error): skill name 'network-dissection' must match" in feedback
    assert "\n   2 | name: network-dissection\n" in feedback  # the rendered file, with line numbers
    assert "round 1: 1 error, 0 warnings, 1 info" in result.stderr


def test_a_reply_that_is_not_json_is_answered_with_the_parse_error(env, tmp_path, paper):
    env.reply("Here is the record: {\"paper\": ")
    env.reply(json.dumps(_good()))
    result, out = _run(tmp_path, paper)
    assert result.exit_code == 0, result.output
    feedback = env.conversations[1][3]["content"]
    assert feedback.startswith("Your reply could not be used: the reply is not valid JSON")
    assert "round 1: the reply is not valid JSON" in result.stderr


def test_remaining_diagnostics_are_reported_when_the_rounds_run_out(env, tmp_path, paper):
    wrong_name = _good()
    wrong_name["skill"]["name"] = "network-dissection"
    env.reply(json.dumps(wrong_name))
    result, out = _run(tmp_path, paper, "--max-rounds", "1")
    assert result.exit_code == 1
    assert len(env.requests) == 1
    assert "AS016 [error] skill name 'network-dissection' must match" in result.stdout
    assert f"wrote {out} (round 1 of 1)" in result.stdout
    assert out.exists()


def test_no_file_when_no_round_gives_a_usable_record(env, tmp_path, paper):
    env.reply(json.dumps(_bad()))
    env.reply("not json at all")
    result, out = _run(tmp_path, paper, "--max-rounds", "2")
    assert result.exit_code == 1
    assert "no usable record after 2 rounds; nothing written" in result.stderr
    assert not out.exists()


def test_the_partial_record_is_part_of_the_request(env, tmp_path, paper):
    partial = tmp_path / "partial.yaml"
    partial.write_text("paper:\n  arxiv: '1704.05796'\nskill:\n  name: " + NAME + "\n", encoding="utf-8")
    env.reply(json.dumps(_good()))
    result, _ = _run(tmp_path, paper, "--record", str(partial))
    assert result.exit_code == 0, result.output
    request = env.conversations[0][1]["content"]
    assert "Start from this partial record" in request
    assert json.dumps({"paper": {"arxiv": "1704.05796"}, "skill": {"name": NAME}}, indent=1) in request


def test_the_record_can_be_saved_for_offline_edits(env, tmp_path, paper):
    env.reply(json.dumps(_good()))
    saved = tmp_path / "record.yaml"
    result, _ = _run(tmp_path, paper, "--save-record", str(saved))
    assert result.exit_code == 0, result.output
    assert yaml.safe_load(saved.read_text(encoding="utf-8")) == _good()


@pytest.mark.parametrize("status, body, message", [
    (500, b'{"error": "boom"}', 'answered HTTP 500 Internal Server Error: {"error": "boom"}'),
    (401, f'{{"error": "bad key {SECRET}"}}'.encode(), 'answered HTTP 401 Unauthorized: {"error": "bad key ***"}'),
    (200, b"<html>gateway</html>", "sent a reply that is not JSON"),
    (200, b'{"choices": []}', "sent a reply without choices[0].message.content"),
])
def test_http_failures_give_a_clear_message_and_no_file(env, tmp_path, paper, status, body, message):
    env.answer(body, status)
    result, out = _run(tmp_path, paper)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "nothing written" in result.stderr
    assert SECRET not in result.output
    assert not out.exists()


def test_a_timeout_is_reported(env, tmp_path, paper):
    config = tmp_path / "skilllint.yaml"
    config.write_text("llm:\n  timeout_s: 0.5\n", encoding="utf-8")
    env.hang()
    result, out = _run(tmp_path, paper, "--config", str(config))
    assert result.exit_code == 2
    assert "did not answer within 0.5 s; nothing written" in result.stderr
    assert not out.exists()


def test_an_unreachable_server(env, tmp_path, paper, monkeypatch):
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("SKILLLINT_LLM_BASE_URL", f"http://127.0.0.1:{port}/v1")
    result, out = _run(tmp_path, paper)
    assert result.exit_code == 2
    assert f"cannot reach http://127.0.0.1:{port}/v1/chat/completions" in result.stderr
    assert not out.exists()


def test_an_existing_file_is_kept_and_no_request_is_made(env, tmp_path, paper):
    out = tmp_path / "skills" / NAME / "SKILL.md"
    out.parent.mkdir(parents=True)
    out.write_text("mine\n", encoding="utf-8")
    result, _ = _run(tmp_path, paper)
    assert result.exit_code == 2
    assert "exists; pass --force to overwrite it" in result.stderr
    assert out.read_text(encoding="utf-8") == "mine\n"
    assert env.requests == []


def test_llm_needs_a_paper(env, tmp_path):
    result = CliRunner().invoke(cli, ["generate", "--llm", "-o", str(tmp_path / "x" / "SKILL.md")])
    assert result.exit_code == 2
    assert "--llm needs --paper PAPER_FILE" in result.stderr


def test_settings_come_from_config_and_the_environment_wins():
    config = {"base_url": "http://config.example/v1/", "model": "config-model", "max_rounds": 5, "timeout_s": 30}
    settings = resolve_settings(config, environ={})
    assert (settings.base_url, settings.model, settings.max_rounds, settings.timeout_s, settings.api_key) == (
        "http://config.example/v1", "config-model", 5, 30.0, None)
    settings = resolve_settings(config, environ={"SKILLLINT_LLM_BASE_URL": "http://env.example/v1",
                                                 "SKILLLINT_LLM_MODEL": "env-model", "OPENAI_API_KEY": "k1"})
    assert (settings.base_url, settings.model, settings.api_key) == ("http://env.example/v1", "env-model", "k1")
    settings = resolve_settings({"model": "m"}, environ={"OPENAI_BASE_URL": "http://openai.example/v1",
                                                         "OPENAI_API_KEY": "k1", "SKILLLINT_LLM_API_KEY": "k2"})
    assert (settings.base_url, settings.api_key) == ("http://openai.example/v1", "k2")
    assert resolve_settings(config, environ={}, max_rounds=1).max_rounds == 1


def test_settings_never_show_the_key():
    settings = resolve_settings({"base_url": "http://x/v1", "model": "m"}, environ={"SKILLLINT_LLM_API_KEY": SECRET})
    assert SECRET not in repr(settings) and "api_key=<set>" in repr(settings)


@pytest.mark.parametrize("config, message", [
    ({"model": "m"}, "no model endpoint"),
    ({"base_url": "http://x/v1"}, "no model name"),
])
def test_settings_that_cannot_work(config, message):
    with pytest.raises(SettingsError, match=message):
        resolve_settings(config, environ={})


def test_html_papers_keep_headings_and_paragraphs(tmp_path, paper):
    text = read_paper(paper)
    assert text.splitlines()[0] == "Network Dissection"
    assert "# Network Dissection: Quantifying Interpretability of Deep Visual Representations" in text
    assert "## Abstract" in text
    assert "arXiv menu" not in text and "color: red" not in text
    assert html_to_text("<p>a &amp; b</p>") == "a & b"


def test_the_config_file_can_name_the_endpoint(env, tmp_path, paper, monkeypatch):
    monkeypatch.delenv("SKILLLINT_LLM_BASE_URL")
    monkeypatch.delenv("SKILLLINT_LLM_MODEL")
    monkeypatch.delenv("SKILLLINT_LLM_API_KEY")
    config = tmp_path / "skilllint.yaml"
    config.write_text(f"llm:\n  base_url: {env.url}\n  model: configured-model\n  max_rounds: 1\n", encoding="utf-8")
    env.reply(json.dumps(_good()))
    result, _ = _run(tmp_path, paper, "--config", str(config))
    assert result.exit_code == 0, result.output
    assert env.requests[0]["body"]["model"] == "configured-model"
    assert "Authorization" not in env.requests[0]["headers"]


def test_a_bad_llm_config_is_a_configuration_error(env, tmp_path, paper):
    config = tmp_path / "skilllint.yaml"
    config.write_text("llm:\n  max_rounds: 0\n  api_key: nope\n", encoding="utf-8")
    result, _ = _run(tmp_path, paper, "--config", str(config))
    assert result.exit_code == 2
    assert "invalid configuration" in result.stderr
    assert "llm" in result.stderr
    assert env.requests == []


def test_credentials_in_the_base_url_are_not_shown():
    settings = resolve_settings({"base_url": "https://user:pw@llm.example:8443/v1?key=abc", "model": "m"}, environ={})
    assert settings.display_url == "https://llm.example:8443/v1"
    assert "pw" not in repr(settings) and "abc" not in repr(settings)
