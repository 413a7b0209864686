# String equality between the process-wide strings (one-character ones, "" and the
# runtime's identifiers), strings interned by the program, names held by built-in types,
# and equal strings built at run time.


def built(s):
    return "".join(list(s))


class S(str):
    pass


names = [".", "X", "", "__init__", "bit_length", "setdefault", "append", "key", "plain text"]
for n in names:
    others = [built(n), n[:], str(n), S(n), n + "", (n + "?")[:-1] if n else n]
    print(repr(n), [n == o for o in others], [o == n for o in others], [n != o for o in others])
    print([o is n for o in others[:3]], hash(built(n)) == hash(n))

board = ["."] * 9
board[4] = "X"
print(board.count("."), "." in board, built(".") in board, "O" in board, board.index("X"))
print(["X", "O"].index(built("O")), {".": 1}[built(".")], {built("X"): 2}["X"])

# names of built-in types' attributes against the program's own strings
print([k for k in dir(int) if k == "bit_length"], "bit_length" in int.__dict__,
      built("bit_length") in int.__dict__, getattr(5, built("bit_length"))())
print({}.setdefault(built("k"), 1), getattr({}, "setdefault") is not None,
      sorted(k for k in dict.__dict__ if k in ("setdefault", built("keys"), "items")))
x = "."
for c in ".X.O":
    print(c == x, c == ".", x == c, c != "X", c < "O", c.__eq__(built(".")))
