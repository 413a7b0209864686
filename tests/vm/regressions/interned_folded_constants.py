# Constant strings that look like identifiers are interned, folded ones too ("ab" * 2),
# so they are the same object across code objects (and marshal flags them interned).
import marshal
import sys


def folded():
    return "ab" * 2


def literal():
    return "abab"


def spaced():
    return "a b" * 2


print(folded() is literal(), folded() is sys.intern("abab"))
print(spaced() == "a ba b")
print(marshal.dumps(folded()), marshal.dumps(("x" * 3, "x" * 3)))
