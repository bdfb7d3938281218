"""Readability is computed offline: no socket, no nltk, no CMU dictionary download."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import textwrap

from helpers import FIXTURES, lint_fixture

from skilllint.rules.mechanistic._readability import measure, plain, syllables

BAD = FIXTURES / "section-readability" / "bad.md"


class _RefusedSocket(socket.socket):
    def __init__(self, *args, **kwargs):
        raise AssertionError("the readability rule tried to open a socket")


def _refuse(*args, **kwargs):
    raise AssertionError("the readability rule tried to connect")


def test_rule_runs_with_sockets_blocked(monkeypatch):
    monkeypatch.setattr(socket, "socket", _RefusedSocket)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    found = lint_fixture(BAD, profile="mechanistic-analysis", select=["MA043"])
    assert [(d.code, d.line) for d in found] == [("MA043", 53)]


def test_fresh_process_never_imports_nltk_nor_opens_a_socket(tmp_path):
    script = textwrap.dedent(
        f"""
        import json, socket, sys
        class Refused(socket.socket):
            def __init__(self, *a, **k):
                raise OSError("network disabled")
        def refuse(*a, **k):
            raise OSError("network disabled")
        socket.socket = Refused
        socket.create_connection = refuse
        sys.path.insert(0, {str(FIXTURES.parent / "tests")!r})
        from helpers import lint_fixture
        found = lint_fixture({str(BAD)!r}, profile="mechanistic-analysis", select=["MA043"])
        print(json.dumps({{"found": [[d.code, d.line] for d in found], "nltk": "nltk" in sys.modules,
                           "textstat": "textstat" in sys.modules}}))
        """
    )
    env = {"NLTK_DATA": str(tmp_path / "empty"), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"found": [["MA043", 53]], "nltk": False, "textstat": False}


def test_counts_follow_textstat_rules():
    text = plain(["Hello world. This is a test of things, e.g. a decimal 3.5 value!", "- a list item without stop"])
    scores = measure(text)
    assert (scores.words, scores.sentences) == (18, 3)
    assert syllables("interpretability") == 5
    assert round(scores.grade, 2) == round(0.39 * 6 + 11.8 * (scores.syllables / 18) - 15.59, 2)


def test_word_and_sentence_counts_agree_with_textstat():
    import textstat

    text = plain([(FIXTURES / "examples" / "exemplary-mechanistic" / "SKILL.md").read_text(encoding="utf-8")])
    scores = measure(text)
    assert scores.words == textstat.lexicon_count(text)
    assert scores.sentences == textstat.sentence_count(text)


def test_textstat_english_syllable_path_would_download_cmudict(tmp_path):
    """Why the rule avoids textstat's syllable counter: without cmudict it calls nltk.download."""
    script = textwrap.dedent(
        """
        import nltk
        requested = []
        nltk.download = lambda name, *a, **k: requested.append(name) or False
        try:
            nltk.data.find("corpora/cmudict")
            print("installed")
        except LookupError:
            import textstat
            try:
                textstat.syllable_count("interpretability")
            except LookupError:
                pass
            print("requested", *requested)
        """
    )
    env = {"NLTK_DATA": str(tmp_path / "empty"), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    outcome = done.stdout.strip().splitlines()[-1].split()
    if outcome[0] != "installed":
        assert outcome == ["requested", "cmudict"], done.stdout + done.stderr
