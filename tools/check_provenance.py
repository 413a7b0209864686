#!/usr/bin/env python3
"""Flags Python files in this repository that share long token runs with CPython's
standard library.

Every line of Spry is written here; CPython's Lib may be read for nothing but its
behaviour.  Code written independently against the same documented API shares almost no
30-token window with CPython's source (our own modules score 0.00-0.05), while a
transcription keeps most of them.  Tiny classes dictated by their API (an exception with
one attribute and its __reduce__) can match by convergence, so a file is judged only once
its matching runs cover MIN_COVERED tokens, about ten lines of identical code.  A file
scoring above the threshold is reported as
derived unless tools/provenance_debt.txt lists it as known debt awaiting a rewrite; a
listed file that has become clean must leave the list, so the list only shrinks.

  check_provenance.py                 check the repository (exit 1 on a new finding)
  check_provenance.py FILE...         print each file's score
  check_provenance.py --all           print the score of every file checked
"""
import argparse
import io
import os
import sys
import sysconfig
import tokenize

WINDOW = 30
THRESHOLD = 0.10
MIN_COVERED = 100
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CHECKED_DIRS = ("runtime/lib", "tools", "bench", "ext_examples", "examples", "tests")
DEBT_FILE = os.path.join(ROOT, "tools", "provenance_debt.txt")
SKIPPED_TOKENS = {tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT,
                  tokenize.DEDENT, tokenize.ENCODING, tokenize.ENDMARKER}


def reference_dir():
    """CPython 3.11's Lib: Debian's, else the running interpreter's if it is 3.11."""
    if os.path.isdir("/usr/lib/python3.11"):
        return "/usr/lib/python3.11"
    if sys.version_info[:2] == (3, 11):
        return sysconfig.get_paths()["stdlib"]
    return None


def token_texts(path):
    # Layout and comments are dropped; long strings (docstrings, mostly) become one
    # placeholder so prose does not dominate the comparison.
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            source = f.read()
        texts = []
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            if tok.type in SKIPPED_TOKENS:
                continue
            long_string = tok.type == tokenize.STRING and len(tok.string) > 40
            texts.append("<str>" if long_string else tok.string)
        return texts
    except (tokenize.TokenError, SyntaxError, UnicodeError):
        return []  # a deliberately malformed test program


def window_at(texts, i):
    return hash(tuple(texts[i:i + WINDOW]))


def windows(texts):
    return {window_at(texts, i) for i in range(len(texts) - WINDOW + 1)}


def reference_windows(ref):
    seen = set()
    for dirpath, dirnames, filenames in os.walk(ref):
        dirnames[:] = [d for d in dirnames
                       if d not in ("test", "site-packages", "dist-packages", "idlelib")]
        for name in filenames:
            if name.endswith(".py"):
                seen |= windows(token_texts(os.path.join(dirpath, name)))
    return seen


def score(path, ref_windows):
    """The share of the file's windows found in the reference, or 0.0 when the matches
    cover fewer than MIN_COVERED tokens."""
    texts = token_texts(path)
    own = windows(texts)
    if not own:
        return 0.0
    covered = set()
    for i in range(len(texts) - WINDOW + 1):
        if window_at(texts, i) in ref_windows:
            covered.update(range(i, i + WINDOW))
    if len(covered) < MIN_COVERED:
        return 0.0
    return len(own & ref_windows) / len(own)


def repository_files():
    for top in CHECKED_DIRS:
        for dirpath, dirnames, filenames in os.walk(os.path.join(ROOT, top)):
            for name in sorted(filenames):
                if name.endswith(".py"):
                    yield os.path.relpath(os.path.join(dirpath, name), ROOT)


def read_debt():
    with open(DEBT_FILE, encoding="utf-8") as f:
        return {line.split()[0] for line in f
                if line.strip() and not line.startswith("#")}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*")
    parser.add_argument("--all", action="store_true", help="print every file's score")
    args = parser.parse_args()
    ref = reference_dir()
    if ref is None:
        print("check_provenance: no CPython 3.11 Lib on this machine to compare with")
        return 1
    ref_windows = reference_windows(ref)
    if args.files:
        for path in args.files:
            print(f"{score(path, ref_windows):.2f}  {path}")
        return 0
    debt = read_debt()
    new_findings, repaid, owed = [], [], 0
    for rel in repository_files():
        s = score(os.path.join(ROOT, rel), ref_windows)
        if args.all:
            print(f"{s:.2f}  {rel}")
        if s > THRESHOLD:
            if rel in debt:
                owed += 1
            else:
                new_findings.append((s, rel))
        elif rel in debt:
            repaid.append(rel)
    missing = sorted(d for d in debt if not os.path.exists(os.path.join(ROOT, d)))
    for s, rel in new_findings:
        print(f"{rel}: {s:.2f} of its {WINDOW}-token windows occur in CPython's Lib "
              f"(limit {THRESHOLD}); it must be written here, not transcribed")
    for rel in repaid + missing:
        print(f"{rel}: listed in tools/provenance_debt.txt but no longer derived; "
              "remove the line")
    print(f"check_provenance: {owed} files of known debt, {len(new_findings)} new "
          f"findings, {len(repaid) + len(missing)} stale debt lines")
    return 1 if new_findings or repaid or missing else 0


if __name__ == "__main__":
    sys.exit(main())
