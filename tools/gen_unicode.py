#!/usr/bin/env python3
"""Generates build/generated/unicode_tables.h: Spry's Unicode character database.

Usage: gen_unicode.py OUTPUT.h

The data comes from the host interpreter's `unicodedata` module and its str methods
(CPython 3.11 ships Unicode 14.0.0, the version Spry mirrors), so Spry's str methods agree
with CPython's character by character. Python 3 standard library only.

Layout (read by runtime/objects/unicode_db.c):
  * one record per distinct combination of properties (unicode_records[]): category,
    flag bits, decimal/digit values, an index into the numeric-value table, and four case
    mappings (upper, lower, title, casefold). A mapping is a delta (cp + delta) unless the
    record has UDB_EXTENDED_CASE, in which case it is an offset into unicode_ext_case[],
    where a length n is followed by n code points ('ß'.upper() == 'SS').
  * a two-level index from code point to record: unicode_index2[(unicode_index1[cp >>
    SHIFT] << SHIFT) + (cp & MASK)]; SHIFT is chosen to minimise the table size.
"""
import sys
import unicodedata

MAXCP = 0x110000

CATEGORIES = ["Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No",
              "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Zs",
              "Zl", "Zp", "Cc", "Cf", "Cs", "Co"]

# Must match unicode_db.h.
F_ALPHA = 1 << 0
F_DECIMAL = 1 << 1
F_DIGIT = 1 << 2
F_NUMERIC = 1 << 3
F_LOWER = 1 << 4
F_UPPER = 1 << 5
F_TITLE = 1 << 6
F_SPACE = 1 << 7
F_PRINTABLE = 1 << 8
F_XID_START = 1 << 9
F_XID_CONTINUE = 1 << 10
F_CASED = 1 << 11
F_CASE_IGNORABLE = 1 << 12
F_EXTENDED_CASE = 1 << 13
F_LINEBREAK = 1 << 14

LINEBREAKS = {0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029}


def props(cp, numerics, ext, ext_index):
    c = chr(cp)
    cat = unicodedata.category(c)
    flags = 0
    if cat in ("Lu", "Ll", "Lt", "Lm", "Lo"):
        flags |= F_ALPHA
    dec = unicodedata.decimal(c, -1)
    dig = unicodedata.digit(c, -1)
    num = unicodedata.numeric(c, None)
    if dec >= 0:
        flags |= F_DECIMAL
    if dig >= 0:
        flags |= F_DIGIT
    numidx = 0xFFFF
    if num is not None:
        flags |= F_NUMERIC
        if num not in numerics:
            numerics[num] = len(numerics)
        numidx = numerics[num]
    if c.islower():
        flags |= F_LOWER
    if c.isupper():
        flags |= F_UPPER
    if cat == "Lt":
        flags |= F_TITLE
    if c.isspace():
        flags |= F_SPACE
    if c.isprintable():
        flags |= F_PRINTABLE
    if c.isidentifier() and c != "_":
        flags |= F_XID_START
    if ("a" + c).isidentifier():
        flags |= F_XID_CONTINUE
    cased = c.islower() or c.isupper() or cat == "Lt"
    if cased:
        flags |= F_CASED
    # Case_Ignorable is not exposed by unicodedata: probe the final-sigma rule instead.
    # 'A' + c + 'Σ' lowers to a final 'ς' iff c is cased or case-ignorable.
    if not cased and ("A" + c + "\u03a3").lower()[-1] == "\u03c2":
        flags |= F_CASE_IGNORABLE
    if cp in LINEBREAKS:
        flags |= F_LINEBREAK
    maps = [c.upper(), c.lower(), c.title(), c.casefold()]
    if all(len(m) == 1 for m in maps):
        fields = tuple(ord(m) - cp for m in maps)
    else:
        flags |= F_EXTENDED_CASE
        fields = []
        for m in maps:
            key = tuple(ord(x) for x in m)
            if key not in ext_index:
                ext_index[key] = len(ext)
                ext.append(len(key))
                ext.extend(key)
            fields.append(ext_index[key])
        fields = tuple(fields)
    return (CATEGORIES.index(cat), flags, dec, dig, numidx) + fields


def split_bins(table):
    """Best two-level split of `table` (a list of small ints): (shift, index1, index2)."""
    best = None
    for shift in range(2, 13):
        size = 1 << shift
        blocks = {}
        index1 = []
        index2 = []
        for start in range(0, len(table), size):
            block = tuple(table[start:start + size])
            if block not in blocks:
                blocks[block] = len(index2) >> shift
                index2.extend(block)
            index1.append(blocks[block])
        w1 = 1 if max(index1) < 256 else 2 if max(index1) < 65536 else 4
        w2 = 1 if max(index2) < 256 else 2
        cost = len(index1) * w1 + len(index2) * w2
        if best is None or cost < best[0]:
            best = (cost, shift, index1, index2, w1, w2)
    return best[1:]


def c_array(out, ctype, name, values, per_line=16):
    out.append("static const %s %s[%d] = {" % (ctype, name, len(values)))
    for i in range(0, len(values), per_line):
        out.append("    " + ",".join(str(v) for v in values[i:i + per_line]) + ",")
    out.append("};")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: gen_unicode.py OUTPUT.h")
    numerics = {}
    ext = [0]  # offset 0 unused so that a valid offset is never 0
    ext_index = {}
    records = {}
    record_list = []
    table = []
    for cp in range(MAXCP):
        rec = props(cp, numerics, ext, ext_index)
        idx = records.get(rec)
        if idx is None:
            idx = records[rec] = len(record_list)
            record_list.append(rec)
        table.append(idx)
    shift, index1, index2, w1, w2 = split_bins(table)
    ctypes = {1: "uint8_t", 2: "uint16_t", 4: "uint32_t"}

    out = ["/* generated by tools/gen_unicode.py from the host's unicodedata %s -- do not edit */"
           % unicodedata.unidata_version,
           "#define UDB_UNICODE_VERSION \"%s\"" % unicodedata.unidata_version,
           "#define UDB_SHIFT %d" % shift,
           "#define UDB_NUMERIC_NONE 0xFFFF",
           ""]
    out.append("static const char *const unicode_category_names[%d] = {%s};"
               % (len(CATEGORIES), ", ".join('"%s"' % c for c in CATEGORIES)))
    out.append("static const UnicodeRecord unicode_records[%d] = {" % len(record_list))
    for rec in record_list:
        out.append("    {%d, %d, %d, %d, %d, %d, %d, %d, %d}," % rec)
    out.append("};")
    nums = sorted(numerics.items(), key=lambda kv: kv[1])
    out.append("static const double unicode_numeric_values[%d] = {" % max(1, len(nums)))
    for value, _ in nums:
        out.append("    %r," % float(value))
    out.append("};")
    c_array(out, "uint32_t", "unicode_ext_case", ext)
    c_array(out, ctypes[w1], "unicode_index1", index1, 32)
    c_array(out, ctypes[w2], "unicode_index2", index2, 32)
    with open(sys.argv[1], "w") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
