#!/usr/bin/env python3
"""Generates Spry's Unicode character database from the Unicode Character Database files
of Debian's `unicode-data` package (/usr/share/unicode).

Usage: gen_unicode.py [--ucd DIR] [--version 14.0] OUT_DIR

Writes OUT_DIR/unicode_tables.h (per-code-point records for the str methods, read by
runtime/objects/unicode_db.c), OUT_DIR/unicodedata_tables.h (bidirectional classes, widths,
decompositions and compositions for runtime/modules/unicodedata.c) and
OUT_DIR/unicode_names.h (character names, aliases, named sequences, for
runtime/objects/unicode_names.c). Python 3 standard library only.

Debian ships a newer Unicode than the one CPython 3.11 answers with (14.0.0): every
property is restricted to the code points DerivedAge.txt says were assigned by --version;
later ones read as unassigned, and the few older characters whose properties changed
later are set back (LATER_ADDITIONS), so results equal CPython 3.11's
(tools/compare_unicodedata.py checks every code point).

unicode_tables.h layout:
  * one record per distinct combination of properties (unicode_records[]): category,
    flag bits, decimal/digit values, an index into the numeric-value table, and four case
    mappings (upper, lower, title, casefold). A mapping is a delta (cp + delta) unless the
    record has UDB_EXTENDED_CASE, in which case it is an offset into unicode_ext_case[],
    where a length n is followed by n code points ('ß'.upper() == 'SS').
  * a two-level index from code point to record: unicode_index2[(unicode_index1[cp >>
    SHIFT] << SHIFT) + (cp & MASK)]; SHIFT is chosen to minimise the table size.
"""
import bz2
import os
import sys

MAXCP = 0x110000

CATEGORIES = ["Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No",
              "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Zs",
              "Zl", "Zp", "Cc", "Cf", "Cs", "Co"]
BIDI_CLASSES = ["", "L", "LRE", "LRO", "R", "AL", "RLE", "RLO", "PDF", "EN", "ES", "ET",
                "AN", "CS", "NSM", "BN", "B", "S", "WS", "ON", "LRI", "RLI", "FSI", "PDI"]
WIDTHS = ["F", "H", "W", "Na", "A", "N"]
DECOMP_TAGS = ["", "<font>", "<noBreak>", "<initial>", "<medial>", "<final>", "<isolated>",
               "<circle>", "<super>", "<sub>", "<vertical>", "<wide>", "<narrow>", "<small>",
               "<square>", "<fraction>", "<compat>"]

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

# Ranges whose names are computed, not listed (CPython names exactly these).
CJK_RANGE_PREFIX = "<CJK Ideograph"


# Characters older than the target version that a later Unicode version added to a
# property (tools/compare_unicodedata.py finds them): taken out again for 14.0. Unicode
# 15.0 made these modifier letters Other_Lowercase, hence Lowercase and Cased.
LATER_ADDITIONS = {
    "Lowercase": {0x10FC, 0xA7F2, 0xA7F3, 0xA7F4, 0xAB69},
    "Cased": {0x10FC, 0xA7F2, 0xA7F3, 0xA7F4, 0xAB69},
}


class UCD:
    """The parsed data files, restricted to code points assigned by `version`."""

    def __init__(self, directory, version):
        self.dir = directory
        self.version = tuple(int(x) for x in version.split("."))
        self.assigned = self._assigned()
        self.data = self._unicode_data()
        self.core = self._properties("DerivedCoreProperties.txt")
        for prop, cps in LATER_ADDITIONS.items():
            self.core[prop] -= cps
        self.special = self._special_casing()
        self.folding = self._case_folding()
        self.unihan_numeric = self._unihan_numeric()
        self.widths = self._widths()
        self.exclusions = self._properties("DerivedNormalizationProps.txt").get(
            "Full_Composition_Exclusion", set())
        self.aliases = self._aliases()
        self.sequences = self._named_sequences()
        self.jamo = {int(f[0], 16): f[1] for f in self._lines("Jamo.txt")}

    def _lines(self, name):
        path = os.path.join(self.dir, name)
        opener = bz2.open if name.endswith(".bz2") else open
        with opener(path, "rt", encoding="utf-8") as f:
            for line in f:
                line = line.split("#", 1)[0].strip()
                if line:
                    yield [field.strip() for field in line.split(";")]

    @staticmethod
    def _span(text):
        if ".." in text:
            a, b = text.split("..")
            return range(int(a, 16), int(b, 16) + 1)
        return range(int(text, 16), int(text, 16) + 1)

    def _assigned(self):
        assigned = set()
        for fields in self._lines("DerivedAge.txt"):
            if tuple(int(x) for x in fields[1].split(".")) <= self.version:
                assigned.update(self._span(fields[0]))
        return assigned

    def _unicode_data(self):
        """cp -> the 15 fields of UnicodeData.txt (ranges expanded, names of range
        members left empty)."""
        data = {}
        first = None
        for fields in self._lines("UnicodeData.txt"):
            cp = int(fields[0], 16)
            name = fields[1]
            if name.endswith(", First>"):
                first = (cp, fields)
                continue
            if name.endswith(", Last>"):
                start, ffields = first
                label = ffields[1][1:-len(", First>")]
                for c in range(start, cp + 1):
                    if c in self.assigned:
                        data[c] = [ffields[0]] + ["<" + label + ">"] + ffields[2:]
                continue
            if cp in self.assigned:
                data[cp] = fields
        return data

    def _properties(self, name):
        props = {}
        for fields in self._lines(name):
            cps = [c for c in self._span(fields[0]) if c in self.assigned]
            props.setdefault(fields[1], set()).update(cps)
        return props

    def _special_casing(self):
        special = {}
        for fields in self._lines("SpecialCasing.txt"):
            if len(fields) > 5 and fields[4]:
                continue  # conditional mappings are not applied by str methods
            cp = int(fields[0], 16)
            if cp in self.assigned:
                special[cp] = [[int(x, 16) for x in f.split()] for f in fields[1:4]]
        return special

    def _case_folding(self):
        folding = {}
        for fields in self._lines("CaseFolding.txt"):
            cp = int(fields[0], 16)
            if fields[1] in ("C", "F") and cp in self.assigned:
                folding[cp] = [int(x, 16) for x in fields[2].split()]
        return folding

    def _unihan_numeric(self):
        values = {}
        for line in bz2.open(os.path.join(self.dir, "Unihan_NumericValues.txt.bz2"), "rt",
                             encoding="utf-8"):
            if line.startswith("U+"):
                cp, _, value = line.rstrip("\n").split("\t")
                cp = int(cp[2:], 16)
                if cp in self.assigned:
                    values[cp] = float(value)
        return values

    def _widths(self):
        widths = {}
        for fields in self._lines("EastAsianWidth.txt"):
            for c in self._span(fields[0]):
                if c in self.assigned:
                    widths[c] = fields[1]
        return widths

    def _aliases(self):
        return [(fields[1], int(fields[0], 16)) for fields in self._lines("NameAliases.txt")
                if int(fields[0], 16) in self.assigned]

    def _named_sequences(self):
        seqs = []
        for fields in self._lines("NamedSequences.txt"):
            cps = [int(x, 16) for x in fields[1].split()]
            if all(c in self.assigned for c in cps):
                seqs.append((fields[0], cps))
        return seqs


def numeric_value(text):
    if "/" in text:
        a, b = text.split("/")
        return float(int(a)) / float(int(b))
    return float(text)


def str_record(ucd, cp, numerics, ext, ext_index):
    """The str-method properties of cp: the tuple stored in unicode_records[]."""
    fields = ucd.data.get(cp)
    cat = fields[2] if fields else "Cn"
    bidi = fields[4] if fields else ""
    flags = 0
    if cat in ("Lu", "Ll", "Lt", "Lm", "Lo"):
        flags |= F_ALPHA
    dec = int(fields[6]) if fields and fields[6] else -1
    dig = int(fields[7]) if fields and fields[7] else -1
    num = numeric_value(fields[8]) if fields and fields[8] else ucd.unihan_numeric.get(cp)
    if dec >= 0:
        flags |= F_DECIMAL
    if dig >= 0:
        flags |= F_DIGIT
    numidx = 0xFFFF
    if num is not None:
        flags |= F_NUMERIC
        numidx = numerics.setdefault(num, len(numerics))
    core = ucd.core
    for prop, flag in (("Lowercase", F_LOWER), ("Uppercase", F_UPPER), ("XID_Start", F_XID_START),
                       ("XID_Continue", F_XID_CONTINUE), ("Cased", F_CASED),
                       ("Case_Ignorable", F_CASE_IGNORABLE)):
        if cp in core.get(prop, ()):
            flags |= flag
    if cat == "Lt":
        flags |= F_TITLE
    if cat == "Zs" or bidi in ("WS", "B", "S"):
        flags |= F_SPACE
    if cp == 0x20 or cat[0] not in "CZ":
        flags |= F_PRINTABLE
    if cp in LINEBREAKS:
        flags |= F_LINEBREAK

    def simple(index):
        return [int(fields[index], 16)] if fields and fields[index] else [cp]

    upper, lower = simple(12), simple(13)
    title = simple(14) if fields and fields[14] else upper
    if cp in ucd.special:
        lower, title, upper = ucd.special[cp]
    fold = ucd.folding.get(cp, [cp])  # characters CaseFolding.txt omits fold to themselves
    maps = [upper, lower, title, fold]
    if all(len(m) == 1 for m in maps):
        mapped = tuple(m[0] - cp for m in maps)
    else:
        flags |= F_EXTENDED_CASE
        mapped = []
        for m in maps:
            key = tuple(m)
            if key not in ext_index:
                ext_index[key] = len(ext)
                ext.append(len(key))
                ext.extend(key)
            mapped.append(ext_index[key])
        mapped = tuple(mapped)
    return (CATEGORIES.index(cat), flags, dec, dig, numidx) + mapped


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


CTYPES = {1: "uint8_t", 2: "uint16_t", 4: "uint32_t"}


def c_array(out, ctype, name, values, per_line=16):
    out.append("static const %s %s[%d] = {" % (ctype, name, max(1, len(values))))
    for i in range(0, len(values), per_line):
        out.append("    " + ",".join(str(v) for v in values[i:i + per_line]) + ",")
    if not values:
        out.append("    0,")
    out.append("};")


def c_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_str_tables(ucd, version, path):
    numerics = {}
    ext = [0]  # offset 0 unused so that a valid offset is never 0
    ext_index = {}
    records = {}
    record_list = []
    table = []
    for cp in range(MAXCP):
        rec = str_record(ucd, cp, numerics, ext, ext_index)
        idx = records.get(rec)
        if idx is None:
            idx = records[rec] = len(record_list)
            record_list.append(rec)
        table.append(idx)
    shift, index1, index2, w1, w2 = split_bins(table)
    out = ["/* generated by tools/gen_unicode.py from %s (Unicode %s subset) -- do not edit */"
           % (ucd.dir, version),
           "#define UDB_UNICODE_VERSION \"%s.0\"" % version,
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
    c_array(out, CTYPES[w1], "unicode_index1", index1, 32)
    c_array(out, CTYPES[w2], "unicode_index2", index2, 32)
    with open(path, "w") as f:
        f.write("\n".join(out) + "\n")


def write_ucd_tables(ucd, version, path, names_path):
    """Tables of the unicodedata module (runtime/modules/unicodedata.c) and the character
    names (runtime/objects/unicode_names.c)."""
    decomp = [0]  # offset 0: no decomposition
    decomp_index = {}
    records = {}
    record_list = []
    table = []
    for cp in range(MAXCP):
        fields = ucd.data.get(cp)
        d = 0
        if fields and fields[5]:
            parts = fields[5].split()
            tag = parts[0] if parts[0].startswith("<") else ""
            cps = [int(x, 16) for x in parts[1 if tag else 0:]]
            key = (DECOMP_TAGS.index(tag),) + tuple(cps)
            if key not in decomp_index:
                decomp_index[key] = len(decomp)
                decomp.append((key[0] << 8) | len(cps))
                decomp.extend(cps)
            d = decomp_index[key]
        if fields:
            rec = (BIDI_CLASSES.index(fields[4]), int(fields[3]),
                   WIDTHS.index(ucd.widths.get(cp, "N")), 1 if fields[9] == "Y" else 0, d)
        else:
            rec = (0, 0, 0, 0, 0)  # as CPython: an unassigned code point's width reads 'F'
        idx = records.get(rec)
        if idx is None:
            idx = records[rec] = len(record_list)
            record_list.append(rec)
        table.append(idx)
    shift, index1, index2, w1, w2 = split_bins(table)

    # Canonical compositions: pairs from two-code-point canonical decompositions, minus
    # the full composition exclusions; sorted by (first << 21 | second).
    pairs = []
    for cp, fields in ucd.data.items():
        parts = fields[5].split() if fields[5] else []
        if len(parts) == 2 and not parts[0].startswith("<") and cp not in ucd.exclusions:
            pairs.append(((int(parts[0], 16) << 21) | int(parts[1], 16), cp))
    pairs.sort()

    # Names, as sequences of word numbers (words are separated by single spaces).
    words = {}
    named = []
    for cp in sorted(ucd.data):
        name = ucd.data[cp][1]
        if name.startswith("<"):
            continue
        named.append((cp, [words.setdefault(w, len(words)) for w in name.split(" ")]))
    word_list = sorted(words, key=words.get)
    word_offsets = []
    pos = 0
    for w in word_list:
        word_offsets.append(pos)
        pos += len(w) + 1
    name_cps, name_offsets, name_data = [], [], []
    for cp, seq in named:
        name_cps.append(cp)
        name_offsets.append(len(name_data))
        name_data.append(len(seq))
        name_data.extend(seq)

    cjk_ranges = []
    for cp in sorted(ucd.data):
        if ucd.data[cp][1].startswith(CJK_RANGE_PREFIX):
            if cjk_ranges and cjk_ranges[-1][1] == cp - 1:
                cjk_ranges[-1][1] = cp
            else:
                cjk_ranges.append([cp, cp])

    out = ["/* generated by tools/gen_unicode.py from %s (Unicode %s subset) -- do not edit */"
           % (ucd.dir, version),
           "#define UCD_SHIFT %d" % shift, ""]
    out.append("static const char *const ucd_bidi_names[%d] = {%s};"
               % (len(BIDI_CLASSES), ", ".join('"%s"' % b for b in BIDI_CLASSES)))
    out.append("static const char *const ucd_width_names[%d] = {%s};"
               % (len(WIDTHS), ", ".join('"%s"' % w for w in WIDTHS)))
    out.append("static const char *const ucd_decomp_tags[%d] = {%s};"
               % (len(DECOMP_TAGS), ", ".join('"%s"' % t for t in DECOMP_TAGS)))
    out.append("static const UcdRecord ucd_records[%d] = {" % len(record_list))
    for rec in record_list:
        out.append("    {%d, %d, %d, %d, %d}," % rec)
    out.append("};")
    c_array(out, CTYPES[w1], "ucd_index1", index1, 32)
    c_array(out, CTYPES[w2], "ucd_index2", index2, 32)
    c_array(out, "uint32_t", "ucd_decomp", decomp)
    c_array(out, "uint64_t", "ucd_comp_keys", [p[0] for p in pairs], 8)
    c_array(out, "uint32_t", "ucd_comp_values", [p[1] for p in pairs])
    with open(path, "w") as f:
        f.write("\n".join(out) + "\n")

    out = ["/* generated by tools/gen_unicode.py from %s (Unicode %s subset) -- do not edit */"
           % (ucd.dir, version), ""]
    c_array(out, "uint32_t", "ucd_name_cps", name_cps)
    c_array(out, "uint32_t", "ucd_name_offsets", name_offsets)
    c_array(out, "uint16_t", "ucd_name_data", name_data, 24)
    c_array(out, "uint32_t", "ucd_word_offsets", word_offsets)
    out.append("static const char ucd_words[] =")
    chunk = []
    for w in word_list:
        chunk.append(w + "\\0")
        if len(chunk) == 12:
            out.append('    "%s"' % "".join(chunk))
            chunk = []
    out.append('    "%s";' % "".join(chunk))
    out.append("static const uint32_t ucd_cjk_ranges[%d][2] = {%s};"
               % (len(cjk_ranges), ", ".join("{%d, %d}" % tuple(r) for r in cjk_ranges)))
    out.append("static const struct { const char *name; uint32_t cp; } ucd_aliases[%d] = {"
               % len(ucd.aliases))
    for name, cp in ucd.aliases:
        out.append("    {%s, %d}," % (c_string(name), cp))
    out.append("};")
    seq_data = []
    out.append("static const struct { const char *name; uint16_t start, len; } "
               "ucd_sequences[%d] = {" % len(ucd.sequences))
    for name, cps in ucd.sequences:
        out.append("    {%s, %d, %d}," % (c_string(name), len(seq_data), len(cps)))
        seq_data.extend(cps)
    out.append("};")
    c_array(out, "uint32_t", "ucd_sequence_cps", seq_data)
    # Short names of the conjoining jamo, for the names of Hangul syllables.
    for label, first, count in (("l", 0x1100, 19), ("v", 0x1161, 21), ("t", 0x11A7, 28)):
        short = [ucd.jamo.get(first + i, "") for i in range(count)]
        out.append("static const char *const ucd_jamo_%s[%d] = {%s};"
                   % (label, count, ", ".join('"%s"' % n for n in short)))
    with open(names_path, "w") as f:
        f.write("\n".join(out) + "\n")


def main():
    args = sys.argv[1:]
    ucd_dir = "/usr/share/unicode"
    version = "14.0"
    while args and args[0].startswith("--"):
        opt = args.pop(0)
        if opt == "--ucd":
            ucd_dir = args.pop(0)
        elif opt == "--version":
            version = args.pop(0)
        else:
            sys.exit("unknown option " + opt)
    if len(args) != 1:
        sys.exit("usage: gen_unicode.py [--ucd DIR] [--version 14.0] OUT_DIR")
    ucd = UCD(ucd_dir, version)
    write_str_tables(ucd, version, os.path.join(args[0], "unicode_tables.h"))
    write_ucd_tables(ucd, version, os.path.join(args[0], "unicodedata_tables.h"),
                     os.path.join(args[0], "unicode_names.h"))


if __name__ == "__main__":
    main()
