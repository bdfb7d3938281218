import socket
import sqlite3
import threading

from skilllint.arxiv.atom import PaperRecord
from skilllint.arxiv.cache import AnswerCache
from skilllint.arxiv.client import USER_AGENT, ArxivClient
from skilllint.arxiv.settings import ArxivSettings
from skilllint.arxiv.verify import verify_ids


def settings_for(stub, tmp_path, **changes):
    base = ArxivSettings(
        verify=True, endpoint=stub.url, cache_dir=str(tmp_path / "cache"), min_interval_s=0.0, timeout_s=2.0, retries=2
    )
    return base.with_(**changes)


def test_found_and_not_found_in_one_response(arxiv_stub, tmp_path):
    arxiv_stub.add("1706.03762", "Attention Is All You Need", version=7)
    arxiv_stub.add("hep-th/9901001", "An Old Paper", version=2)
    result = verify_ids(["1706.03762", "2501.99999", "hep-th/9901001"], settings_for(arxiv_stub, tmp_path))
    assert result.found["1706.03762"] == PaperRecord("1706.03762", 7, "Attention Is All You Need")
    assert result.found["hep-th/9901001"].version == 2
    assert result.missing == {"2501.99999"}
    assert result.unverified == {}
    assert result.requests == 1
    (request,) = arxiv_stub.requests
    assert sorted(request.ids) == ["1706.03762", "2501.99999", "hep-th/9901001"]
    assert request.max_results == "3"
    assert request.user_agent == USER_AGENT and USER_AGENT.startswith("skilllint/")


def test_batches_of_at_most_100_with_max_results(arxiv_stub, tmp_path):
    ids = [f"2501.{n:05d}" for n in range(1, 251)]
    result = verify_ids(ids, settings_for(arxiv_stub, tmp_path))
    assert arxiv_stub.sizes == [100, 100, 50]
    assert [r.max_results for r in arxiv_stub.requests] == ["100", "100", "50"]
    assert len(result.missing) == 250 and result.requests == 3


def test_second_run_makes_no_request(arxiv_stub, tmp_path):
    arxiv_stub.add("1706.03762", "Attention Is All You Need")
    settings = settings_for(arxiv_stub, tmp_path)
    first = verify_ids(["1706.03762", "2501.99999"], settings)
    second = verify_ids(["1706.03762", "2501.99999"], settings)
    assert (first.requests, second.requests, second.cached) == (1, 0, 2)
    assert second.found == first.found and second.missing == {"2501.99999"}
    refreshed = verify_ids(["1706.03762", "2501.99999"], settings.with_(refresh=True))
    assert refreshed.requests == 1 and len(arxiv_stub.requests) == 2


def test_cache_is_keyed_on_endpoint(arxiv_stub, tmp_path):
    settings = settings_for(arxiv_stub, tmp_path)
    verify_ids(["2501.99999"], settings)
    other = settings.with_(endpoint=arxiv_stub.url + "?mirror=1")
    assert verify_ids(["2501.99999"], other).requests == 1


def test_ttls(tmp_path):
    now = [1_000_000.0]
    cache = AnswerCache(tmp_path / "c.sqlite3", "http://x", ttl_days=30, not_found_ttl_hours=24, clock=lambda: now[0])
    cache.put({"1706.03762": PaperRecord("1706.03762", 7, "T")}, ["2501.99999"])
    assert set(cache.get(["1706.03762", "2501.99999"])) == {"1706.03762", "2501.99999"}
    now[0] += 25 * 3600
    assert set(cache.get(["1706.03762", "2501.99999"])) == {"1706.03762"}
    now[0] += 30 * 86400
    assert cache.get(["1706.03762"]) == {}


def test_failures_are_not_cached(arxiv_stub, tmp_path):
    arxiv_stub.script = [("status", 503)] * 3
    settings = settings_for(arxiv_stub, tmp_path)
    first = verify_ids(["2501.00001"], settings)
    assert "2501.00001" in first.unverified
    second = verify_ids(["2501.00001"], settings)
    assert second.requests == 1 and second.missing == {"2501.00001"}


def test_503_then_success_with_backoff(arxiv_stub, tmp_path):
    arxiv_stub.add("1706.03762", "Attention Is All You Need")
    arxiv_stub.script = [("status", 503)]
    result = verify_ids(["1706.03762"], settings_for(arxiv_stub, tmp_path, min_interval_s=0.2))
    assert "1706.03762" in result.found and result.unverified == {}
    assert result.requests == 2
    assert arxiv_stub.gaps()[0] >= 0.19


def test_429_and_rate_limit_body_are_retried_but_400_is_not(arxiv_stub, tmp_path):
    arxiv_stub.script = [("status", 429, b"slow down", {"Retry-After": "0"}), ("status", 200, b"Rate exceeded.")]
    result = verify_ids(["2501.00001"], settings_for(arxiv_stub, tmp_path))
    assert result.requests == 3 and result.missing == {"2501.00001"}


def test_error_entry_marks_the_identifier_and_asks_for_the_rest(arxiv_stub, tmp_path):
    arxiv_stub.add("1706.03762", "Attention Is All You Need")
    arxiv_stub.script = [("error-entry", "2501.0001")]
    result = verify_ids(["1706.03762", "2501.0001"], settings_for(arxiv_stub, tmp_path))
    assert result.rejected == {"2501.0001": "incorrect id format for 2501.0001"}
    assert "1706.03762" in result.found
    assert [r.ids for r in arxiv_stub.requests][1] == ["1706.03762"]
    assert result.unverified == {} and result.missing == set()


def test_400_without_a_named_identifier_splits_the_batch(arxiv_stub, tmp_path):
    arxiv_stub.script = [("error-entry", None), ("error-entry", None)]
    result = verify_ids(["2501.00001", "2501.00002"], settings_for(arxiv_stub, tmp_path))
    assert arxiv_stub.sizes == [2, 1, 1]
    assert result.rejected == {"2501.00001": "rejected by arXiv (HTTP 400)"}
    assert result.missing == {"2501.00002"}


def test_400_that_is_not_atom_is_a_failure_not_retried(arxiv_stub, tmp_path):
    arxiv_stub.script = [("status", 400, b"<html>Bad Request</html>")]
    result = verify_ids(["2501.00001", "2501.00002"], settings_for(arxiv_stub, tmp_path))
    assert arxiv_stub.sizes == [2]
    assert result.rejected == {} and result.missing == set()
    assert set(result.unverified) == {"2501.00001", "2501.00002"}


def test_response_that_never_ends_times_out(arxiv_stub, tmp_path):
    arxiv_stub.script = [("hang",), ("hang",)]
    settings = settings_for(arxiv_stub, tmp_path, timeout_s=0.3, retries=1)
    result = verify_ids([f"2501.{n:05d}" for n in range(1, 151)], settings)
    assert result.requests == 2
    assert len(result.unverified) == 150
    assert all("timed out" in reason for reason in result.unverified.values())
    assert result.missing == set() and result.found == {}
    assert result.failure_summary().startswith("could not verify 150 arXiv identifier(s): timed out after 0.3 s")


def test_malformed_xml(arxiv_stub, tmp_path):
    arxiv_stub.script = [("status", 200, b"<feed><entry><id>http://arxiv.org/abs/2501.00001</id>")]
    result = verify_ids(["2501.00001"], settings_for(arxiv_stub, tmp_path))
    assert result.missing == set()
    assert result.unverified["2501.00001"].startswith("malformed response")


def test_not_an_atom_feed(arxiv_stub, tmp_path):
    arxiv_stub.script = [("status", 200, b"<html><body>maintenance</body></html>")]
    result = verify_ids(["2501.00001"], settings_for(arxiv_stub, tmp_path))
    assert "not an Atom feed" in result.unverified["2501.00001"]


def test_connection_refused_is_one_quick_failure(tmp_path):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    settings = ArxivSettings(
        verify=True, endpoint=f"http://127.0.0.1:{port}/api/query", cache_dir=str(tmp_path), min_interval_s=0
    )
    result = verify_ids([f"2501.{n:05d}" for n in range(1, 202)], settings)
    assert result.requests == 1
    assert len(result.unverified) == 201
    assert "cannot reach 127.0.0.1" in result.failure_summary()


def test_pacing_between_requests(arxiv_stub, tmp_path):
    ids = [f"2501.{n:05d}" for n in range(1, 301)]
    verify_ids(ids, settings_for(arxiv_stub, tmp_path, min_interval_s=0.2))
    assert len(arxiv_stub.requests) == 3
    assert all(gap >= 0.19 for gap in arxiv_stub.gaps())


def test_pacing_uses_the_clock_not_wall_time():
    slept = []
    now = [100.0]
    client = ArxivClient(ArxivSettings(min_interval_s=3.0), sleep=lambda s: slept.append(s), clock=lambda: now[0])
    client._pace()
    now[0] += 1.0
    client._pace()
    assert slept == [2.0]


def test_concurrent_writers_keep_the_cache_whole(tmp_path):
    path = tmp_path / "shared.sqlite3"
    errors = []

    def write(worker):
        try:
            cache = AnswerCache(path, "http://x")
            for n in range(20):
                base = f"2501.{worker * 100 + n + 1:05d}"
                cache.put({base: PaperRecord(base, 1, f"T{worker}-{n}")}, [f"2502.{worker * 100 + n + 1:05d}"])
            cache.close()
        except Exception as exc:  # pragma: no cover - the assertion reports it
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(w,)) for w in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    cache = AnswerCache(path, "http://x")
    wanted = [f"{m}.{w * 100 + n + 1:05d}" for w in range(4) for n in range(20) for m in ("2501", "2502")]
    assert len(cache.get(wanted)) == 160
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_unusable_cache_is_not_fatal(arxiv_stub, tmp_path):
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / "arxiv.sqlite3").write_bytes(b"this is not a database" * 100)
    result = verify_ids(["2501.00001"], settings_for(arxiv_stub, tmp_path))
    assert result.missing == {"2501.00001"}
    assert result.notes and "arXiv cache" in result.notes[0]


def test_online_rules_of_one_run_share_one_verification(monkeypatch):
    from skilllint.arxiv import verify
    from skilllint.config import Config
    from skilllint.document import SkillDocument
    from skilllint.engine import Linter, Options

    calls = []

    def fake(ids, settings):
        calls.append(ids)
        return verify.Verification(missing=set(ids))

    monkeypatch.setattr(verify, "verify_ids", fake)
    text = '---\nname: p\ndescription: "d"\nurl: "https://arxiv.org/abs/2501.00001"\n---\n\nBody\n'
    for _ in range(2):  # each run verifies once, whatever the number of online rules
        linter = Linter(Config({"arxiv": {"verify": True}}, None), Options(select=["AX1"]))
        run = linter.finish([linter.lint_document(SkillDocument.from_text(text, "p/SKILL.md", "p/SKILL.md"))])
        assert [d.code for d in run.diagnostics] == ["AX101"]
    assert calls == [["2501.00001"], ["2501.00001"]]
