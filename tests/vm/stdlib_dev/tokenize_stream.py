# tokenize/token: token streams of ordinary code, bytes input with ENCODING, errors
import io
import token
import tokenize

SOURCE = '''# leading comment
def f(a, b=1.5e3, *args, **kw) -> int:
    """Doc
    string."""
    x = [1, 0x_ff, 0o7, 0b1, 3j, .5, 1_000]  # trailing
    if a >= b and x[0] != 2:
        return a ** 2 // b
    s = rb'raw\\n' + f"{a!r:>10}" \\
        + 'cont'
    y = (1,
         2)
    return ...

class C:
\tpass
'''
for tok in tokenize.generate_tokens(io.StringIO(SOURCE).readline):
    print(token.tok_name[tok.type], repr(tok.string), tok.start, tok.end,
          token.tok_name[tok.exact_type] if tok.type == token.OP else "")

toks = list(tokenize.tokenize(io.BytesIO(b"# -*- coding: latin-1 -*-\nx = 'caf\xe9'\n").readline))
print(toks[0])
print([t.string for t in toks[1:]])
print(tokenize.detect_encoding(io.BytesIO(b"\xef\xbb\xbfx = 1\n").readline))
print(tokenize.detect_encoding(io.BytesIO(b"#!/usr/bin/env python\n# coding=utf-8\n").readline))
print([(t.type, t.string) for t in tokenize.generate_tokens(io.StringIO("x = 1").readline)])
print(repr(tokenize.generate_tokens(io.StringIO("a $ b\n").readline).__next__()))
print([t.string for t in tokenize.generate_tokens(io.StringIO("a $ b\n").readline)])
for bad in ["x = (1,\n", "s = '''abc\n", "if x:\n    a\n  b\n"]:
    try:
        list(tokenize.generate_tokens(io.StringIO(bad).readline))
    except (tokenize.TokenError, IndentationError) as e:
        print(type(e).__name__, e.args)
print(tokenize.untokenize([(token.NAME, "x"), (token.OP, "="), (token.NUMBER, "1"),
                           (token.NEWLINE, "\n")]), end="")
print(tokenize.untokenize(tokenize.generate_tokens(io.StringIO(SOURCE).readline)) == SOURCE)
print(token.ISTERMINAL(token.NAME), token.ISEOF(token.ENDMARKER), token.EXACT_TOKEN_TYPES["**="])
