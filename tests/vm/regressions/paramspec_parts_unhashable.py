# P.args and P.kwargs compare equal for the same ParamSpec but cannot be hashed.
import typing

P = typing.ParamSpec('P')
Q = typing.ParamSpec('Q')
print(P.args == P.args, P.kwargs == P.kwargs, P.args == Q.args, P.args == P.kwargs)
for part in (P.args, P.kwargs):
    try:
        hash(part)
    except TypeError as e:
        print(e)
print(repr(P.args), repr(P.kwargs), P.args.__origin__ is P)
