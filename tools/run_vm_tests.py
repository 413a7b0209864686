#!/usr/bin/env python3
"""Run the Python-level VM tests under Spry and compare with CPython's recordings.

Usage:
    tools/run_vm_tests.py --spry PATH [--jobs N] [--sanitizer] [-v]
                          [--update-known-failures] [filters...]

Which files are tests (the helper-directory rule):
    A test is a file tests/vm/<area>/<name>.py lying directly in an area directory,
    where neither <area> nor <name> starts with '_' (and <area> is not 'c', which
    holds the C unit tests). Everything else is a helper that is never run on its
    own: modules whose file name starts with '_' (e.g. imports/_circ_a.py) and any
    file inside a subdirectory of an area (e.g. the package imports/pkg_basic/).

Each test runs exactly as tools/record_vm_tests.py ran it under CPython: cwd = the
test's directory, the test passed by its bare file name, PYTHONHASHSEED=0,
PYTHONIOENCODING=utf-8, LC_ALL=C.UTF-8, PYTHONDONTWRITEBYTECODE=1, stdin
/dev/null, extra argv from a leading `# args: ...` line, stdin from a leading
`# stdin: <file>` line. The absolute test directory prefix is stripped from
stdout and stderr (CPython 3.11 prints the main script's absolute path).
stdout, stderr and the exit status must equal the recording byte for byte.
A test taking longer than 60 s (300 s with --sanitizer) fails.

Filters are substrings of or globs over test paths relative to tests/vm
("ints", "strings/fstring", "classes/*slots*").

Known failures: tests/vm/known_failures.txt lists test paths (relative to
tests/vm), one per line, each followed by a reason; lines starting with '#' are
comments. A listed test that fails counts as "xfail"; a listed test that passes
is an error ("unexpected pass"), so the list stays honest.
--update-known-failures rewrites the list to exactly the tests failing now
(entries for tests outside the current selection are kept; existing reasons are
kept; new entries get "not yet triaged").

Output: one block per failing test (name and a unified diff capped at ~40 lines),
then "N xfail" and finally "N passed, N failed". Exit status 1 if anything failed.
"""

import argparse
import concurrent.futures
import difflib
import os
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import record_vm_tests as rec  # noqa: E402  (shared discovery / execution)

TIMEOUT = 60.0
DIFF_CAP = 40
UNTRIAGED = "not yet triaged"


def load_known_failures():
    """Return (dict path -> reason, list of header comment lines)."""
    entries, header = {}, []
    if not rec.KNOWN_FAILURES.exists():
        return entries, header
    seen_entry = False
    for raw in rec.KNOWN_FAILURES.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            if not seen_entry:
                header.append(raw)
            continue
        seen_entry = True
        path, _, reason = line.partition(" ")
        if "\t" in path:
            path, _, more = path.partition("\t")
            reason = more + " " + reason
        reason = reason.strip().lstrip("#:-").strip()
        if path.startswith("tests/vm/"):
            path = path[len("tests/vm/"):]
        entries[path] = reason or UNTRIAGED
    return entries, header


def write_known_failures(entries, header):
    if not header:
        header = ["# Tests under tests/vm that are known to fail under Spry.",
                  "# One per line: <path relative to tests/vm>  <reason>.",
                  "# A listed test that passes is an error: remove it from this list.",
                  "# Regenerate with tools/run_vm_tests.py --spry PATH --update-known-failures"]
    while header and not header[-1].strip():
        header.pop()
    width = max((len(p) for p in entries), default=0)
    lines = list(header) + [""] if header else []
    lines += [f"{p.ljust(width)}  {entries[p]}" for p in sorted(entries)]
    rec.KNOWN_FAILURES.write_text("\n".join(lines) + "\n", encoding="utf-8")


def describe_exit(code):
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit status {code}"


def diff_stream(name, expected, actual):
    exp = expected.decode("utf-8", "replace").splitlines(keepends=True)
    act = actual.decode("utf-8", "replace").splitlines(keepends=True)
    out = []
    for line in difflib.unified_diff(exp, act, f"expected {name}", f"spry {name}", n=2):
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    if not out and expected != actual:  # differ only in undecodable bytes
        out = [f"{name} differs in raw bytes: expected {expected[:80]!r}, got {actual[:80]!r}\n"]
    return out


def check(spry, test, timeout):
    """Run one test; return (passed, report lines)."""
    expected = rec.read_expected(test)
    if expected is None:
        return False, ["  not recorded: run tools/record_vm_tests.py\n"]
    res = rec.run_test(spry, test, timeout)
    if res.error:
        return False, [f"  {res.error}\n"]
    exp_out, exp_err, exp_exit = expected
    report = []
    if res.timed_out:
        report.append(f"  timed out after {timeout:.0f} s\n")
    elif res.exit != exp_exit:
        report.append(f"  expected {describe_exit(exp_exit)}, got {describe_exit(res.exit)}\n")
    report += diff_stream("stdout", exp_out, res.stdout)
    report += diff_stream("stderr", exp_err, res.stderr)
    if not report:
        return True, []
    if len(report) > DIFF_CAP:
        more = len(report) - DIFF_CAP
        report = report[:DIFF_CAP] + [f"  ... ({more} more lines)\n"]
    return False, report


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--spry", required=True, help="the spry executable")
    ap.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--sanitizer", action="store_true",
                    help="sanitizer build: allow 5x longer per test")
    ap.add_argument("--timeout", type=float, default=TIMEOUT,
                    help=f"seconds per test (default {TIMEOUT:.0f}; times 5 with --sanitizer)")
    ap.add_argument("--update-known-failures", action="store_true",
                    help="rewrite tests/vm/known_failures.txt to the tests failing now")
    ap.add_argument("--verbose", "-v", action="store_true", help="also list passing tests")
    ap.add_argument("filters", nargs="*", help="substrings or globs of test paths")
    opts = ap.parse_args()

    spry = Path(opts.spry)
    if not (spry.is_file() and os.access(spry, os.X_OK)):
        print(f"run_vm_tests: {opts.spry} is not an executable file", file=sys.stderr)
        return 2
    spry = spry.resolve()
    timeout = opts.timeout * (5 if opts.sanitizer else 1)

    tests = rec.discover(opts.filters)
    if not tests:
        print("run_vm_tests: no tests selected", file=sys.stderr)
        return 2
    known, header = load_known_failures()

    with concurrent.futures.ThreadPoolExecutor(max(1, opts.jobs)) as pool:
        futures = {t: pool.submit(check, spry, t, timeout) for t in tests}
        results = {t: f.result() for t, f in futures.items()}

    passed, failed, xfail = [], [], []
    for test in tests:
        ok, report = results[test]
        if test in known:
            if ok:
                failed.append(test)
                print(f"UNEXPECTED PASS {test}: remove it from known_failures.txt")
            else:
                xfail.append(test)
                if opts.verbose:
                    print(f"xfail {test}  ({known[test]})")
        elif ok:
            passed.append(test)
            if opts.verbose:
                print(f"ok    {test}")
        else:
            failed.append(test)
            print(f"FAIL  {test}")
            sys.stdout.writelines(report)

    # Entries naming tests that do not exist (only meaningful for a full run).
    stale = []
    if not opts.filters:
        stale = sorted(set(known) - set(tests))
        for path in stale:
            print(f"STALE {path}: listed in known_failures.txt but no such test")

    if opts.update_known_failures:
        now_failing = {t for t in tests if not results[t][0]}
        new = {p: r for p, r in known.items()
               if p not in tests and p not in stale}  # outside this selection: keep
        for t in now_failing:
            new[t] = known.get(t, UNTRIAGED)
        write_known_failures(new, header)
        print(f"wrote {rec.KNOWN_FAILURES.relative_to(rec.REPO)}: {len(new)} entries")
        # The list now matches reality: every failing test is an xfail, nothing else fails.
        passed = [t for t in tests if results[t][0]]
        xfail = [t for t in tests if not results[t][0]]
        failed, stale = [], []

    print(f"{len(xfail)} xfail")
    print(f"{len(passed)} passed, {len(failed) + len(stale)} failed")
    return 1 if failed or stale else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # e.g. piped into `head`
        sys.stderr.close()
        sys.exit(1)
