#!/usr/bin/env python3
"""Command-line tests: the `spry` program must behave like CPython 3.11's `python3`.

Usage:
    tests/cli/run_cli_tests.py --spry PATH [--python PYTHON] [-v] [filters...]

Every case in CASES is one invocation (arguments, stdin text, files it needs). It is
run under CPython (the oracle) and under Spry in the same fresh temporary directory,
and stdout, stderr and the exit status must be equal after normalization:
  * the interpreter's own path (argv[0], as it appears in usage lines and error
    messages) is replaced by "<INTERP>";
  * version banners ("Python 3.11.x ..." / "Spry ...") become "<VERSION>";
  * CPython's "Try `python -h'" hint matches Spry's "Try `spry -h'".
A case may compare only part of the output (e.g. the first line of -h).

Python 3 standard library only. Ends with "N passed, N failed"; exit status 1 on
any failure.
"""

import argparse
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile

TIMEOUT = 60

ENV = {
    "PYTHONHASHSEED": "0",
    "PYTHONIOENCODING": "utf-8",
    "LC_ALL": "C.UTF-8",
    "PYTHONDONTWRITEBYTECODE": "1",
}
# Variables that would make the two interpreters behave differently.
DROP_ENV = ("PYTHONPATH", "PYTHONSTARTUP", "PYTHONHOME", "PYTHONINSPECT", "PYTHONUNBUFFERED",
            "PYTHONWARNINGS", "PYTHONDEVMODE", "PYTHONSAFEPATH", "PYTHONNOUSERSITE")

ARGV_SCRIPT = "import sys\nprint(sys.argv)\nprint(__name__)\n"

SHOW_MAIN = (
    "import sys, os\n"
    "print('argv', sys.argv)\n"
    "print('name', __name__)\n"
    "print('file', globals().get('__file__'))\n"
    "print('path0', sys.path[0])\n"
)

SHOW_MAIN_NOOS = (
    "import sys\n"
    "print('argv', sys.argv)\n"
    "print('name', __name__)\n"
    "print('file', globals().get('__file__'))\n"
    "print('path0', sys.path[0])\n"
    "print('package', __package__)\n"
)

TB_SCRIPT = (
    "def f(x):\n"
    "    return 10 / x\n"
    "print('before')\n"
    "f(0)\n"
)


def case(name, args, stdin=None, files=None, only=None):
    """args: list; '{tmp}' is replaced by the temporary directory.
    only: None (compare everything) or a function (stdout, stderr) -> (stdout, stderr)."""
    return {"name": name, "args": args, "stdin": stdin, "files": files or {}, "only": only}


def first_line_stdout(out, err):
    return out.split("\n", 1)[0], err


CASES = [
    # ---- running a script ----
    case("script_argv", ["s.py", "a", "b c", "-x"], files={"s.py": SHOW_MAIN_NOOS}),
    case("script_subdir", ["sub/s.py", "1"], files={"sub/s.py": SHOW_MAIN_NOOS}),
    case("script_dot_slash", ["./s.py"], files={"s.py": SHOW_MAIN_NOOS}),
    case("script_abs", ["{tmp}/s.py"], files={"s.py": SHOW_MAIN_NOOS}),
    case("script_imports_sibling", ["sub/main.py"],
         files={"sub/main.py": "import helper\nprint(helper.VALUE)\n",
                "sub/helper.py": "VALUE = 'sibling module'\n"}),
    case("script_traceback", ["t.py"], files={"t.py": TB_SCRIPT}),
    case("script_traceback_subdir", ["d/t.py"], files={"d/t.py": TB_SCRIPT}),
    case("script_syntax_error", ["bad.py"],
         files={"bad.py": "print('never')\nx = = 1\n"}),
    case("script_indentation_error", ["bad.py"],
         files={"bad.py": "if True:\nprint(1)\n"}),
    case("script_missing", ["nope.py"]),
    case("script_missing_subdir", ["no/such/dir.py", "arg"]),
    case("script_is_directory_without_main", ["emptydir"], files={"emptydir/x.txt": ""}),
    case("script_directory_main", ["app", "x"],
         files={"app/__main__.py": SHOW_MAIN_NOOS, "app/helper.py": "X = 1\n"}),
    case("script_directory_main_import", ["app"],
         files={"app/__main__.py": "import helper\nprint(helper.X)\n", "app/helper.py": "X = 'helper'\n"}),
    case("double_dash_script", ["--", "s.py", "-c"], files={"s.py": ARGV_SCRIPT}),
    case("flags_before_script", ["-B", "-E", "-s", "s.py"], files={"s.py": ARGV_SCRIPT}),
    case("warning_option", ["-W", "ignore", "s.py"], files={"s.py": ARGV_SCRIPT}),
    case("unbuffered", ["-u", "s.py"],
         files={"s.py": "import sys\nprint('out')\nprint('err', file=sys.stderr)\n"}),

    # ---- -c ----
    case("c_argv", ["-c", "import sys; print(sys.argv, repr(sys.path[0]), __name__)", "x", "-y"]),
    case("c_grouped", ["-Bc", "print('grouped')"]),
    case("c_traceback", ["-c", "def f():\n    return [][1]\nf()"]),
    case("c_syntax_error", ["-c", "1 +"]),
    case("c_no_file", ["-c", "print('__file__' in globals())"]),
    case("c_missing_arg", ["-c"]),

    # ---- -m ----
    case("m_module", ["-m", "mod", "a1"], files={"mod.py": SHOW_MAIN_NOOS}),
    case("m_package", ["-m", "pkg", "z"],
         files={"pkg/__init__.py": "print('pkg init')\n",
                "pkg/__main__.py": SHOW_MAIN_NOOS}),
    case("m_submodule", ["-m", "pkg.sub"],
         files={"pkg/__init__.py": "", "pkg/sub.py": SHOW_MAIN_NOOS}),
    case("m_missing", ["-m", "no_such_module_xyz"]),
    # (An uncaught exception under -m is not in the table: CPython's traceback starts
    # with two "<frozen runpy>" frames that Spry, which has no runpy, does not have.)
    case("m_exit_status", ["-m", "boom"], files={"boom.py": "print('boom')\nraise SystemExit(5)\n"}),
    case("m_missing_arg", ["-m"]),

    # ---- stdin ----
    case("stdin_piped", [], stdin=SHOW_MAIN_NOOS),
    case("stdin_dash_args", ["-", "a", "b"], stdin=SHOW_MAIN_NOOS),
    case("stdin_traceback", [], stdin=TB_SCRIPT),
    case("stdin_syntax_error", [], stdin="x = (\n"),

    # ---- options ----
    case("version_V", ["-V"]),
    case("version_long", ["--version"]),
    case("help_h", ["-h"], only=first_line_stdout),
    case("help_long", ["--help"], only=first_line_stdout),
    case("unknown_short", ["-z"]),
    case("unknown_long", ["--frobnicate"]),
    case("xoptions", ["-X", "foo", "-Xbar=baz", "-c", "import sys; print(sorted(sys._xoptions.items()))"]),
    case("x_missing_arg", ["-X"]),

    # ---- exit status ----
    case("exit_none", ["-c", "raise SystemExit"]),
    case("exit_int", ["-c", "import sys; sys.exit(3)"]),
    case("exit_zero", ["-c", "import sys; print('x'); sys.exit(0)"]),
    case("exit_str", ["-c", "import sys; print('out'); sys.exit('fatal error')"]),
    case("exit_list", ["-c", "raise SystemExit([1, 2])"]),
    case("exit_neg", ["-c", "raise SystemExit(-1)"]),
    case("exit_large", ["-c", "raise SystemExit(258)"]),
    case("exit_true", ["-c", "raise SystemExit(True)"]),
    case("exit_two_args", ["-c", "raise SystemExit(1, 2)"]),
    case("exit_subclass", ["-c", "class E(SystemExit): pass\nraise E(5)"]),
    case("uncaught_exit_1", ["-c", "raise ValueError('v')"]),
    case("keyboard_interrupt", ["-c", "print('before')\nraise KeyboardInterrupt"]),
    case("excepthook_custom", ["-c",
         "import sys\n"
         "def hook(t, v, tb):\n"
         "    print('hook', t.__name__, v, tb is not None)\n"
         "sys.excepthook = hook\n"
         "raise KeyError('k')"]),
    case("excepthook_raises", ["-c",
         "import sys\n"
         "def hook(t, v, tb):\n"
         "    raise RuntimeError('hook failed')\n"
         "sys.excepthook = hook\n"
         "raise KeyError('k')"]),
    case("excepthook_exits", ["-c",
         "import sys\n"
         "def hook(t, v, tb):\n"
         "    sys.exit(9)\n"
         "sys.excepthook = hook\n"
         "raise KeyError('k')"]),
    case("excepthook_deleted", ["-c", "import sys\ndel sys.excepthook\n1/0"]),
    case("last_value", ["-i", "-q", "-c", "1/0"],
         stdin="import sys\nprint(type(sys.last_value).__name__, sys.last_type.__name__)\n"),

    # ---- the REPL, fed through a pipe (-i forces the prompt) ----
    case("repl_basic", ["-i", "-q"],
         stdin="1+1\nx=3\nx\nfor i in range(2):\n  print(i)\n\nprint('end')\n"),
    case("repl_banner", ["-i"], stdin="2*21\n"),
    case("repl_exception_continues", ["-q", "-i"],
         stdin="1/0\nprint('still here')\nundefined_name\n[][0]\n"),
    case("repl_syntax_error", ["-qi"], stdin="def f(:\n1 +\nprint('after')\n"),
    case("repl_underscore", ["-i", "-q"], stdin="_\n5\n_\n_ * 2\n_\nNone\n_\n"),
    case("repl_none_not_echoed", ["-i", "-q"], stdin="None\nprint('x')\n'str'\nb'b'\n"),
    case("repl_multi_statement", ["-i", "-q"], stdin="1; 2\na = 1; a\n"),
    case("repl_def_and_call", ["-i", "-q"],
         stdin="def add(a, b):\n    return a + b\n\nadd(2, 3)\n"),
    case("repl_class", ["-i", "-q"],
         stdin="class A:\n    x = 1\n    def m(self):\n        return self.x\n\nA().m()\n"),
    case("repl_nested_blocks", ["-i", "-q"],
         stdin="for i in range(3):\n    if i % 2:\n        print('odd', i)\n    else:\n        print('even', i)\n\n"),
    case("repl_block_at_eof", ["-i", "-q"], stdin="if 1:\n  2\n"),
    case("repl_unclosed_at_eof", ["-i", "-q"], stdin="(1 +\n"),
    case("repl_unclosed_in_block_at_eof", ["-i", "-q"], stdin="if 1:\n  x = (\n"),
    case("repl_continuation", ["-i", "-q"], stdin="(1 +\n 2)\nx = [1,\n2]\nx\n1 + \\\n 5\n"),
    case("repl_sys_exit", ["-i", "-q"], stdin="print('a')\nimport sys; sys.exit(4)\nprint('never')\n"),
    case("repl_raise_systemexit_str", ["-i", "-q"], stdin="raise SystemExit('bye')\n"),
    case("repl_ps1", ["-i", "-q"], stdin="import sys\nsys.ps1 = 'P> '\nsys.ps2 = 'C> '\nif 1:\n  3\n\n"),
    case("repl_print_no_newline", ["-i", "-q"], stdin="print('x', end='')\n7\n"),
    case("repl_blank_and_comment_lines", ["-i", "-q"], stdin="\n   \n# comment\n5\n"),
    case("repl_after_script", ["-i", "-q", "s.py"], stdin="value * 2\n",
         files={"s.py": "value = 21\nprint('script ran')\n"}),
    case("repl_after_script_error", ["-i", "-q", "s.py"], stdin="value\n",
         files={"s.py": "value = 'set before error'\n1/0\n"}),
    case("repl_after_systemexit", ["-i", "-q", "-c", "raise SystemExit(7)"], stdin="print('repl')\n"),
    case("repl_displayhook", ["-i", "-q"],
         stdin="import sys\nsys.displayhook = lambda v: print('hook:', v)\n42\nNone\n"),
    case("repl_exception_group", ["-i", "-q"],
         stdin="raise ExceptionGroup('g', [ValueError(1)])\n"),
    case("repl_traceback_in_function", ["-i", "-q"],
         stdin="def f():\n    return 1 / 0\n\nf()\n"),
    case("repl_decorator", ["-i", "-q"],
         stdin="def d(f):\n    return f\n\n@d\ndef g():\n    return 'g'\n\ng()\n"),
    case("repl_empty_input", ["-i", "-q"], stdin=""),
    # ---- python -m inspect module[:qualname] ----
    case("m_inspect_qualname", ["-m", "inspect", "shapes:Box.area"], files={"shapes.py": (
        "class Box:\n    # area\n    def area(self):\n        return 1\n\ndef free(): pass\n")}),
    case("m_inspect_module", ["-m", "inspect", "shapes"], files={"shapes.py": "x = 1\n"}),
    case("m_inspect_missing", ["-m", "inspect", "no_such_module_xyz"]),
    case("m_inspect_builtin", ["-m", "inspect", "sys"]),
]


def normalize(text, interp, version_re):
    text = text.replace(interp, "<INTERP>")
    text = text.replace("`python -h'", "`<INTERP> -h'").replace("`spry -h'", "`<INTERP> -h'")
    text = re.sub(version_re, "<VERSION>", text, flags=re.M)
    return text


PY_VERSION_RE = r"^Python 3\.11\.\d+[^\n]*"
SPRY_VERSION_RE = r"^Spry [^\n]*"


def run(interp, c, tmp):
    for sub in os.listdir(tmp):
        p = os.path.join(tmp, sub)
        shutil.rmtree(p) if os.path.isdir(p) else os.unlink(p)
    for rel, content in c["files"].items():
        path = os.path.join(tmp, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(content)
    env = {k: v for k, v in os.environ.items() if k not in DROP_ENV}
    env.update(ENV)
    args = [a.replace("{tmp}", tmp) for a in c["args"]]
    try:
        p = subprocess.run([interp, *args], cwd=tmp, env=env, timeout=TIMEOUT,
                           input=(c["stdin"] or "").encode(), capture_output=True)
    except subprocess.TimeoutExpired:
        return "", "<timeout>", None
    return (p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"), p.returncode)


def find_python(requested):
    candidates = [requested] if requested else ["python3.11", "/usr/bin/python3.11", "python3"]
    for cand in candidates:
        path = shutil.which(cand)
        if not path:
            continue
        try:
            out = subprocess.run([path, "-c", "import sys; print(sys.version_info[:2] == (3, 11))"],
                                 capture_output=True, text=True, timeout=30).stdout.strip()
        except OSError:
            continue
        if out == "True":
            return path
    sys.exit("run_cli_tests: CPython 3.11 not found (use --python)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--spry", required=True)
    ap.add_argument("--python")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("filters", nargs="*")
    opts = ap.parse_args()
    spry = os.path.abspath(opts.spry)
    python = find_python(opts.python)
    passed = failed = 0
    tmp = os.path.realpath(tempfile.mkdtemp(prefix="spry-cli-"))
    try:
        for c in CASES:
            if opts.filters and not any(f in c["name"] for f in opts.filters):
                continue
            results = []
            for interp, vre in ((python, PY_VERSION_RE), (spry, SPRY_VERSION_RE)):
                out, err, code = run(interp, c, tmp)
                out, err = normalize(out, interp, vre), normalize(err, interp, vre)
                if c["only"]:
                    out, err = c["only"](out, err)
                results.append((out, err, code))
            (eo, ee, ec), (so, se, sc) = results
            if (eo, ee, ec) == (so, se, sc):
                passed += 1
                if opts.verbose:
                    print(f"ok    {c['name']}")
                continue
            failed += 1
            print(f"FAIL  {c['name']}  ({' '.join(c['args'])})")
            if ec != sc:
                print(f"  exit status: expected {ec}, spry {sc}")
            for label, a, b in (("stdout", eo, so), ("stderr", ee, se)):
                if a != b:
                    diff = list(difflib.unified_diff(a.splitlines(), b.splitlines(),
                                                     f"expected {label}", f"spry {label}",
                                                     lineterm=""))
                    for line in diff[:40]:
                        print("  " + line)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
