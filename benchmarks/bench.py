#!/usr/bin/env python3
"""Benchmark skilllint against its peers on a corpus of SKILL.md files.

Usage:
    python benchmarks/bench.py [CORPUS] [--runs 5] [--scales 1,4,16] [--output FILE]

CORPUS defaults to ../shared/corpus/skillxiv relative to the repository root. The corpus is copied
to a temporary directory first (so no tool can touch the original and every tool reads the same
files); the memory curve is measured on 1x, 4x and 16x copies of it.

The peers are installed from PyPI into their own virtual environment (benchmarks/.peers-venv):
  agnix       a Rust linter for agent configurations
  skills-ref  the Agent Skills reference validator, driven through its Python API in one process
  skilllint   the unrelated PyPI package of the same name (a linter for Claude Code plugins),
              called by the full path of its venv's console script so it never clashes with ours

Each figure is the median of --runs runs; all tools run interleaved, round after round, in one
invocation of this script, and are reported as ratios to agnix. The script prints Markdown.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import venv
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpus" / "skillxiv"
DEFAULT_VENV = Path(__file__).resolve().parent / ".peers-venv"
PEERS = {"agnix": "0.59.3", "skills-ref": "0.1.1", "skilllint": "1.21.4"}
# As on a usual machine, Python tools may keep their compiled bytecode between runs.
TOOL_ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}

SKILLS_REF_SCRIPT = """
import sys
from pathlib import Path
from skills_ref import validate
problems = 0
for skill_md in sorted(Path(sys.argv[1]).rglob("SKILL.md")):
    problems += len(validate(skill_md.parent))
print(problems, "problems")
"""


@dataclass
class Sample:
    seconds: float
    returncode: int
    max_rss_kb: int
    tree_peak_kb: int | None = None


@dataclass
class Tool:
    label: str
    argv: list[str]
    prepare: list[str] | None = None  # run, untimed, before every timed run
    samples: list[Sample] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(s.seconds for s in self.samples)

    @property
    def max_rss_mb(self) -> float:
        return max(s.max_rss_kb for s in self.samples) / 1024


# --- measuring ---------------------------------------------------------------------------------


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                found.extend(int(child) for child in handle.read().split())
        except OSError:
            continue
    return found


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _tree_pss_kb(root: int) -> int:
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += _pss_kb(pid)
        stack.extend(_children(pid))
    return total


class TreeMemorySampler(threading.Thread):
    """Peak of the summed PSS of a process and all its descendants, sampled every few ms.

    PSS (proportional set size) counts pages shared between forked workers once in total, so
    the sum is the memory the whole run really holds.
    """

    def __init__(self, pid: int, interval: float = 0.005) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval, self.peak_kb = pid, interval, 0
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.is_set():
            self.peak_kb = max(self.peak_kb, _tree_pss_kb(self.pid))
            self._done.wait(self.interval)

    def stop(self) -> int:
        self._done.set()
        self.join()
        return self.peak_kb


def measure(argv: list[str], cwd: Path, sample_memory: bool = False) -> Sample:
    """Wall time from spawn to exit, plus the largest resident set among the process tree."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=cwd, env=TOOL_ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    sampler = TreeMemorySampler(proc.pid) if sample_memory else None
    if sampler:
        sampler.start()
    stderr = proc.stderr.read() if proc.stderr else b""
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    peak = sampler.stop() if sampler else None
    if proc.returncode not in (0, 1):
        tail = stderr.decode(errors="replace").strip().splitlines()[-5:]
        raise RuntimeError(f"{argv[0]} exited {proc.returncode}:\n" + "\n".join(tail))
    return Sample(seconds, proc.returncode, usage.ru_maxrss, peak)


def _burn(count: int) -> int:
    total = 0
    for number in range(count):
        total += number
    return total


def parallel_capacity(rounds: int = 5, count: int = 3_000_000) -> float:
    """How much faster two CPU-bound processes finish two tasks than one process (2.0: two free cores).

    The machine may be shared; this says how much of its parallelism the run could really use.
    """
    import multiprocessing

    ratios = []
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        pool.map(_burn, [1000, 1000])
        for _ in range(rounds):
            start = time.perf_counter()
            _burn(count)
            _burn(count)
            serial = time.perf_counter() - start
            start = time.perf_counter()
            pool.map(_burn, [count, count])
            ratios.append(serial / (time.perf_counter() - start))
    return statistics.median(ratios)


# --- set-up ------------------------------------------------------------------------------------


def venv_bin(venv_dir: Path, name: str) -> Path:
    return venv_dir / ("Scripts" if os.name == "nt" else "bin") / name


def ensure_peers(venv_dir: Path) -> None:
    python = venv_bin(venv_dir, "python")
    if not python.exists():
        print(f"creating {venv_dir}", file=sys.stderr)
        venv.EnvBuilder(with_pip=True, clear=True).create(venv_dir)
        (venv_dir / ".gitignore").write_text("*\n")
    wanted = [f"{name}=={version}" for name, version in PEERS.items()]
    check = subprocess.run(
        [str(python), "-m", "pip", "show", *PEERS], capture_output=True, text=True
    )
    installed = {
        line.split(":", 1)[1].strip()
        for line in check.stdout.splitlines()
        if line.startswith("Version:")
    }
    if check.returncode != 0 or installed != set(PEERS.values()):
        print(f"installing {' '.join(wanted)} into {venv_dir}", file=sys.stderr)
        subprocess.run([str(python), "-m", "pip", "install", "-q", *wanted], check=True)


def our_skilllint(explicit: str | None) -> list[str]:
    if explicit:
        return explicit.split()
    beside = Path(sys.executable).parent / "skilllint"
    if beside.exists():
        return [str(beside)]
    found = shutil.which("skilllint")
    if found:
        return [found]
    return [sys.executable, "-m", "skilllint"]


def tool_version(argv: list[str]) -> str:
    out = subprocess.run([*argv, "--version"], capture_output=True, text=True)
    lines = (out.stdout or out.stderr).strip().splitlines()
    return lines[0] if out.returncode == 0 and lines else "?"


def stage_corpus(source: Path, workdir: Path, copies: int) -> list[Path]:
    """`copies` copies of the corpus under workdir; returns their roots (copy 0 first)."""
    roots = []
    for index in range(copies):
        root = workdir / f"copy-{index:02d}"
        if not root.exists():
            shutil.copytree(source, root)
        roots.append(root)
    return roots


def skill_files(root: Path) -> list[Path]:
    return sorted(root.rglob("SKILL.md"))


def corpus_bytes(files: list[Path]) -> int:
    return sum(path.stat().st_size for path in files)


# --- the benchmark -----------------------------------------------------------------------------


COLD = "skilllint cold (`--no-cache`)"
WARM = "skilllint warm (cache filled)"
ONE = "skilllint, one file (`--no-cache`)"
PLAIN_COLD = "skilllint cold, default profile only"
HEAVY_COLD = "skilllint cold, + claims on every file"
HEAVY_ONE = "skilllint, one file, + claims on every file"
PYPI = "skilllint 1.21.4 from PyPI (`check --check`)"


def timing_tools(ours: list[str], profiles: list[str], heavy: list[str], venv_dir: Path, corpus: Path,
                 cache_dir: Path, peers: bool) -> list[Tool]:
    """The timed commands: skilllint with ``profiles``, with the default profile, with ``heavy``."""
    files = skill_files(corpus)
    by_size = sorted(files, key=lambda path: path.stat().st_size)
    one_file = by_size[len(by_size) // 2]
    check = [*ours, "check", *profiles]
    tools = [
        Tool(COLD, [*check, "--no-cache", str(corpus)]),
        Tool("skilllint cold, `--jobs 1`", [*check, "--no-cache", "--jobs", "1", str(corpus)]),
        Tool(WARM, [*check, "--cache-dir", str(cache_dir), str(corpus)],
             prepare=[*check, "--cache-dir", str(cache_dir), str(corpus)]),
        Tool(ONE, [*check, "--no-cache", str(one_file)]),
        Tool(PLAIN_COLD, [*ours, "check", "--no-cache", str(corpus)]),
        Tool(HEAVY_COLD, [*ours, "check", *heavy, "--no-cache", str(corpus)]),
        Tool(HEAVY_ONE, [*ours, "check", *heavy, "--no-cache", str(one_file)]),
        Tool("python start-up alone (`python -c pass`)", [sys.executable, "-c", "pass"]),
    ]
    if peers:
        tools += [
            Tool("agnix", [str(venv_bin(venv_dir, "agnix")), str(corpus)]),
            Tool("agnix, one file", [str(venv_bin(venv_dir, "agnix")), str(one_file)]),
            Tool("skills-ref (Python API, one process)",
                 [str(venv_bin(venv_dir, "python")), "-c", SKILLS_REF_SCRIPT, str(corpus)]),
            Tool(PYPI, [str(venv_bin(venv_dir, "skilllint")), "check", "--check", "--no-color",
                        *map(str, files)]),
        ]
    return tools


def run_rounds(tools: list[Tool], runs: int, cwd: Path) -> None:
    for tool in tools:  # warm-up: page cache, .pyc files, and the warm run's cache
        measure(tool.argv, cwd)
    for round_no in range(runs):
        print(f"round {round_no + 1}/{runs}", file=sys.stderr)
        for tool in tools:
            if tool.prepare:
                measure(tool.prepare, cwd)
            tool.samples.append(measure(tool.argv, cwd))


def memory_curve(ours: list[str], profiles: list[str], roots: list[Path], scales: list[int], runs: int,
                 cwd: Path) -> list[dict]:
    rows = []
    for scale in scales:
        chosen = roots[:scale]
        files = [path for root in chosen for path in skill_files(root)]
        argv = [*ours, "check", "--no-cache", *profiles, *map(str, chosen)]
        measure(argv, cwd)
        samples = [measure(argv, cwd, sample_memory=True) for _ in range(runs)]
        rows.append({
            "scale": scale,
            "files": len(files),
            "mb": corpus_bytes(files) / 1e6,
            "seconds": statistics.median(s.seconds for s in samples),
            "tree_mb": statistics.median(s.tree_peak_kb or 0 for s in samples) / 1024,
            "max_rss_mb": statistics.median(s.max_rss_kb for s in samples) / 1024,
        })
        print(f"memory at {scale}x done", file=sys.stderr)
    return rows


# --- report ------------------------------------------------------------------------------------


def fmt_ratio(value: float) -> str:
    return f"{value:.2f}×" if value < 10 else f"{value:.1f}×"


def report(tools: list[Tool], curve: list[dict], meta: dict) -> str:
    by_label = {tool.label: tool for tool in tools}
    agnix = by_label.get("agnix")
    lines = [
        f"Measured {meta['date']} on {meta['cores']} cores ({meta['machine']}), "
        f"Python {meta['python']}; corpus: {meta['files']:,} SKILL.md files, "
        f"{meta['mb']:.1f} MB; median of {meta['runs']} runs each ({meta['memory_runs']} per memory-curve "
        f"point), all tools in one run of:",
        "",
        f"    {meta['command']}",
        "",
        f"Versions: {meta['ours']}; {meta['peers']}. skilllint runs use `{meta['profiles']}` (a file's "
        "`category:` adds its pack by itself) unless marked \"default profile only\" (no option) or "
        f"\"+ claims on every file\" (`{meta['heavy']}`); the memory curve uses `{meta['profiles']}`.",
        "",
        "Parallelism the machine really offered (two CPU-bound processes against one; 2.0 means two "
        f"free cores): {meta['capacity'][0]:.2f}× before the timed rounds, {meta['capacity'][1]:.2f}× after.",
        "",
        "| tool | median wall time | × agnix | peak RSS (largest process) |",
        "| --- | ---: | ---: | ---: |",
    ]
    for tool in tools:
        ratio = fmt_ratio(tool.median / agnix.median) if agnix else "–"
        lines.append(f"| {tool.label} | {tool.median:.3f} s | {ratio} | {tool.max_rss_mb:.0f} MB |")
    cold = by_label[COLD]
    pypi = by_label.get(PYPI)
    if pypi:
        lines += ["", f"PyPI `skilllint` / our cold run: {fmt_ratio(pypi.median / cold.median)}."]
    if curve:
        lines += [
            "",
            "Memory and time against corpus size (`--no-cache`, default `--jobs`; peak memory is "
            "the summed PSS of the process and its workers, sampled every 5 ms):",
            "",
            "| copies | files | MB | median wall time | peak memory (all processes) "
            "| peak RSS (largest process) |",
            "| ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for row in curve:
            lines.append(
                f"| {row['scale']}× | {row['files']:,} | {row['mb']:.0f} | {row['seconds']:.2f} s "
                f"| {row['tree_mb']:.0f} MB | {row['max_rss_mb']:.0f} MB |"
            )
    lines += ["", *targets(by_label, curve, agnix, pypi)]
    return "\n".join(lines)


def targets(by_label: dict[str, Tool], curve: list[dict], agnix: Tool | None,
            pypi: Tool | None) -> list[str]:
    cold, warm, one = (by_label[label].median for label in (COLD, WARM, ONE))
    plain, heavy, heavy_one = (by_label[label].median for label in (PLAIN_COLD, HEAVY_COLD, HEAVY_ONE))
    rows = ["| target | measured | met |", "| --- | --- | :-: |"]

    def row(name: str, measured: str, met: bool) -> None:
        rows.append(f"| {name} | {measured} | {'yes' if met else 'no'} |")

    if agnix:
        row("cold ≤ 1.5 × agnix", fmt_ratio(cold / agnix.median), cold <= 1.5 * agnix.median)
        row("— default profile only", fmt_ratio(plain / agnix.median), plain <= 1.5 * agnix.median)
        row("— + claims on every file", fmt_ratio(heavy / agnix.median), heavy <= 1.5 * agnix.median)
        row("warm ≤ 0.5 × agnix", fmt_ratio(warm / agnix.median), warm <= 0.5 * agnix.median)
    row("one file ≤ 0.4 s", f"{one:.3f} s", one <= 0.4)
    row("— + claims on every file", f"{heavy_one:.3f} s", heavy_one <= 0.4)
    if pypi:
        row("≥ 10 × faster than PyPI skilllint (cold)", fmt_ratio(pypi.median / cold), pypi.median >= 10 * cold)
        row("— default profile only", fmt_ratio(pypi.median / plain), pypi.median >= 10 * plain)
        row("— warm", fmt_ratio(pypi.median / warm), pypi.median >= 10 * warm)
    if curve:
        base = curve[0]
        row("peak memory < 500 MB on the corpus", f"{base['tree_mb']:.0f} MB", base["tree_mb"] < 500)
        last = curve[-1]
        growth = last["tree_mb"] / base["tree_mb"]
        size = last["files"] / base["files"]
        row("memory grows at most linearly", f"{growth:.1f}× memory for {size:.0f}× files", growth <= size)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--scales", default="1,4,16", help="corpus copies for the memory curve")
    parser.add_argument("--venv", type=Path, default=DEFAULT_VENV, help="where the peers live")
    parser.add_argument("--no-peers", action="store_true", help="time skilllint alone")
    parser.add_argument("--skilllint", help="command for our skilllint (default: beside python)")
    parser.add_argument("--profile", action="append", dest="profiles",
                        help="profile for skilllint's main runs, repeatable (default: skillxiv, the pack "
                             "for a SkillXiv repository; packs named by a file's category join by themselves)")
    parser.add_argument("--heavy-profile", action="append", dest="heavy",
                        help="profiles for the heaviest runs, repeatable (default: skillxiv and claims)")
    parser.add_argument("--memory-runs", type=int, help="runs per memory-curve point (default: --runs)")
    parser.add_argument("--output", type=Path, help="also write the Markdown here")
    args = parser.parse_args()

    corpus = args.corpus.resolve()
    if not corpus.is_dir():
        parser.error(f"corpus not found: {corpus}")
    scales = sorted({int(part) for part in args.scales.split(",") if part.strip()})
    if not args.no_peers:
        ensure_peers(args.venv)
    ours = our_skilllint(args.skilllint)
    profile_args = [arg for name in args.profiles or ["skillxiv"] for arg in ("--profile", name)]
    heavy_args = [arg for name in args.heavy or ["skillxiv", "claims"] for arg in ("--profile", name)]

    with tempfile.TemporaryDirectory(prefix="skilllint-bench-") as tmp:
        work = Path(tmp)
        roots = stage_corpus(corpus, work / "corpus", max(scales, default=1))
        files = skill_files(roots[0])
        size_mb = corpus_bytes(files) / 1e6
        tools = timing_tools(ours, profile_args, heavy_args, args.venv, roots[0], work / "cache",
                             not args.no_peers)
        capacity = [parallel_capacity()]
        run_rounds(tools, args.runs, work)
        capacity.append(parallel_capacity())
        curve = memory_curve(ours, profile_args, roots, scales, args.memory_runs or args.runs, work)

    peers = ", ".join(f"{name} {version}" for name, version in PEERS.items())
    meta = {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cores": os.cpu_count(),
        "machine": f"{platform.system()} {platform.machine()}",
        "python": platform.python_version(),
        "files": len(files),
        "mb": size_mb,
        "runs": args.runs,
        "command": "python benchmarks/bench.py " + shlex.join(sys.argv[1:]),
        "capacity": capacity,
        "ours": tool_version(ours),
        "profiles": " ".join(profile_args),
        "heavy": " ".join(heavy_args),
        "memory_runs": args.memory_runs or args.runs,
        "peers": "peers " + peers if not args.no_peers else "no peers",
    }
    text = report(tools, curve, meta)
    print(text)
    if args.output:
        args.output.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
