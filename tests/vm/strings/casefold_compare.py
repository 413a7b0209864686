pairs = [("Straße", "STRASSE"), ("ΣΊΣΥΦΟΣ", "σίσυφος"), ("Hello", "hELLO"), ("ﬁle", "FILE"), ("İ", "i"), ("µ", "μ")]
for a, b in pairs:
    print(a, b, a.lower() == b.lower(), a.casefold() == b.casefold(), a.upper() == b.upper())
print("ΣΑΣ".lower(), "ὈΔΥΣΣΕΎΣ".lower(), "ǰ".upper(), len("ǰ".upper()))
print("ß".upper(), "ß".casefold(), "ẞ".lower(), "ŉ".upper())
print(sorted(["b", "A", "a", "B"], key=str.casefold))
