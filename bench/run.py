#!/usr/bin/env python3
"""Run the Spry benchmarks under Spry and under CPython 3.11 and compare.

Usage:
    bench/run.py [--spry PATH] [--python /usr/bin/python3.11] [--repeat N] [--memory]
                 [--markdown] [--timeout SECONDS] [--arg VALUE] [names...]

Every benchmark is bench/<name>.py (all of them unless names are given). Each one runs
--repeat times (default 3) under each interpreter, in the same invocation; the table
shows the best wall time of each, the ratio spry/cpython (below 1 means Spry is
faster), the peak resident set size of each in MiB, the memory ratio, and a
geometric-mean row over the benchmarks that ran correctly under both.

Peak RSS: when GNU time is available (/usr/bin/time, probed at start-up) each run goes
through `/usr/bin/time -f %M -o FILE`, which reports the benchmark's own maximum RSS.
Otherwise the runner falls back to ru_maxrss from os.wait4 on the child; Linux counts
the memory of the forking runner itself in that figure (about 15 MiB of Python), so the
fallback's memory columns are upper bounds and are marked with "~".

The baseline is always Debian's optimized CPython 3.11 (/usr/bin/python3.11), never
the `python3` on PATH. Each benchmark prints only deterministic output ending in a
"checksum: ..." line; the whole stdout of every Spry run must equal CPython's,
otherwise the row is marked MISMATCH. A Spry run that crashes, exits non-zero or times
out is marked FAIL; the runner itself never stops on a benchmark failure.

Memory benchmarks (mem_*.py, selected alone with --memory) also print lines of the form
"metric: NAME VALUE UNIT" (phase times, collection pauses): those lines vary from run to
run, so they are left out of the stdout comparison and shown in a second table, CPython's
value next to Spry's, from each interpreter's best run.

--arg VALUE passes VALUE as argv[1] (the size parameter) to every benchmark, e.g.
"--arg 10" for a quick smoke run. Exit status: 0 if every benchmark ran and matched,
1 otherwise.
"""

import argparse
import math
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
DEFAULT_PYTHON = "/usr/bin/python3.11"


def discover():
    return sorted(p.stem for p in BENCH.glob("*.py") if p.name != "run.py" and not p.name.startswith("_"))


METRIC = b"metric: "


def split_metrics(stdout):
    """(stdout without its metric lines, [(name, value text)] in order)."""
    kept, metrics = [], []
    for line in stdout.splitlines(keepends=True):
        if line.startswith(METRIC):
            name, _, value = line[len(METRIC):].decode("utf-8", "replace").strip().partition(" ")
            metrics.append((name, value))
        else:
            kept.append(line)
    return b"".join(kept), metrics


class Run:
    def __init__(self, ok, wall, rss_kib, stdout, detail):
        self.ok = ok            # exited 0 within the time limit
        self.wall = wall        # seconds
        self.rss_kib = rss_kib  # peak RSS of the child, KiB
        self.stdout, self.metrics = split_metrics(stdout)
        self.detail = detail    # why it failed


GNU_TIME = "/usr/bin/time"


def have_gnu_time():
    try:
        with tempfile.NamedTemporaryFile("r") as f:
            r = subprocess.run([GNU_TIME, "-f", "%M", "-o", f.name, "true"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=10)
            return r.returncode == 0 and f.read().strip().isdigit()
    except (OSError, subprocess.SubprocessError):
        return False


def run_once(interp, script, args, timeout, use_time):
    """Run `interp script args` once; measure wall time and the child's peak RSS."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r") as rss_file:
        cmd = [interp, str(script), *args]
        if use_time:
            cmd = [GNU_TIME, "-f", "%M", "-o", rss_file.name] + cmd
        start = time.perf_counter()
        try:
            proc = subprocess.Popen(cmd, cwd=BENCH, stdin=subprocess.DEVNULL,
                                    stdout=out, stderr=err, start_new_session=True)
        except OSError as e:
            return Run(False, 0.0, 0, b"", f"cannot start: {e}")
        killed = []

        def kill():
            killed.append(True)
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except OSError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            # os.wait4 reaps this child and returns its own resource usage.
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
        rss_kib = usage.ru_maxrss  # KiB on Linux
        if use_time:
            # GNU time: last line is %M; on a signal it first writes "Command terminated by
            # signal N", and its own exit status is then 128 + N.
            lines = rss_file.read().strip().splitlines()
            if lines and lines[-1].strip().isdigit():
                rss_kib = int(lines[-1])
            if lines and lines[0].startswith("Command terminated by signal"):
                proc.returncode = -int(lines[0].split()[-1])
    if killed:
        return Run(False, wall, rss_kib, stdout, f"timed out after {timeout:.0f} s")
    if proc.returncode != 0:
        if proc.returncode < 0:
            try:
                why = f"killed by {signal.Signals(-proc.returncode).name}"
            except ValueError:
                why = f"killed by signal {-proc.returncode}"
        else:
            why = f"exit status {proc.returncode}"
        tail = stderr.decode("utf-8", "replace").strip().splitlines()[-1:]
        return Run(False, wall, rss_kib, stdout, f"{why}: {tail[0][:120]}" if tail else why)
    return Run(True, wall, rss_kib, stdout, "")


def best_of(interp, script, args, repeat, timeout, use_time):
    """Best wall time and largest peak RSS over `repeat` runs; stops at the first failure."""
    runs = []
    for _ in range(repeat):
        r = run_once(interp, script, args, timeout, use_time)
        if not r.ok:
            return r
        runs.append(r)
    best = min(runs, key=lambda r: r.wall)
    best.rss_kib = max(r.rss_kib for r in runs)
    return best


def geomean(values):
    values = [v for v in values if v > 0]
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def fmt(v, spec, prefix=""):
    return "-" if v is None else prefix + format(v, spec)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--spry", default=str(REPO / "build" / "spry"), help="spry executable (default build/spry)")
    ap.add_argument("--python", default=DEFAULT_PYTHON, help=f"baseline CPython (default {DEFAULT_PYTHON})")
    ap.add_argument("--repeat", type=int, default=3, help="runs per interpreter; best time counts (default 3)")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds per run (default 300)")
    ap.add_argument("--arg", help="size parameter passed as argv[1] to every benchmark")
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    ap.add_argument("--memory", action="store_true", help="run the memory benchmarks (mem_*) only")
    ap.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    opts = ap.parse_args()

    available = discover()
    names = opts.names or [n for n in available if n.startswith("mem_") or not opts.memory]
    unknown = [n for n in names if n.removesuffix(".py") not in available]
    if unknown:
        print(f"run.py: unknown benchmark(s): {', '.join(unknown)}; available: {', '.join(available)}",
              file=sys.stderr)
        return 2
    names = [n.removesuffix(".py") for n in names]
    for label, path in (("--python", opts.python), ("--spry", opts.spry)):
        if not (os.path.isfile(path) and os.access(path, os.X_OK)):
            print(f"run.py: {label} {path} is not an executable file", file=sys.stderr)
            return 2
    args = [opts.arg] if opts.arg is not None else []
    repeat = max(1, opts.repeat)
    use_time = have_gnu_time()
    approx = "" if use_time else "~"

    rows = []
    all_ok = True
    for name in names:
        script = BENCH / f"{name}.py"
        print(f"running {name} ...", file=sys.stderr, flush=True)
        base = best_of(opts.python, script, args, repeat, opts.timeout, use_time)
        spry = best_of(opts.spry, script, args, repeat, opts.timeout, use_time)
        row = {"name": name, "py_s": None, "spry_s": None, "ratio": None,
               "py_mib": None, "spry_mib": None, "mem_ratio": None, "status": "ok",
               "metrics": merge_metrics(base.metrics if base.ok else [], spry.metrics if spry.ok else [])}
        if base.ok:
            row["py_s"], row["py_mib"] = base.wall, base.rss_kib / 1024
        if spry.ok:
            row["spry_s"], row["spry_mib"] = spry.wall, spry.rss_kib / 1024
        if not base.ok:
            row["status"] = f"CPYTHON FAIL ({base.detail})"
        elif not spry.ok:
            row["status"] = f"FAIL ({spry.detail})"
        elif spry.stdout != base.stdout:
            exp = base.stdout.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
            got = spry.stdout.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
            row["status"] = f"MISMATCH (expected {exp[0][:60]!r}, got {got[0][:60]!r})"
        else:
            row["ratio"] = spry.wall / base.wall if base.wall > 0 else None
            row["mem_ratio"] = spry.rss_kib / base.rss_kib if base.rss_kib > 0 else None
        if row["status"] != "ok":
            all_ok = False
        rows.append(row)

    good = [r for r in rows if r["status"] == "ok"]
    geo = {"name": "geometric mean", "py_s": geomean([r["py_s"] for r in good]),
           "spry_s": geomean([r["spry_s"] for r in good]),
           "ratio": geomean([r["ratio"] for r in good if r["ratio"]]),
           "py_mib": geomean([r["py_mib"] for r in good]),
           "spry_mib": geomean([r["spry_mib"] for r in good]),
           "mem_ratio": geomean([r["mem_ratio"] for r in good if r["mem_ratio"]]),
           "status": f"{len(good)}/{len(rows)} ok"}

    header = ["benchmark", "cpython s", "spry s", "ratio", "cpython MiB", "spry MiB", "mem ratio", "status"]
    table = []
    for r in rows + [geo]:
        table.append([r["name"], fmt(r["py_s"], ".3f"), fmt(r["spry_s"], ".3f"), fmt(r["ratio"], ".2f"),
                      fmt(r["py_mib"], ".1f", approx), fmt(r["spry_mib"], ".1f", approx),
                      fmt(r["mem_ratio"], ".2f"),
                      r["status"]])

    print(f"baseline: {opts.python}; spry: {opts.spry}; best of {repeat}"
          + (f"; argv[1]={opts.arg}" if opts.arg is not None else "")
          + ("; peak RSS via GNU time" if use_time else "; peak RSS via wait4 (upper bounds)"))
    if opts.markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "|".join(["---"] + ["---:"] * 6 + ["---"]) + "|")
        for i, line in enumerate(table):
            cells = list(line)
            if i == len(table) - 1:
                cells = [f"**{c}**" if c != "-" else c for c in cells]
            print("| " + " | ".join(cells) + " |")
    else:
        widths = [max(len(header[i]), *(len(t[i]) for t in table)) for i in range(len(header) - 1)]
        def line(cells):
            parts = [cells[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(cells[1:-1], widths[1:])]
            return "  ".join(parts + [cells[-1]])
        print(line(header))
        print("-" * (sum(widths) + 2 * (len(widths)) + len("status")))
        for t in table[:-1]:
            print(line(t))
        print("-" * (sum(widths) + 2 * (len(widths)) + len("status")))
        print(line(table[-1]))
    print_metrics(rows, opts.markdown)
    return 0 if all_ok else 1


def merge_metrics(base, spry):
    """[(name, cpython value, spry value)] in first-seen order; "-" where one is missing."""
    names = list(dict.fromkeys([n for n, _ in base] + [n for n, _ in spry]))
    b, s = dict(base), dict(spry)
    return [(n, b.get(n, "-"), s.get(n, "-")) for n in names]


def metric_ratio(cpython, spry):
    """spry / cpython for two "NUMBER UNIT" values in the same unit, else "-"."""
    try:
        (b, bu), (s, su) = (v.split(None, 1) if " " in v else (v, "") for v in (cpython, spry))
        return format(float(s) / float(b), ".2f") if bu == su and float(b) > 0 else "-"
    except ValueError:
        return "-"


def print_metrics(rows, markdown):
    table = [[r["name"], n, b, s, metric_ratio(b, s)] for r in rows for n, b, s in r["metrics"]]
    if not table:
        return
    header = ["benchmark", "metric", "cpython", "spry", "ratio"]
    print()
    if markdown:
        print("| " + " | ".join(header) + " |")
        print("|---|---|---:|---:|---:|")
        for t in table:
            print("| " + " | ".join(t) + " |")
        return
    widths = [max(len(header[i]), *(len(t[i]) for t in table)) for i in range(5)]
    for t in [header] + table:
        print("  ".join([t[0].ljust(widths[0]), t[1].ljust(widths[1])]
                        + [c.rjust(w) for c, w in zip(t[2:], widths[2:])]))


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # e.g. piped into `head`
        sys.stderr.close()
        sys.exit(1)
