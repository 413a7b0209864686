"""Token type numbers of the Python tokenizer (CPython 3.11's numbering)."""

__all__ = ["tok_name", "ISTERMINAL", "ISNONTERMINAL", "ISEOF"]

_NAMES = """ENDMARKER NAME NUMBER STRING NEWLINE INDENT DEDENT LPAR RPAR LSQB RSQB COLON
COMMA SEMI PLUS MINUS STAR SLASH VBAR AMPER LESS GREATER EQUAL DOT PERCENT LBRACE RBRACE
EQEQUAL NOTEQUAL LESSEQUAL GREATEREQUAL TILDE CIRCUMFLEX LEFTSHIFT RIGHTSHIFT DOUBLESTAR
PLUSEQUAL MINEQUAL STAREQUAL SLASHEQUAL PERCENTEQUAL AMPEREQUAL VBAREQUAL CIRCUMFLEXEQUAL
LEFTSHIFTEQUAL RIGHTSHIFTEQUAL DOUBLESTAREQUAL DOUBLESLASH DOUBLESLASHEQUAL AT ATEQUAL RARROW
ELLIPSIS COLONEQUAL OP AWAIT ASYNC TYPE_IGNORE TYPE_COMMENT SOFT_KEYWORD ERRORTOKEN COMMENT NL
ENCODING N_TOKENS""".split()

tok_name = {}
for _number, _name in enumerate(_NAMES):
    globals()[_name] = _number
    tok_name[_number] = _name
    __all__.append(_name)
NT_OFFSET = 256
tok_name[NT_OFFSET] = "NT_OFFSET"
__all__.append("NT_OFFSET")

# The operator spellings, each with its exact token type (in order of the types).
_OPERATORS = """( ) [ ] : , ; + - * / | & < > = . % { } == != <= >= ~ ^ << >> ** += -= *= /=
%= &= |= ^= <<= >>= **= // //= @ @= -> ... :=""".split()
EXACT_TOKEN_TYPES = {spelling: LPAR + i for i, spelling in enumerate(_OPERATORS)}
EXACT_TOKEN_TYPES["..."] = ELLIPSIS
EXACT_TOKEN_TYPES[":="] = COLONEQUAL
EXACT_TOKEN_TYPES = dict(sorted(EXACT_TOKEN_TYPES.items()))


def ISTERMINAL(x):
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    return x >= NT_OFFSET


def ISEOF(x):
    return x == ENDMARKER
