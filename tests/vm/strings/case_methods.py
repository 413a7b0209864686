for s in ["hello world", "HELLO", "Hello World", "hELLO wORLD", "123abc", "", "ß straße", "ǅungla", "ﬁve", "İstanbul"]:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.capitalize()), repr(s.title()), repr(s.swapcase()), repr(s.casefold()))
print("they're bill's friends".title())
print("a1b2 c3".title(), "ÉCOLE".lower(), "ﬀ".upper())
