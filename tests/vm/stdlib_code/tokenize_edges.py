# tokenize: the lenient corners (error tokens, strings over lines, odd numbers, CRLF,
# form feeds, missing final newline), encoding detection errors, untokenize in both
# modes and the `python -m tokenize` listing.
import io
import sys
import token
import tokenize


def show(src):
    try:
        for t in tokenize.generate_tokens(io.StringIO(src).readline):
            print("  %-10s %-14r %s %s" % (token.tok_name[t.exact_type], t.string, t.start, t.end))
    except (tokenize.TokenError, IndentationError) as e:
        print("  raised", type(e).__name__, e.args)


for src in ["a $ b?\n", "x = 'abc\ny\n", "s = 'a\\\nb' + 'c\\\nd\n", "0xg 1e 1.e5 1_0 .5j 09 1__2 1if x\n",
            "a\r\nb\r\n", "\x0cx\n  \x0cy\n", "x\\\n  + 1", "f(\n# c\n  )\n", "# only",
            "u = rB'x' Rb\"y\" F'{z}' BR'''q\n'''\n", "x = 1)\n", "\ufeffz ٣b ²\n", "   \n\tx\n",
            "if a:\n  b\n c\n"]:
    print(repr(src))
    show(src)


class Named(io.BytesIO):
    name = "pkg/mod.py"


for raw in [b"# coding: bogus\n", b"\xef\xbb\xbf# coding: latin-1\n", b"\xff\n",
            b"\n# vim: set fileencoding=iso-latin-1-unix :\n", b"x\n# coding: cp1252\n",
            b"#!/bin/sh\n\n# coding: cp1252\n", b"", b"# -*- coding: UTF_8 -*-\n"]:
    for stream in (io.BytesIO(raw), Named(raw)):
        try:
            print(tokenize.detect_encoding(stream.readline))
        except SyntaxError as e:
            print("SyntaxError:", e)

toks = list(tokenize.tokenize(io.BytesIO(b"\xef\xbb\xbfx = '\xc3\xa9'\n\xef\xbb\xbfy\n").readline))
print([(token.tok_name[t.type], t.string) for t in toks])
print(tokenize.untokenize(toks))
pairs = [(token.NAME, "if"), (token.NAME, "x"), (token.OP, ":"), (token.NEWLINE, "\n"),
         (token.INDENT, "    "), (token.STRING, "'a'"), (token.STRING, "'b'"),
         (token.NEWLINE, "\n"), (token.DEDENT, ""), (token.NAME, "y"), (token.NEWLINE, "\n")]
print(repr(tokenize.untokenize(pairs)))
try:
    tokenize.untokenize([(token.NAME, "a", (2, 0), (2, 1), ""), (token.NAME, "b", (1, 0), (1, 1), "")])
except ValueError as e:
    print("ValueError:", e)
src = "def g():\n    return (1,\n        2) \\\n        + 3\n"
print(tokenize.untokenize(tokenize.generate_tokens(io.StringIO(src).readline)) == src)
t = next(tokenize.generate_tokens(io.StringIO("**=").readline))
print(t, t.exact_type == token.DOUBLESTAREQUAL, t._fields)
with tokenize.open("_tok_sample.py") as f:
    print(f.encoding, f.mode, f.readline().rstrip())
for argv in (["tokenize", "_tok_sample.py"], ["tokenize", "-e", "_tok_sample.py"]):
    sys.argv = argv
    tokenize.main()
