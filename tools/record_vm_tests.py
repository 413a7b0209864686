#!/usr/bin/env python3
"""Record the expected outputs of the Python-level VM tests from CPython 3.11.

Usage:
    tools/record_vm_tests.py [--python PYTHON] [--jobs N] [--check] [filters...]

Every test is a program tests/vm/<area>/<name>.py (see tools/run_vm_tests.py and
tests/vm/README.md for which files are tests and which are helpers). Its expected
results are recorded from CPython 3.11 -- never from Spry -- into sibling files:

    <name>.stdout   always
    <name>.stderr   only when the program wrote to stderr
    <name>.exit     only when the exit status is non-zero (the integer, plus newline)

How a test is run (the runner does exactly the same with Spry):
  * cwd = the test's directory, the test passed by its bare file name;
  * environment: the caller's, plus PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8,
    LC_ALL=C.UTF-8 and PYTHONDONTWRITEBYTECODE=1 (no __pycache__ in the tree);
  * stdin is /dev/null, unless the test starts with a `# stdin: <file>` line;
  * extra argv from a leading `# args: a b c` line (split on whitespace);
  * timeout 30 s here, 60 s in the runner.

CPython 3.11 makes the main script's path absolute (it shows up in tracebacks and
SyntaxError reports as "/.../tests/vm/area/name.py"), so both tools replace the
test directory prefix "<absolute test dir>/" in stdout and stderr by nothing. The
recordings are therefore independent of where the tree is checked out, and a
runtime may print either the bare or the absolute file name.

--check re-records into memory and lists every test whose recorded files are
missing or stale (exit status 1 if any); CI uses it to catch forgotten recordings.
"""

import argparse
import concurrent.futures
import fnmatch
import os
import shlex
import signal
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TESTS = REPO / "tests" / "vm"
KNOWN_FAILURES = TESTS / "known_failures.txt"

# Directories directly under tests/vm that never hold Python tests.
NON_TEST_AREAS = {"c"}

RECORD_TIMEOUT = 30.0

TEST_ENV = {
    "PYTHONHASHSEED": "0",
    "PYTHONIOENCODING": "utf-8",
    "LC_ALL": "C.UTF-8",
    "PYTHONDONTWRITEBYTECODE": "1",
}


def discover(filters=()):
    """Return the sorted list of test paths (relative to tests/vm, '/'-separated).

    A test is a file tests/vm/<area>/<name>.py directly inside an area directory,
    where neither <area> nor <name> starts with '_' and <area> is not 'c'.
    Everything else -- files whose name starts with '_', and anything inside a
    subdirectory of an area (packages and modules used by import tests) -- is a
    helper and never run on its own.
    """
    tests = []
    if not TESTS.is_dir():
        return tests
    for area in sorted(TESTS.iterdir()):
        if not area.is_dir() or area.name.startswith(("_", ".")):
            continue
        if area.name in NON_TEST_AREAS:
            continue
        for f in sorted(area.iterdir()):
            if f.is_file() and f.suffix == ".py" and not f.name.startswith("_"):
                tests.append(f"{area.name}/{f.name}")
    if filters:
        tests = [t for t in tests if matches(t, filters)]
    return tests


def matches(test, filters):
    """A filter selects a test if it is a substring of its path or a glob matching it."""
    for flt in filters:
        flt = flt.rstrip("/")
        if flt.startswith("tests/vm/"):
            flt = flt[len("tests/vm/"):]
        if flt in test or fnmatch.fnmatch(test, flt):
            return True
    return False


def directives(path):
    """Parse the leading `# args: ...` / `# stdin: ...` comment lines of a test."""
    args, stdin = [], None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line.startswith("#"):
                break
            body = line[1:].strip()
            if body.startswith("args:"):
                args = body[len("args:"):].split()
            elif body.startswith("stdin:"):
                stdin = body[len("stdin:"):].strip()
    return args, stdin


def test_env():
    env = dict(os.environ)
    env.update(TEST_ENV)
    return env


def normalize(data, testdir):
    """Strip the absolute test directory prefix so recordings are location-independent."""
    for d in {str(testdir), os.path.realpath(testdir)}:
        data = data.replace((d + os.sep).encode(), b"")
    return data


class Result:
    __slots__ = ("stdout", "stderr", "exit", "timed_out", "error")

    def __init__(self, stdout=b"", stderr=b"", exit=0, timed_out=False, error=None):
        self.stdout = stdout
        self.stderr = stderr
        self.exit = exit
        self.timed_out = timed_out
        self.error = error


def run_test(interpreter, test, timeout, extra_args=()):
    """Run one test (path relative to tests/vm) under `interpreter`; return a Result."""
    path = TESTS / test
    testdir = path.parent
    args, stdin_name = directives(path)
    cmd = [str(interpreter), *extra_args, path.name, *args]
    stdin = open(testdir / stdin_name, "rb") if stdin_name else subprocess.DEVNULL
    try:
        proc = subprocess.Popen(cmd, cwd=testdir, env=test_env(), stdin=stdin,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                start_new_session=True)
    except OSError as e:
        return Result(error=f"cannot start {shlex.join(cmd)}: {e}", exit=-1)
    finally:
        if stdin_name:
            stdin.close()
    try:
        out, err = proc.communicate(timeout=timeout)
        timed_out = False
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            pass
        out, err = proc.communicate()
        timed_out = True
    return Result(normalize(out, testdir), normalize(err, testdir), proc.returncode, timed_out)


def expected_files(result):
    """Map suffix -> content (None = file must not exist) for a recorded result."""
    return {
        ".stdout": result.stdout,
        ".stderr": result.stderr if result.stderr else None,
        ".exit": f"{result.exit}\n".encode() if result.exit != 0 else None,
    }


def expected_path(test, suffix):
    """tests/vm/area/name.py -> tests/vm/area/name<suffix>"""
    return TESTS / (test[:-3] + suffix)


def read_expected(test):
    """Return (stdout, stderr, exit) as recorded, or None if the test was never recorded."""
    out, err, ext = (expected_path(test, s) for s in (".stdout", ".stderr", ".exit"))
    if not out.exists():
        return None
    return (out.read_bytes(),
            err.read_bytes() if err.exists() else b"",
            int(ext.read_text().strip()) if ext.exists() else 0)


def check_python(python):
    try:
        out = subprocess.run(
            [python, "-c", "import sys; print(sys.implementation.name, *sys.version_info[:2])"],
            capture_output=True, text=True, timeout=30).stdout.split()
    except OSError as e:
        sys.exit(f"record_vm_tests: cannot run {python}: {e}")
    if out != ["cpython", "3", "11"]:
        sys.exit(f"record_vm_tests: {python} is {' '.join(out) or 'unknown'}, "
                 "need CPython 3.11")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--python", default="python3",
                    help="CPython 3.11 to record from (default: python3 on PATH)")
    ap.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--check", action="store_true",
                    help="do not write; report tests whose recordings are missing or stale")
    ap.add_argument("filters", nargs="*", help="substrings or globs of test paths")
    opts = ap.parse_args()

    check_python(opts.python)
    tests = discover(opts.filters)
    if not tests:
        sys.exit("record_vm_tests: no tests selected")

    problems = []
    written = 0
    with concurrent.futures.ThreadPoolExecutor(max(1, opts.jobs)) as pool:
        results = pool.map(lambda t: (t, run_test(opts.python, t, RECORD_TIMEOUT)), tests)
        for test, res in results:
            if res.error:
                problems.append(f"{test}: {res.error}")
                continue
            if res.timed_out:
                problems.append(f"{test}: timed out after {RECORD_TIMEOUT:.0f} s under CPython")
                continue
            if res.exit < 0:
                problems.append(f"{test}: CPython died with signal {-res.exit}")
                continue
            for suffix, content in expected_files(res).items():
                f = expected_path(test, suffix)
                current = f.read_bytes() if f.exists() else None
                if current == content:
                    continue
                if opts.check:
                    what = ("missing" if current is None else
                            "should not exist" if content is None else "stale")
                    problems.append(f"{test}: {f.name} {what}")
                elif content is None:
                    f.unlink()
                    written += 1
                else:
                    f.write_bytes(content)
                    written += 1

    # Recorded files whose test no longer exists.
    if not opts.filters:
        names = {t[:-3] for t in tests}
        for area in sorted(p for p in TESTS.iterdir() if p.is_dir()):
            for f in sorted(area.iterdir()):
                if f.suffix in (".stdout", ".stderr", ".exit"):
                    rel = f"{area.name}/{f.name[:-len(f.suffix)]}"
                    if rel not in names:
                        problems.append(f"{area.name}/{f.name}: orphaned recording "
                                        "(no test of that name)")

    for p in problems:
        print(p)
    if opts.check:
        print(f"{len(tests)} tests checked, {len(problems)} problems")
    else:
        print(f"{len(tests)} tests recorded, {written} files changed, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # e.g. piped into `head`
        sys.stderr.close()
        sys.exit(1)
