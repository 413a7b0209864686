"""A realistic program: a tiny tokenizer and evaluator."""
from __future__ import annotations

import re
import sys
from collections import namedtuple
from dataclasses import dataclass, field
from typing import Iterator, Optional

Token = namedtuple("Token", "kind value pos")

TOKEN_RE = re.compile(r"""
    (?P<num>\d+(?:\.\d*)?)
  | (?P<op>[-+*/()])
  | (?P<ws>\s+)
""", re.VERBOSE)


class ParseError(Exception):
    def __init__(self, msg: str, pos: int) -> None:
        super().__init__(f"{msg} at {pos}")
        self.pos = pos


def tokenize(text: str) -> Iterator[Token]:
    pos = 0
    while pos < len(text):
        m = TOKEN_RE.match(text, pos)
        if not m:
            raise ParseError(f"unexpected {text[pos]!r}", pos)
        kind = m.lastgroup
        if kind != "ws":
            yield Token(kind, m.group(), pos)
        pos = m.end()


@dataclass
class Parser:
    tokens: list[Token]
    i: int = 0
    trace: list[str] = field(default_factory=list)

    def peek(self) -> Optional[Token]:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def next(self) -> Token:
        tok = self.peek()
        if tok is None:
            raise ParseError("unexpected end", -1)
        self.i += 1
        return tok

    def expr(self) -> float:
        value = self.term()
        while (tok := self.peek()) and tok.value in "+-":
            self.next()
            rhs = self.term()
            value = value + rhs if tok.value == "+" else value - rhs
        return value

    def term(self) -> float:
        value = self.factor()
        while (tok := self.peek()) and tok.value in "*/":
            self.next()
            rhs = self.factor()
            match tok.value:
                case "*":
                    value *= rhs
                case "/":
                    if rhs == 0:
                        raise ZeroDivisionError
                    value /= rhs
        return value

    def factor(self) -> float:
        tok = self.next()
        match tok:
            case Token(kind="num", value=v):
                return float(v)
            case Token(value="-"):
                return -self.factor()
            case Token(value="("):
                v = self.expr()
                if self.next().value != ")":
                    raise ParseError("expected )", tok.pos)
                return v
            case _:
                raise ParseError(f"bad token {tok.value!r}", tok.pos)


def main(argv: list[str] = sys.argv[1:]) -> int:
    for line in argv or ["1 + 2 * (3 - 4) / 5"]:
        try:
            print(f"{line} = {Parser(list(tokenize(line))).expr():.3g}")
        except (ParseError, ZeroDivisionError) as exc:
            print("error:", exc, file=sys.stderr)
            return 1
        finally:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
