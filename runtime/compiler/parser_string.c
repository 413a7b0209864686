/* parser_string.c — string literals: prefixes, escape decoding, implicit
 * concatenation, and f-strings (JoinedStr / FormattedValue) with the
 * Python 3.11 rules (the expression text of a replacement field cannot
 * contain a backslash or '#', nor reuse the enclosing quote). */
#include "compiler/parser_internal.h"

#include <stdlib.h>
#include <string.h>

/* ---- byte buffer ----------------------------------------------------------------- */

typedef struct Buf {
    char *data;
    size_t len, cap;
} Buf;

static void buf_put(Parser *p, Buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        while (cap < b->len + n + 1) cap *= 2;
        char *d = arena_alloc(p->arena, cap);
        if (b->len) memcpy(d, b->data, b->len);
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
}

static void buf_putc(Parser *p, Buf *b, char c) { buf_put(p, b, &c, 1); }

static void buf_put_cp(Parser *p, Buf *b, unsigned cp)
{
    char tmp[4];
    int n = tok_utf8_encode(cp, tmp);
    buf_put(p, b, tmp, (size_t)n);
}

/* ---- \N{...} names ------------------------------------------------------------
 * Generated data: the names (and a few aliases) of a small set of common
 * characters, taken from Unicode 14.0 (Python 3.11's unicodedata), sorted by
 * name; plus "CJK UNIFIED IDEOGRAPH-XXXX" computed. Other names need the full
 * Unicode name database: TODO(#parser-unicode-names) — the runtime's
 * unicodedata can provide it through ParseOptions.unicode_name_lookup. */
static int hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

typedef struct UName { const char *name; unsigned cp; } UName;
static const UName unicode_names[] = {
    {"ACTIVATE ARABIC FORM SHAPING", 0x206D}, {"ACTIVATE SYMMETRIC SWAPPING", 0x206B},
    {"ACUTE ACCENT", 0xB4}, {"ALERT", 0x7}, {"AMPERSAND", 0x26}, {"APOSTROPHE", 0x27},
    {"ASTERISK", 0x2A}, {"ASTERISM", 0x2042}, {"AUSTRAL SIGN", 0x20B3}, {"BACKSPACE", 0x8},
    {"BALLOT X", 0x2717}, {"BITCOIN SIGN", 0x20BF}, {"BLACK LEFTWARDS BULLET", 0x204C},
    {"BLACK RIGHTWARDS BULLET", 0x204D}, {"BLACK STAR", 0x2605},
    {"BOX DRAWINGS HEAVY HORIZONTAL", 0x2501}, {"BOX DRAWINGS HEAVY VERTICAL", 0x2503},
    {"BOX DRAWINGS LIGHT HORIZONTAL", 0x2500}, {"BOX DRAWINGS LIGHT VERTICAL", 0x2502},
    {"BROKEN BAR", 0xA6}, {"BULLET", 0x2022}, {"BYTE ORDER MARK", 0xFEFF}, {"CARET", 0x2038},
    {"CARET INSERTION POINT", 0x2041}, {"CARRIAGE RETURN", 0xD}, {"CEDI SIGN", 0x20B5},
    {"CEDILLA", 0xB8}, {"CENT SIGN", 0xA2}, {"CHARACTER TABULATION", 0x9},
    {"CHARACTER TIE", 0x2040}, {"CHECK MARK", 0x2713}, {"CIRCUMFLEX ACCENT", 0x5E},
    {"CLOSE UP", 0x2050}, {"COLON", 0x3A}, {"COLON SIGN", 0x20A1}, {"COMMA", 0x2C},
    {"COMMERCIAL AT", 0x40}, {"COMMERCIAL MINUS SIGN", 0x2052}, {"COPYRIGHT SIGN", 0xA9},
    {"CR", 0xD}, {"CRUZEIRO SIGN", 0x20A2}, {"CURRENCY SIGN", 0xA4}, {"DAGGER", 0x2020},
    {"DEGREE SIGN", 0xB0}, {"DELETE", 0x7F}, {"DIAERESIS", 0xA8}, {"DIGIT EIGHT", 0x38},
    {"DIGIT FIVE", 0x35}, {"DIGIT FOUR", 0x34}, {"DIGIT NINE", 0x39}, {"DIGIT ONE", 0x31},
    {"DIGIT SEVEN", 0x37}, {"DIGIT SIX", 0x36}, {"DIGIT THREE", 0x33}, {"DIGIT TWO", 0x32},
    {"DIGIT ZERO", 0x30}, {"DIVISION SIGN", 0xF7}, {"DOLLAR SIGN", 0x24}, {"DONG SIGN", 0x20AB},
    {"DOTTED CROSS", 0x205C}, {"DOUBLE DAGGER", 0x2021}, {"DOUBLE EXCLAMATION MARK", 0x203C},
    {"DOUBLE HIGH-REVERSED-9 QUOTATION MARK", 0x201F}, {"DOUBLE LOW LINE", 0x2017},
    {"DOUBLE LOW-9 QUOTATION MARK", 0x201E}, {"DOUBLE PRIME", 0x2033},
    {"DOUBLE QUESTION MARK", 0x2047}, {"DOUBLE VERTICAL LINE", 0x2016},
    {"DOWNWARDS ARROW", 0x2193}, {"DRACHMA SIGN", 0x20AF}, {"EM DASH", 0x2014},
    {"EM QUAD", 0x2001}, {"EM SPACE", 0x2003}, {"EN DASH", 0x2013}, {"EN QUAD", 0x2000},
    {"EN SPACE", 0x2002}, {"END OF LINE", 0xA}, {"EQUALS SIGN", 0x3D}, {"ESC", 0x1B},
    {"ESCAPE", 0x1B}, {"EURO SIGN", 0x20AC}, {"EURO-CURRENCY SIGN", 0x20A0},
    {"EXCLAMATION MARK", 0x21}, {"EXCLAMATION QUESTION MARK", 0x2049},
    {"FEMININE ORDINAL INDICATOR", 0xAA}, {"FIGURE DASH", 0x2012}, {"FIGURE SPACE", 0x2007},
    {"FIRST STRONG ISOLATE", 0x2068}, {"FIVE DOT PUNCTUATION", 0x2059},
    {"FLOWER PUNCTUATION MARK", 0x2055}, {"FORM FEED", 0xC}, {"FOUR DOT MARK", 0x205B},
    {"FOUR DOT PUNCTUATION", 0x2058}, {"FOUR-PER-EM SPACE", 0x2005}, {"FRACTION SLASH", 0x2044},
    {"FRENCH FRANC SIGN", 0x20A3}, {"FULL BLOCK", 0x2588}, {"FULL STOP", 0x2E},
    {"FUNCTION APPLICATION", 0x2061}, {"GERMAN PENNY SIGN", 0x20B0}, {"GRAVE ACCENT", 0x60},
    {"GREATER-THAN OR EQUAL TO", 0x2265}, {"GREATER-THAN SIGN", 0x3E},
    {"GREEK CAPITAL LETTER ALPHA", 0x391}, {"GREEK CAPITAL LETTER BETA", 0x392},
    {"GREEK CAPITAL LETTER CHI", 0x3A7}, {"GREEK CAPITAL LETTER DELTA", 0x394},
    {"GREEK CAPITAL LETTER EPSILON", 0x395}, {"GREEK CAPITAL LETTER ETA", 0x397},
    {"GREEK CAPITAL LETTER GAMMA", 0x393}, {"GREEK CAPITAL LETTER IOTA", 0x399},
    {"GREEK CAPITAL LETTER IOTA WITH DIALYTIKA", 0x3AA}, {"GREEK CAPITAL LETTER KAPPA", 0x39A},
    {"GREEK CAPITAL LETTER LAMDA", 0x39B}, {"GREEK CAPITAL LETTER MU", 0x39C},
    {"GREEK CAPITAL LETTER NU", 0x39D}, {"GREEK CAPITAL LETTER OMEGA", 0x3A9},
    {"GREEK CAPITAL LETTER OMICRON", 0x39F}, {"GREEK CAPITAL LETTER PHI", 0x3A6},
    {"GREEK CAPITAL LETTER PI", 0x3A0}, {"GREEK CAPITAL LETTER PSI", 0x3A8},
    {"GREEK CAPITAL LETTER RHO", 0x3A1}, {"GREEK CAPITAL LETTER SIGMA", 0x3A3},
    {"GREEK CAPITAL LETTER TAU", 0x3A4}, {"GREEK CAPITAL LETTER THETA", 0x398},
    {"GREEK CAPITAL LETTER UPSILON", 0x3A5},
    {"GREEK CAPITAL LETTER UPSILON WITH DIALYTIKA", 0x3AB}, {"GREEK CAPITAL LETTER XI", 0x39E},
    {"GREEK CAPITAL LETTER ZETA", 0x396}, {"GREEK SMALL LETTER ALPHA", 0x3B1},
    {"GREEK SMALL LETTER ALPHA WITH TONOS", 0x3AC}, {"GREEK SMALL LETTER BETA", 0x3B2},
    {"GREEK SMALL LETTER CHI", 0x3C7}, {"GREEK SMALL LETTER DELTA", 0x3B4},
    {"GREEK SMALL LETTER EPSILON", 0x3B5}, {"GREEK SMALL LETTER EPSILON WITH TONOS", 0x3AD},
    {"GREEK SMALL LETTER ETA", 0x3B7}, {"GREEK SMALL LETTER ETA WITH TONOS", 0x3AE},
    {"GREEK SMALL LETTER FINAL SIGMA", 0x3C2}, {"GREEK SMALL LETTER GAMMA", 0x3B3},
    {"GREEK SMALL LETTER IOTA", 0x3B9}, {"GREEK SMALL LETTER IOTA WITH TONOS", 0x3AF},
    {"GREEK SMALL LETTER KAPPA", 0x3BA}, {"GREEK SMALL LETTER LAMDA", 0x3BB},
    {"GREEK SMALL LETTER MU", 0x3BC}, {"GREEK SMALL LETTER NU", 0x3BD},
    {"GREEK SMALL LETTER OMEGA", 0x3C9}, {"GREEK SMALL LETTER OMICRON", 0x3BF},
    {"GREEK SMALL LETTER PHI", 0x3C6}, {"GREEK SMALL LETTER PI", 0x3C0},
    {"GREEK SMALL LETTER PSI", 0x3C8}, {"GREEK SMALL LETTER RHO", 0x3C1},
    {"GREEK SMALL LETTER SIGMA", 0x3C3}, {"GREEK SMALL LETTER TAU", 0x3C4},
    {"GREEK SMALL LETTER THETA", 0x3B8}, {"GREEK SMALL LETTER UPSILON", 0x3C5},
    {"GREEK SMALL LETTER UPSILON WITH DIALYTIKA AND TONOS", 0x3B0},
    {"GREEK SMALL LETTER XI", 0x3BE}, {"GREEK SMALL LETTER ZETA", 0x3B6},
    {"GRINNING FACE", 0x1F600}, {"GUARANI SIGN", 0x20B2}, {"HAIR SPACE", 0x200A},
    {"HEAVY CHECK MARK", 0x2714}, {"HORIZONTAL BAR", 0x2015}, {"HORIZONTAL ELLIPSIS", 0x2026},
    {"HRYVNIA SIGN", 0x20B4}, {"HYPHEN", 0x2010}, {"HYPHEN BULLET", 0x2043},
    {"HYPHEN-MINUS", 0x2D}, {"HYPHENATION POINT", 0x2027}, {"INDIAN RUPEE SIGN", 0x20B9},
    {"INFINITY", 0x221E}, {"INHIBIT ARABIC FORM SHAPING", 0x206C},
    {"INHIBIT SYMMETRIC SWAPPING", 0x206A}, {"INTERROBANG", 0x203D},
    {"INVERTED EXCLAMATION MARK", 0xA1}, {"INVERTED QUESTION MARK", 0xBF},
    {"INVERTED UNDERTIE", 0x2054}, {"INVISIBLE PLUS", 0x2064}, {"INVISIBLE SEPARATOR", 0x2063},
    {"INVISIBLE TIMES", 0x2062}, {"KIP SIGN", 0x20AD}, {"LARI SIGN", 0x20BE},
    {"LATIN CAPITAL LETTER A", 0x41}, {"LATIN CAPITAL LETTER A WITH ACUTE", 0xC1},
    {"LATIN CAPITAL LETTER A WITH CIRCUMFLEX", 0xC2},
    {"LATIN CAPITAL LETTER A WITH DIAERESIS", 0xC4},
    {"LATIN CAPITAL LETTER A WITH GRAVE", 0xC0},
    {"LATIN CAPITAL LETTER A WITH RING ABOVE", 0xC5},
    {"LATIN CAPITAL LETTER A WITH TILDE", 0xC3}, {"LATIN CAPITAL LETTER AE", 0xC6},
    {"LATIN CAPITAL LETTER B", 0x42}, {"LATIN CAPITAL LETTER C", 0x43},
    {"LATIN CAPITAL LETTER C WITH CEDILLA", 0xC7}, {"LATIN CAPITAL LETTER D", 0x44},
    {"LATIN CAPITAL LETTER E", 0x45}, {"LATIN CAPITAL LETTER E WITH ACUTE", 0xC9},
    {"LATIN CAPITAL LETTER E WITH CIRCUMFLEX", 0xCA},
    {"LATIN CAPITAL LETTER E WITH DIAERESIS", 0xCB},
    {"LATIN CAPITAL LETTER E WITH GRAVE", 0xC8}, {"LATIN CAPITAL LETTER ETH", 0xD0},
    {"LATIN CAPITAL LETTER F", 0x46}, {"LATIN CAPITAL LETTER G", 0x47},
    {"LATIN CAPITAL LETTER H", 0x48}, {"LATIN CAPITAL LETTER I", 0x49},
    {"LATIN CAPITAL LETTER I WITH ACUTE", 0xCD},
    {"LATIN CAPITAL LETTER I WITH CIRCUMFLEX", 0xCE},
    {"LATIN CAPITAL LETTER I WITH DIAERESIS", 0xCF},
    {"LATIN CAPITAL LETTER I WITH GRAVE", 0xCC}, {"LATIN CAPITAL LETTER J", 0x4A},
    {"LATIN CAPITAL LETTER K", 0x4B}, {"LATIN CAPITAL LETTER L", 0x4C},
    {"LATIN CAPITAL LETTER M", 0x4D}, {"LATIN CAPITAL LETTER N", 0x4E},
    {"LATIN CAPITAL LETTER N WITH TILDE", 0xD1}, {"LATIN CAPITAL LETTER O", 0x4F},
    {"LATIN CAPITAL LETTER O WITH ACUTE", 0xD3},
    {"LATIN CAPITAL LETTER O WITH CIRCUMFLEX", 0xD4},
    {"LATIN CAPITAL LETTER O WITH DIAERESIS", 0xD6},
    {"LATIN CAPITAL LETTER O WITH GRAVE", 0xD2}, {"LATIN CAPITAL LETTER O WITH STROKE", 0xD8},
    {"LATIN CAPITAL LETTER O WITH TILDE", 0xD5}, {"LATIN CAPITAL LETTER P", 0x50},
    {"LATIN CAPITAL LETTER Q", 0x51}, {"LATIN CAPITAL LETTER R", 0x52},
    {"LATIN CAPITAL LETTER S", 0x53}, {"LATIN CAPITAL LETTER T", 0x54},
    {"LATIN CAPITAL LETTER THORN", 0xDE}, {"LATIN CAPITAL LETTER U", 0x55},
    {"LATIN CAPITAL LETTER U WITH ACUTE", 0xDA},
    {"LATIN CAPITAL LETTER U WITH CIRCUMFLEX", 0xDB},
    {"LATIN CAPITAL LETTER U WITH DIAERESIS", 0xDC},
    {"LATIN CAPITAL LETTER U WITH GRAVE", 0xD9}, {"LATIN CAPITAL LETTER V", 0x56},
    {"LATIN CAPITAL LETTER W", 0x57}, {"LATIN CAPITAL LETTER X", 0x58},
    {"LATIN CAPITAL LETTER Y", 0x59}, {"LATIN CAPITAL LETTER Y WITH ACUTE", 0xDD},
    {"LATIN CAPITAL LETTER Z", 0x5A}, {"LATIN SMALL LETTER A", 0x61},
    {"LATIN SMALL LETTER A WITH ACUTE", 0xE1}, {"LATIN SMALL LETTER A WITH CIRCUMFLEX", 0xE2},
    {"LATIN SMALL LETTER A WITH DIAERESIS", 0xE4}, {"LATIN SMALL LETTER A WITH GRAVE", 0xE0},
    {"LATIN SMALL LETTER A WITH RING ABOVE", 0xE5}, {"LATIN SMALL LETTER A WITH TILDE", 0xE3},
    {"LATIN SMALL LETTER AE", 0xE6}, {"LATIN SMALL LETTER B", 0x62},
    {"LATIN SMALL LETTER C", 0x63}, {"LATIN SMALL LETTER C WITH CEDILLA", 0xE7},
    {"LATIN SMALL LETTER D", 0x64}, {"LATIN SMALL LETTER E", 0x65},
    {"LATIN SMALL LETTER E WITH ACUTE", 0xE9}, {"LATIN SMALL LETTER E WITH CIRCUMFLEX", 0xEA},
    {"LATIN SMALL LETTER E WITH DIAERESIS", 0xEB}, {"LATIN SMALL LETTER E WITH GRAVE", 0xE8},
    {"LATIN SMALL LETTER ETH", 0xF0}, {"LATIN SMALL LETTER F", 0x66},
    {"LATIN SMALL LETTER G", 0x67}, {"LATIN SMALL LETTER H", 0x68},
    {"LATIN SMALL LETTER I", 0x69}, {"LATIN SMALL LETTER I WITH ACUTE", 0xED},
    {"LATIN SMALL LETTER I WITH CIRCUMFLEX", 0xEE},
    {"LATIN SMALL LETTER I WITH DIAERESIS", 0xEF}, {"LATIN SMALL LETTER I WITH GRAVE", 0xEC},
    {"LATIN SMALL LETTER J", 0x6A}, {"LATIN SMALL LETTER K", 0x6B},
    {"LATIN SMALL LETTER L", 0x6C}, {"LATIN SMALL LETTER M", 0x6D},
    {"LATIN SMALL LETTER N", 0x6E}, {"LATIN SMALL LETTER N WITH TILDE", 0xF1},
    {"LATIN SMALL LETTER O", 0x6F}, {"LATIN SMALL LETTER O WITH ACUTE", 0xF3},
    {"LATIN SMALL LETTER O WITH CIRCUMFLEX", 0xF4},
    {"LATIN SMALL LETTER O WITH DIAERESIS", 0xF6}, {"LATIN SMALL LETTER O WITH GRAVE", 0xF2},
    {"LATIN SMALL LETTER O WITH STROKE", 0xF8}, {"LATIN SMALL LETTER O WITH TILDE", 0xF5},
    {"LATIN SMALL LETTER P", 0x70}, {"LATIN SMALL LETTER Q", 0x71},
    {"LATIN SMALL LETTER R", 0x72}, {"LATIN SMALL LETTER S", 0x73},
    {"LATIN SMALL LETTER SHARP S", 0xDF}, {"LATIN SMALL LETTER T", 0x74},
    {"LATIN SMALL LETTER THORN", 0xFE}, {"LATIN SMALL LETTER U", 0x75},
    {"LATIN SMALL LETTER U WITH ACUTE", 0xFA}, {"LATIN SMALL LETTER U WITH CIRCUMFLEX", 0xFB},
    {"LATIN SMALL LETTER U WITH DIAERESIS", 0xFC}, {"LATIN SMALL LETTER U WITH GRAVE", 0xF9},
    {"LATIN SMALL LETTER V", 0x76}, {"LATIN SMALL LETTER W", 0x77},
    {"LATIN SMALL LETTER X", 0x78}, {"LATIN SMALL LETTER Y", 0x79},
    {"LATIN SMALL LETTER Y WITH ACUTE", 0xFD}, {"LATIN SMALL LETTER Y WITH DIAERESIS", 0xFF},
    {"LATIN SMALL LETTER Z", 0x7A}, {"LEFT CURLY BRACKET", 0x7B},
    {"LEFT DOUBLE QUOTATION MARK", 0x201C}, {"LEFT PARENTHESIS", 0x28},
    {"LEFT RIGHT ARROW", 0x2194}, {"LEFT SINGLE QUOTATION MARK", 0x2018},
    {"LEFT SQUARE BRACKET", 0x5B}, {"LEFT SQUARE BRACKET WITH QUILL", 0x2045},
    {"LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xAB}, {"LEFT-TO-RIGHT EMBEDDING", 0x202A},
    {"LEFT-TO-RIGHT ISOLATE", 0x2066}, {"LEFT-TO-RIGHT MARK", 0x200E},
    {"LEFT-TO-RIGHT OVERRIDE", 0x202D}, {"LEFTWARDS ARROW", 0x2190},
    {"LESS-THAN OR EQUAL TO", 0x2264}, {"LESS-THAN SIGN", 0x3C}, {"LF", 0xA},
    {"LINE FEED", 0xA}, {"LINE SEPARATOR", 0x2028}, {"LINE TABULATION", 0xB},
    {"LIRA SIGN", 0x20A4}, {"LIVRE TOURNOIS SIGN", 0x20B6}, {"LOW ASTERISK", 0x204E},
    {"LOW LINE", 0x5F}, {"MACRON", 0xAF}, {"MANAT SIGN", 0x20BC},
    {"MASCULINE ORDINAL INDICATOR", 0xBA}, {"MEDIUM MATHEMATICAL SPACE", 0x205F},
    {"MICRO SIGN", 0xB5}, {"MIDDLE DOT", 0xB7}, {"MILL SIGN", 0x20A5}, {"MINUS SIGN", 0x2212},
    {"MULTIPLICATION SIGN", 0xD7}, {"NAIRA SIGN", 0x20A6}, {"NARROW NO-BREAK SPACE", 0x202F},
    {"NATIONAL DIGIT SHAPES", 0x206E}, {"NBSP", 0xA0}, {"NEW LINE", 0xA},
    {"NEW SHEQEL SIGN", 0x20AA}, {"NO-BREAK SPACE", 0xA0}, {"NOMINAL DIGIT SHAPES", 0x206F},
    {"NON-BREAKING HYPHEN", 0x2011}, {"NORDIC MARK SIGN", 0x20BB}, {"NORTH EAST ARROW", 0x2197},
    {"NORTH WEST ARROW", 0x2196}, {"NOT EQUAL TO", 0x2260}, {"NOT SIGN", 0xAC}, {"NUL", 0x0},
    {"NULL", 0x0}, {"NUMBER SIGN", 0x23}, {"ONE DOT LEADER", 0x2024}, {"OVERLINE", 0x203E},
    {"PARAGRAPH SEPARATOR", 0x2029}, {"PER MILLE SIGN", 0x2030},
    {"PER TEN THOUSAND SIGN", 0x2031}, {"PERCENT SIGN", 0x25}, {"PESETA SIGN", 0x20A7},
    {"PESO SIGN", 0x20B1}, {"PILCROW SIGN", 0xB6}, {"PILE OF POO", 0x1F4A9},
    {"PLUS SIGN", 0x2B}, {"PLUS-MINUS SIGN", 0xB1}, {"POP DIRECTIONAL FORMATTING", 0x202C},
    {"POP DIRECTIONAL ISOLATE", 0x2069}, {"POUND SIGN", 0xA3}, {"PRIME", 0x2032},
    {"PUNCTUATION SPACE", 0x2008}, {"QUADRUPLE PRIME", 0x2057},
    {"QUESTION EXCLAMATION MARK", 0x2048}, {"QUESTION MARK", 0x3F}, {"QUOTATION MARK", 0x22},
    {"REFERENCE MARK", 0x203B}, {"REGISTERED SIGN", 0xAE}, {"REPLACEMENT CHARACTER", 0xFFFD},
    {"REVERSE SOLIDUS", 0x5C}, {"REVERSED DOUBLE PRIME", 0x2036},
    {"REVERSED PILCROW SIGN", 0x204B}, {"REVERSED PRIME", 0x2035},
    {"REVERSED SEMICOLON", 0x204F}, {"REVERSED TRIPLE PRIME", 0x2037},
    {"RIGHT CURLY BRACKET", 0x7D}, {"RIGHT DOUBLE QUOTATION MARK", 0x201D},
    {"RIGHT PARENTHESIS", 0x29}, {"RIGHT SINGLE QUOTATION MARK", 0x2019},
    {"RIGHT SQUARE BRACKET", 0x5D}, {"RIGHT SQUARE BRACKET WITH QUILL", 0x2046},
    {"RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xBB}, {"RIGHT-TO-LEFT EMBEDDING", 0x202B},
    {"RIGHT-TO-LEFT ISOLATE", 0x2067}, {"RIGHT-TO-LEFT MARK", 0x200F},
    {"RIGHT-TO-LEFT OVERRIDE", 0x202E}, {"RIGHTWARDS ARROW", 0x2192}, {"RUBLE SIGN", 0x20BD},
    {"RUPEE SIGN", 0x20A8}, {"SECTION SIGN", 0xA7}, {"SEMICOLON", 0x3B}, {"SHY", 0xAD},
    {"SINGLE HIGH-REVERSED-9 QUOTATION MARK", 0x201B},
    {"SINGLE LEFT-POINTING ANGLE QUOTATION MARK", 0x2039},
    {"SINGLE LOW-9 QUOTATION MARK", 0x201A},
    {"SINGLE RIGHT-POINTING ANGLE QUOTATION MARK", 0x203A}, {"SIX-PER-EM SPACE", 0x2006},
    {"SNAKE", 0x1F40D}, {"SNOWMAN", 0x2603}, {"SOFT HYPHEN", 0xAD}, {"SOLIDUS", 0x2F},
    {"SOM SIGN", 0x20C0}, {"SOUTH EAST ARROW", 0x2198}, {"SOUTH WEST ARROW", 0x2199},
    {"SP", 0x20}, {"SPACE", 0x20}, {"SPESMILO SIGN", 0x20B7}, {"SUPERSCRIPT ONE", 0xB9},
    {"SUPERSCRIPT THREE", 0xB3}, {"SUPERSCRIPT TWO", 0xB2}, {"SWUNG DASH", 0x2053},
    {"TAB", 0x9}, {"TENGE SIGN", 0x20B8}, {"THIN SPACE", 0x2009},
    {"THREE DOT PUNCTUATION", 0x2056}, {"THREE-PER-EM SPACE", 0x2004}, {"TILDE", 0x7E},
    {"TIRONIAN SIGN ET", 0x204A}, {"TRIANGULAR BULLET", 0x2023}, {"TRICOLON", 0x205D},
    {"TRIPLE PRIME", 0x2034}, {"TUGRIK SIGN", 0x20AE}, {"TURKISH LIRA SIGN", 0x20BA},
    {"TWO ASTERISKS ALIGNED VERTICALLY", 0x2051}, {"TWO DOT LEADER", 0x2025},
    {"TWO DOT PUNCTUATION", 0x205A}, {"UNDERTIE", 0x203F}, {"UP DOWN ARROW", 0x2195},
    {"UPWARDS ARROW", 0x2191}, {"VERTICAL FOUR DOTS", 0x205E}, {"VERTICAL LINE", 0x7C},
    {"VULGAR FRACTION ONE HALF", 0xBD}, {"VULGAR FRACTION ONE QUARTER", 0xBC},
    {"VULGAR FRACTION THREE QUARTERS", 0xBE}, {"WHITE STAR", 0x2606}, {"WON SIGN", 0x20A9},
    {"WORD JOINER", 0x2060}, {"YEN SIGN", 0xA5}, {"ZERO WIDTH JOINER", 0x200D},
    {"ZERO WIDTH NO-BREAK SPACE", 0xFEFF}, {"ZERO WIDTH NON-JOINER", 0x200C},
    {"ZERO WIDTH SPACE", 0x200B}, {"ZWJ", 0x200D}, {"ZWNJ", 0x200C}, {"ZWSP", 0x200B},
};

static int lookup_unicode_name(Parser *p, const char *s, size_t n, unsigned *cp)
{
    if (p->opts->unicode_name_lookup && p->opts->unicode_name_lookup(p->opts->lookup_ctx, s, n, cp))
        return 1;
    /* CJK UNIFIED IDEOGRAPH-XXXX (Unicode 14.0 ranges) */
    static const char cjk[] = "CJK UNIFIED IDEOGRAPH-";
    size_t cl = sizeof cjk - 1;
    if ((n == cl + 4 || n == cl + 5)) {
        size_t j;
        for (j = 0; j < cl; j++) {
            char c = s[j];
            if (c >= 'a' && c <= 'z') c = (char)(c - 'a' + 'A');
            if (c != cjk[j]) break;
        }
        if (j == cl) {
            unsigned v = 0;
            for (; j < n; j++) {
                int h = hexval(s[j]);
                if (h < 0) return 0;
                v = v * 16 + (unsigned)h;
            }
            if ((v >= 0x3400 && v <= 0x4DBF) || (v >= 0x4E00 && v <= 0x9FFF) ||
                (v >= 0x20000 && v <= 0x2A6DF) || (v >= 0x2A700 && v <= 0x2B738) ||
                (v >= 0x2B740 && v <= 0x2B81D) || (v >= 0x2B820 && v <= 0x2CEA1) ||
                (v >= 0x2CEB0 && v <= 0x2EBE0) || (v >= 0x30000 && v <= 0x3134A)) {
                *cp = v;
                return 1;
            }
            return 0;
        }
    }
    for (size_t i = 0; i < sizeof unicode_names / sizeof unicode_names[0]; i++) {
        const char *nm = unicode_names[i].name;
        if (strlen(nm) != n) continue;
        size_t j;
        for (j = 0; j < n; j++) {
            char c = s[j];
            if (c >= 'a' && c <= 'z') c = (char)(c - 'a' + 'A');
            if (c != nm[j]) break;
        }
        if (j == n) {
            *cp = unicode_names[i].cp;
            return 1;
        }
    }
    return 0;
}

/* ---- escape decoding -------------------------------------------------------------- */

/* CPython 3.11 warns about the first invalid escape of each literal piece (a
 * DeprecationWarning); a warning turned into an error is a SyntaxError over the token.
 * `bad` points at the backslash. Returns 0 after raising an error. */
static int warn_invalid_escape(Parser *p, const PToken *tok, const char *bad, int octal)
{
    if (!p->opts->warn || bad <= p->escape_warned_upto) return 1;
    p->escape_warned_upto = bad;
    char msg[64];
    snprintf(msg, sizeof msg, "invalid %sescape sequence '\\%.*s'", octal ? "octal " : "", octal ? 3 : 1,
             bad + 1);
    if (p->opts->warn(p->opts->warn_ctx, TOK_WARN_DEPRECATION, msg, tok->t.lineno) == 0) return 1;
    raise_at(p, SYNERR_SYNTAX, tok->t.lineno, tok->t.col_offset, tok->t.end_lineno,
             tok->t.end_col_offset, "%s", msg);
    return 0;
}

/* Decode a (non-raw) literal piece s[0..n) of string token tok into b. is_bytes: bytes
 * escapes. Returns 0 after raising an error. */
static int decode_escapes(Parser *p, const PToken *tok, Buf *b, const char *s, size_t n, int is_bytes)
{
    const char *first_bad = NULL;
    int bad_octal = 0;
    size_t i = 0;
    while (i < n) {
        char c = s[i];
        if (c != '\\') {
            size_t j = i;
            while (j < n && s[j] != '\\') j++;
            buf_put(p, b, s + i, j - i);
            i = j;
            continue;
        }
        size_t esc = i;
        i++;
        if (i >= n) {
            /* trailing backslash (only reachable in f-string pieces) */
            buf_putc(p, b, '\\');
            break;
        }
        c = s[i++];
        switch (c) {
        case '\n': break;
        case '\\': buf_putc(p, b, '\\'); break;
        case '\'': buf_putc(p, b, '\''); break;
        case '"': buf_putc(p, b, '"'); break;
        case 'a': buf_putc(p, b, '\a'); break;
        case 'b': buf_putc(p, b, '\b'); break;
        case 'f': buf_putc(p, b, '\f'); break;
        case 'n': buf_putc(p, b, '\n'); break;
        case 'r': buf_putc(p, b, '\r'); break;
        case 't': buf_putc(p, b, '\t'); break;
        case 'v': buf_putc(p, b, '\v'); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            unsigned v = (unsigned)(c - '0');
            for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++) v = v * 8 + (unsigned)(s[i++] - '0');
            if (v > 0377 && !first_bad) {
                first_bad = s + esc;
                bad_octal = 1;
            }
            if (is_bytes) buf_putc(p, b, (char)(v & 0xFF));
            else buf_put_cp(p, b, v);
            break;
        }
        case 'x': case 'u': case 'U': {
            int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            if (is_bytes && c != 'x') {
                if (!first_bad) first_bad = s + esc;
                buf_putc(p, b, '\\');
                buf_putc(p, b, c);
                break;
            }
            unsigned v = 0;
            int k;
            for (k = 0; k < digits && i < n && hexval(s[i]) >= 0; k++) v = v * 16 + (unsigned)hexval(s[i++]);
            if (k < digits) {
                if (is_bytes) {
                    raise_last(p, SYNERR_SYNTAX, "(value error) invalid \\x escape at position %zu", esc);
                } else {
                    raise_last(p, SYNERR_SYNTAX,
                               "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                               "%zu-%zu: truncated \\%s escape",
                               esc, i - 1, c == 'x' ? "xXX" : c == 'u' ? "uXXXX" : "UXXXXXXXX");
                }
                return 0;
            }
            if (is_bytes) {
                buf_putc(p, b, (char)v);
            } else {
                if (v > 0x10FFFF) {
                    raise_last(p, SYNERR_SYNTAX,
                               "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                               "%zu-%zu: illegal Unicode character", esc, i - 1);
                    return 0;
                }
                buf_put_cp(p, b, v);
            }
            break;
        }
        case 'N':
            if (!is_bytes) {
                unsigned cp;
                if (i < n && s[i] == '{') {
                    size_t j = i + 1;
                    while (j < n && s[j] != '}') j++;
                    if (j < n && j > i + 1) {
                        if (lookup_unicode_name(p, s + i + 1, j - i - 1, &cp)) {
                            buf_put_cp(p, b, cp);
                            i = j + 1;
                            break;
                        }
                        raise_last(p, SYNERR_SYNTAX,
                                   "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                   "%zu-%zu: unknown Unicode character name", esc, j);
                        return 0;
                    }
                    raise_last(p, SYNERR_SYNTAX,
                               "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                               "%zu-%zu: malformed \\N character escape", esc, j < n ? i : n - 1);
                    return 0;
                }
                raise_last(p, SYNERR_SYNTAX,
                           "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                           "%zu-%zu: malformed \\N character escape", esc, i - 1);
                return 0;
            }
            if (!first_bad) first_bad = s + esc;
            buf_putc(p, b, '\\');
            buf_putc(p, b, c);
            break;
        default:
            /* invalid escape: kept as is, with a warning (not for a non-ASCII
             * character, which CPython's decoder sees as an escape of its own) */
            if (!first_bad && (unsigned char)c < 0x80) first_bad = s + esc;
            buf_putc(p, b, '\\');
            buf_putc(p, b, c);
            break;
        }
    }
    return first_bad ? warn_invalid_escape(p, tok, first_bad, bad_octal) : 1;
}

/* Check that s[0..n) is valid UTF-8 (as Python's strict decoder: no
 * surrogates, no overlong forms); raise the CPython error if not. */
static int check_utf8(Parser *p, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        unsigned c = u[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        int len;
        unsigned lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) len = 2;
        else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0) lo = 0xA0;
            if (c == 0xED) hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0) lo = 0x90;
            if (c == 0xF4) hi = 0x8F;
        } else {
            raise_last(p, SYNERR_SYNTAX, "(unicode error) 'utf-8' codec can't decode byte 0x%02x in "
                       "position %zu: invalid start byte", c, i);
            return 0;
        }
        for (int k = 1; k < len; k++) {
            if (i + (size_t)k >= n) {
                raise_last(p, SYNERR_SYNTAX, "(unicode error) 'utf-8' codec can't decode byte 0x%02x in "
                           "position %zu: unexpected end of data", c, i);
                return 0;
            }
            unsigned d = u[i + (size_t)k];
            if (d < (k == 1 ? lo : 0x80) || d > (k == 1 ? hi : 0xBF)) {
                raise_last(p, SYNERR_SYNTAX, "(unicode error) 'utf-8' codec can't decode byte 0x%02x in "
                           "position %zu: invalid continuation byte", c, i);
                return 0;
            }
        }
        i += (size_t)len;
    }
    return 1;
}

/* ---- tokens ------------------------------------------------------------------------ */

typedef struct StrTok {
    PToken *tok;
    int is_bytes, is_raw, is_f, is_u;
    const char *body, *body_end;  /* between the quotes */
} StrTok;

static void split_string_token(PToken *t, StrTok *s)
{
    const char *q = t->t.start;
    memset(s, 0, sizeof *s);
    s->tok = t;
    s->is_u = *q == 'u';
    while (*q != '\'' && *q != '"') {
        switch (*q) {
        case 'b': case 'B': s->is_bytes = 1; break;
        case 'r': case 'R': s->is_raw = 1; break;
        case 'f': case 'F': s->is_f = 1; break;
        default: break;
        }
        q++;
    }
    size_t qlen = (size_t)(t->t.end - q) >= 6 && q[0] == q[1] && q[1] == q[2] ? 3 : 1;
    s->body = q + qlen;
    s->body_end = t->t.end - qlen;
}

/* ---- f-strings ---------------------------------------------------------------------- */

typedef struct FState {
    Parser *p;
    PToken *first, *last;     /* whole concatenation: positions of parts */
    int kind_u;
    AstExprSeq values;
    int cap;
    Buf lit;                  /* pending literal text */
    int has_lit;
} FState;

static void set_whole_pos(FState *fs, AstExpr *e)
{
    e->lineno = fs->first->t.lineno;
    e->col_offset = fs->first->t.col_offset;
    e->end_lineno = fs->last->t.end_lineno;
    e->end_col_offset = fs->last->t.end_col_offset;
}

static void set_pos(AstExpr *e, PToken *first, PToken *last)
{
    e->lineno = first->t.lineno;
    e->col_offset = first->t.col_offset;
    e->end_lineno = last->t.end_lineno;
    e->end_col_offset = last->t.end_col_offset;
}

static AstExpr *str_constant_at(FState *fs, const char *data, size_t len, PToken *first, PToken *last)
{
    AstExpr *e = new_expr(fs->p, AST_Constant, NULL);
    set_pos(e, first, last);
    e->v.Constant.value.kind = AST_CONST_STR;
    e->v.Constant.value.s.data = data;
    e->v.Constant.value.s.len = len;
    e->v.Constant.kind = fs->kind_u ? "u" : NULL;
    return e;
}

static AstExpr *str_constant(FState *fs, const char *data, size_t len)
{
    return str_constant_at(fs, data, len, fs->first, fs->last);
}

/* Emit pending literal text as a Constant. CPython 3.11 positions it at the
 * whole concatenation when it precedes a replacement field, and at
 * (first, last) when it ends the literal (for a format spec: the token). */
static void flush_literal_at(FState *fs, AstExprSeq *vals, int *cap, Buf *lit, PToken *first, PToken *last)
{
    if (lit->len) {
        AstExpr *c = str_constant_at(fs, lit->data, lit->len, first, last);
        PUSH(fs->p, *vals, *cap, c);
    }
    lit->data = NULL;
    lit->len = lit->cap = 0;
}

static void flush_literal(FState *fs, AstExprSeq *vals, int *cap, Buf *lit)
{
    flush_literal_at(fs, vals, cap, lit, fs->first, fs->last);
}

/* The location of source pointer `ptr` inside string token t of parser p:
 * the real (file) line and byte column. */
static void locate(Parser *p, PToken *t, const char *ptr, int *line, int *col)
{
    int own_line = t->t.lineno - p->line_offset;
    const char *ls = t->t.line_start;
    for (const char *q = t->t.start; q < ptr; q++) {
        if (*q == '\n') {
            own_line++;
            ls = q + 1;
        }
    }
    *line = own_line + p->line_offset;
    *col = (int)(ptr - ls) + (own_line == 1 ? p->col_offset : 0);
}

static int fstring_parse(FState *fs, StrTok *st, const char **pos, const char *end, int recurse_lvl,
                         AstExprSeq *vals, int *cap, Buf *lit);

/* One replacement field; *pos is just after '{'. */
static int fstring_expr(FState *fs, StrTok *st, const char **pos, const char *end, int recurse_lvl,
                        AstExprSeq *vals, int *cap, Buf *lit)
{
    Parser *p = fs->p;
    const char *s = *pos;
    const char *brace = s - 1;
    if (recurse_lvl >= 2) {
        raise_last(p, SYNERR_SYNTAX, "f-string: expressions nested too deeply");
        return 0;
    }
    const char *expr_start = s;
    char quote = 0;
    int string_type = 0;
    int depth = 0;
    char parens[TOK_MAXLEVEL];
    char ch = 0;
    for (; s < end; s++) {
        ch = *s;
        if (ch == '\\') {
            raise_last(p, SYNERR_SYNTAX, "f-string expression part cannot include a backslash");
            return 0;
        }
        if (quote) {
            if (ch == quote) {
                if (string_type == 3) {
                    if (s + 2 < end && s[1] == ch && s[2] == ch) {
                        s += 2;
                        string_type = 0;
                        quote = 0;
                    }
                } else {
                    string_type = 0;
                    quote = 0;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (s + 2 < end && s[1] == ch && s[2] == ch) {
                string_type = 3;
                s += 2;
            } else {
                string_type = 1;
            }
            quote = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (depth >= TOK_MAXLEVEL) {
                raise_last(p, SYNERR_SYNTAX, "f-string: too many nested parenthesis");
                return 0;
            }
            parens[depth++] = ch;
        } else if (ch == '#') {
            raise_last(p, SYNERR_SYNTAX, "f-string expression part cannot include '#'");
            return 0;
        } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
            if (s + 1 < end) {
                char next = s[1];
                if ((ch == '!' && next == '=') || (ch == '=' && next == '=') ||
                    (ch == '<' && next == '=') || (ch == '>' && next == '=')) {
                    s++;
                    continue;
                }
            }
            if (ch == '>' || ch == '<') continue;
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (!depth) {
                raise_last(p, SYNERR_SYNTAX, "f-string: unmatched '%c'", ch);
                return 0;
            }
            char open = parens[--depth];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') || (open == '{' && ch == '}'))) {
                raise_last(p, SYNERR_SYNTAX,
                           "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", ch, open);
                return 0;
            }
        }
    }
    const char *expr_end = s;
    if (quote) {
        raise_last(p, SYNERR_SYNTAX, "f-string: unterminated string");
        return 0;
    }
    if (depth) {
        raise_last(p, SYNERR_SYNTAX, "f-string: unmatched '%c'", parens[depth - 1]);
        return 0;
    }
    if (s >= end) {
        raise_last(p, SYNERR_SYNTAX, "f-string: expecting '}'");
        return 0;
    }
    /* empty expression? */
    {
        const char *q = expr_start;
        while (q < expr_end && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\f' || *q == '\r')) q++;
        if (q == expr_end) {
            if (ch == '!' || ch == ':' || ch == '=')
                raise_last(p, SYNERR_SYNTAX, "f-string: expression required before '%c'", ch);
            else
                raise_last(p, SYNERR_SYNTAX, "f-string: empty expression not allowed");
            return 0;
        }
    }
    /* compile the expression: "(" at the position of '{' */
    int line, col;
    locate(p, st->tok, brace, &line, &col);
    {
        /* a newline right after '{' (only whitespace between) resets the column */
        const char *q = brace + 1;
        while (q < expr_end && (*q == ' ' || *q == '\t' || *q == '\f')) q++;
        if (q < expr_end && *q == '\n') col = 0;
    }
    p->fstring_depth++;
    AstExpr *value = fstring_compile_expr(p, expr_start, expr_end, line, col);
    p->fstring_depth--;
    if (!value) return 0;

    /* self-documenting '=' */
    int conversion = -1;
    int debug = 0;
    if (*s == '=') {
        debug = 1;
        s++;
        while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f' || *s == '\r')) s++;
        buf_put(p, lit, expr_start, (size_t)(s - expr_start));
        if (s >= end) {
            raise_last(p, SYNERR_SYNTAX, "f-string: expecting '}'");
            return 0;
        }
    }
    if (*s == '!') {
        s++;
        if (s >= end) {
            raise_last(p, SYNERR_SYNTAX, "f-string: expecting '}'");
            return 0;
        }
        char c = *s++;
        if (c != 's' && c != 'r' && c != 'a') {
            raise_last(p, SYNERR_SYNTAX, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            return 0;
        }
        conversion = c;
    }
    if (s >= end) {
        raise_last(p, SYNERR_SYNTAX, "f-string: expecting '}'");
        return 0;
    }
    AstExpr *spec = NULL;
    if (*s == ':') {
        s++;
        if (s >= end) {
            raise_last(p, SYNERR_SYNTAX, "f-string: expecting '}'");
            return 0;
        }
        AstExprSeq svals = {0};
        int scap = 0;
        Buf slit = {0};
        /* the format spec (and a literal part ending it) is positioned at
         * the current token, not the whole concatenation (CPython 3.11) */
        int ok = fstring_parse(fs, st, &s, end, recurse_lvl + 1, &svals, &scap, &slit);
        if (ok) {
            flush_literal_at(fs, &svals, &scap, &slit, st->tok, st->tok);
            spec = new_expr(p, AST_JoinedStr, NULL);
            set_pos(spec, st->tok, st->tok);
            spec->v.JoinedStr.values = svals;
        }
        if (!ok) return 0;
    }
    if (s >= end || *s != '}') {
        raise_last(p, SYNERR_SYNTAX, "f-string: expecting '}'");
        return 0;
    }
    s++;
    if (debug && conversion == -1 && !spec) conversion = 'r';
    /* emit pending literal (including the debug text) then the value */
    flush_literal(fs, vals, cap, lit);
    AstExpr *fv = new_expr(p, AST_FormattedValue, NULL);
    set_whole_pos(fs, fv);
    fv->v.FormattedValue.value = value;
    fv->v.FormattedValue.conversion = conversion;
    fv->v.FormattedValue.format_spec = spec;
    PUSH(p, *vals, *cap, fv);
    *pos = s;
    return 1;
}

/* Literal text and replacement fields until `end` (top level) or an
 * unmatched '}' (format spec). */
static int fstring_parse(FState *fs, StrTok *st, const char **pos, const char *end, int recurse_lvl,
                         AstExprSeq *vals, int *cap, Buf *lit)
{
    Parser *p = fs->p;
    const char *s = *pos;
    while (s < end) {
        const char *lstart = s;
        const char *lend = NULL;
        int doubled = 0;
        while (s < end) {
            char ch = *s++;
            if (!st->is_raw && ch == '\\' && s < end) {
                ch = *s++;
                if (ch == 'N') {
                    if (s < end && *s++ == '{') {
                        while (s < end && *s++ != '}') {}
                    }
                    continue;
                }
            }
            if (ch == '{' || ch == '}') {
                if (recurse_lvl == 0) {
                    if (s < end && *s == ch) {
                        lend = s;   /* keep one brace */
                        s++;
                        doubled = 1;
                        break;
                    }
                    if (ch == '}') {
                        raise_last(p, SYNERR_SYNTAX, "f-string: single '}' is not allowed");
                        return 0;
                    }
                }
                s--;
                break;
            }
        }
        if (!lend) lend = s;
        if (lend > lstart) {
            if (st->is_raw) buf_put(p, lit, lstart, (size_t)(lend - lstart));
            else if (!decode_escapes(p, st->tok, lit, lstart, (size_t)(lend - lstart), 0)) return 0;
        }
        if (doubled) continue;
        if (s >= end) break;
        if (*s == '}') {
            /* end of a format spec */
            break;
        }
        /* '{' */
        s++;
        if (!fstring_expr(fs, st, &s, end, recurse_lvl, vals, cap, lit)) return 0;
    }
    *pos = s;
    return 1;
}

/* ---- strings: STRING+ ---------------------------------------------------------------- */

AstExpr *p_strings(Parser *p)
{
    int start = p->pos;
    if (!at(p, TOK_STRING)) return NULL;
    int n = 0;
    while (ptok_is(p, start + n, TOK_STRING)) n++;
    p->pos = start + n;
    cur(p);   /* the token after the strings is fetched (error positions) */
    StrTok *toks = arena_alloc(p->arena, (size_t)n * sizeof *toks);
    int any_f = 0;
    for (int i = 0; i < n; i++) {
        split_string_token(ptok(p, start + i), &toks[i]);
        if (toks[i].is_f) any_f = 1;
    }
    FState fs;
    memset(&fs, 0, sizeof fs);
    fs.p = p;
    fs.first = toks[0].tok;
    fs.last = toks[n - 1].tok;
    fs.kind_u = toks[0].is_u;
    int bytesmode = toks[0].is_bytes;
    /* Tokens are processed in order, as CPython does: an error in an
     * earlier literal wins over a bytes/str mix with a later one. */
    AstExprSeq vals = {0};
    int cap = 0;
    Buf lit = {0};
    buf_put(p, &lit, "", 0);
    for (int i = 0; i < n; i++) {
        StrTok *st = &toks[i];
        if (st->is_bytes != bytesmode)
            return raise_last(p, SYNERR_SYNTAX, "cannot mix bytes and nonbytes literals");
        size_t blen = (size_t)(st->body_end - st->body);
        if (st->is_bytes) {
            for (const char *q = st->body; q < st->body_end; q++) {
                if ((unsigned char)*q >= 0x80) {
                    PToken *t = st->tok;
                    return raise_at(p, SYNERR_SYNTAX, t->t.lineno, t->t.col_offset, t->t.end_lineno,
                                    t->t.end_col_offset, "bytes can only contain ASCII literal characters");
                }
            }
            if (st->is_raw) buf_put(p, &lit, st->body, blen);
            else if (!decode_escapes(p, st->tok, &lit, st->body, blen, 1)) return NULL;
            continue;
        }
        if (!check_utf8(p, st->body, blen)) return NULL;
        if (!st->is_f) {
            if (st->is_raw) buf_put(p, &lit, st->body, blen);
            else if (!decode_escapes(p, st->tok, &lit, st->body, blen, 0)) return NULL;
            continue;
        }
        const char *s = st->body;
        if (!fstring_parse(&fs, st, &s, st->body_end, 0, &vals, &cap, &lit)) return NULL;
        if (s < st->body_end) {
            /* a '}' that closes nothing at top level */
            return raise_last(p, SYNERR_SYNTAX, "f-string: single '}' is not allowed");
        }
    }
    if (bytesmode) {
        AstExpr *e = new_expr(p, AST_Constant, NULL);
        set_whole_pos(&fs, e);
        e->v.Constant.value.kind = AST_CONST_BYTES;
        e->v.Constant.value.s.data = lit.data;
        e->v.Constant.value.s.len = lit.len;
        return e;
    }
    if (!any_f) return str_constant(&fs, lit.data, lit.len);
    flush_literal(&fs, &vals, &cap, &lit);
    AstExpr *e = new_expr(p, AST_JoinedStr, NULL);
    set_whole_pos(&fs, e);
    e->v.JoinedStr.values = vals;
    return e;
}
