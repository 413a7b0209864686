/* _sre: the regular-expression matcher behind runtime/lib/re.py. Owner: modules/sre_*.c.
 *
 * re.py parses a pattern and compiles it into a *program*: a flat array of 32-bit words,
 * handed to _sre.compile() and kept as a bytes object. sre_match.c runs a program against
 * a str or bytes-like subject by backtracking with an explicit stack (never C recursion,
 * so long subjects cannot overflow the C stack).
 *
 * Program layout (word indices are absolute, header included):
 *   [0] nregs   registers: nslots capture slots, then lastindex, then 2 per counted repeat
 *   [1] nslots  2 * (groups + 1); slot 2g / 2g+1 = start / end of group g (-1: unset)
 *   [2] flags   SRE_HDR_*
 *   [3] prefix  a literal first character every match starts with, or SRE_NONE
 *   [4...]      instructions: an opcode word, then its operands, as listed below.
 *
 * _sre.compile() validates a program once and returns it as an SreProgram; matching trusts
 * it from then on. The program's SETs are numbered in their flags word (bits 16 and up, 0:
 * none) and each numbered one gets a bitmap of its members below 256 after the code.
 *
 * The opcode numbers are repeated in runtime/lib/re.py (class _Op); keep them in step. */
#ifndef SPRY_MODULES_SRE_H
#define SPRY_MODULES_SRE_H
#include "core/object.h"

typedef struct StrBuilder StrBuilder;
typedef struct BytesBuf BytesBuf;

#define SRE_HDR 4
#define SRE_NONE 0xFFFFFFFFu     /* "no prefix"; as a repeat maximum: unbounded */
#define SRE_HDR_ANCHORED 1       /* every match starts at the beginning of the string */
#define SRE_HDR_BYTES 2          /* a bytes pattern: bytes-like subjects only */

enum {
    SRE_FAIL = 0,          /*                        backtrack */
    SRE_MATCH = 1,         /*                        success (fullmatch: only at the end) */
    SRE_CHAR = 2,          /* c                      one code point equal to c */
    SRE_CHAR_I = 3,        /* c mode                 equal ignoring case (mode: SRE_CASE_*) */
    SRE_ANY = 4,           /*                        anything but '\n' */
    SRE_ANYALL = 5,        /*                        anything */
    SRE_SET = 6,           /* skip flags items...    a class; skip = words after `skip`;
                                                     flags: SRE_SET_* | case mode << 8 |
                                                     bitmap number << 16;
                                                     items: 0 lo hi (range) | 1 cat */
    SRE_AT = 7,            /* kind                   a zero-width assertion (SRE_AT_*) */
    SRE_SPLIT = 8,         /* x y                    go on at x; on failure, at y */
    SRE_JMP = 9,           /* x */
    SRE_SAVE = 10,         /* slot                   slot = position */
    SRE_RPT_INIT = 11,     /* r                      counter r = 0, mark r+1 = -1 */
    SRE_RPT_TEST = 12,     /* r min max greedy exit  enter the body (the next word) or exit */
    SRE_MARK = 13,         /* r                      reg r = position (body start) */
    SRE_RPT_NEXT = 14,     /* r loop exit            count an iteration; empty: leave */
    SRE_RPT1 = 15,         /* min max greedy next I  repeat the one-character item I */
    SRE_LOOK = 16,         /* kind width end         body follows, closed by LOOK_END */
    SRE_LOOK_END = 17,
    SRE_GROUPREF = 18,     /* g mode                 the text of group g again */
    SRE_GROUPREF_EXISTS = 19, /* g no                group g matched ? next : no */
};

enum { SRE_CASE_NONE = 0, SRE_CASE_ASCII = 1, SRE_CASE_UNICODE = 2 };

/* SRE_SET flags */
#define SRE_SET_NEG 1
#define SRE_SET_ASCII 2          /* categories in their ASCII meaning */

/* SRE_SET categories */
enum { SRE_CAT_DIGIT, SRE_CAT_NOT_DIGIT, SRE_CAT_SPACE, SRE_CAT_NOT_SPACE, SRE_CAT_WORD,
       SRE_CAT_NOT_WORD };

/* SRE_AT kinds */
enum { SRE_AT_BOS, SRE_AT_EOS, SRE_AT_BOL, SRE_AT_EOL, SRE_AT_EOS_NL, SRE_AT_WORDB,
       SRE_AT_NWORDB, SRE_AT_WORDB_A, SRE_AT_NWORDB_A };

/* SRE_LOOK kinds */
enum { SRE_LOOK_AHEAD, SRE_LOOK_NOT_AHEAD, SRE_LOOK_BEHIND, SRE_LOOK_NOT_BEHIND,
       SRE_LOOK_ATOMIC };

enum { SRE_MODE_MATCH, SRE_MODE_FULLMATCH, SRE_MODE_SEARCH };
/* or'ed into the mode: no empty match at pos itself (finditer/sub/split after an empty match) */
#define SRE_MODE_MUST_ADVANCE 4

/* The subject: code points `kind` bytes wide (1 for bytes-like subjects). */
typedef struct SreSubject {
    const void *data;
    int kind;
    intptr_t len;
} SreSubject;

/* A validated program: ncode words of code, then 8 words (256 bits) per numbered SET. */
typedef struct SreProgram {
    Object ob;
    size_t ncode;
    uint32_t words[];
} SreProgram;
extern Type sre_program_type;

/* The program of ncode words, validated (run cannot go out of bounds) and with its SETs'
 * bitmaps: a new SreProgram, or NULL with ValueError "invalid program" (or MemoryError). */
Object *sre_program_new(Thread *t, const uint32_t *code, size_t ncode);

/* The backtrack stack, kept between runs by callers that match many times. Zero it before
 * the first run; release it with sre_scratch_free. */
typedef struct SreScratch {
    void *stack;
    size_t cap;
} SreScratch;
void sre_scratch_free(SreScratch *s);

/* Runs prog on subj between pos and endpos. Returns 1 and fills regs[0..nregs) on a match,
 * 0 when there is none, -1 with an exception set (MemoryError). */
int sre_run(Thread *t, const SreProgram *prog, const SreSubject *subj, intptr_t pos, intptr_t endpos,
            int mode, intptr_t *regs, SreScratch *scratch);

/* ---- the objects (sre_pattern.c, sre_matchobj.c) ------------------------------------- */

/* re.Pattern: a compiled program with what re.py's parser learned about the pattern. */
typedef struct SrePattern {
    Object ob;
    Ref pattern;            /* the source, as given to re.compile (str or bytes) */
    intptr_t flags, groups;
    Object *groupindex;     /* dict: group name -> number */
    Object *indexgroup;     /* tuple: number -> name or None (groups + 1 items) */
    SreProgram *prog;
    bool isbytes;
    SreScratch scratch;     /* the backtrack stack, kept from run to run */
    Ref tpl_source;         /* the last sub() template parsed, and its parsed form */
    Object *tpl_parsed;
    Object *weakreflist;
} SrePattern;
extern Type sre_pattern_type, sre_match_type, sre_scanner_type;

/* re.Match: the capture slots of one successful run. */
typedef struct SreMatch {
    Object ob;
    SrePattern *pattern;
    Ref string;             /* the subject as given */
    intptr_t pos, endpos, lastindex;
    intptr_t nslots;
    intptr_t regs[];        /* start/end per group; -1: unset */
} SreMatch;

/* The subject of a run: a str, or any bytes-like object for a bytes pattern; TypeError
 * (CPython's messages) otherwise. subj is valid while string is alive and unmodified. */
bool sre_subject(Thread *t, const SrePattern *p, Ref string, SreSubject *subj);
/* Runs p over subj[pos:endpos] (clamped by the caller) in `mode`; regs holds code[0]
 * registers. 1 match, 0 none, -1 error. */
int sre_pattern_run(Thread *t, SrePattern *p, const SreSubject *subj, intptr_t pos, intptr_t endpos, int mode,
                    intptr_t *regs);
/* A new Match for registers regs of a run of p over string. */
Ref sre_match_new(Thread *t, SrePattern *p, Ref string, intptr_t pos, intptr_t endpos, const intptr_t *regs);
/* string[a:b] as str (str subjects) or bytes (bytes-like ones); None when a or b is -1. */
Ref sre_slice(Thread *t, Ref string, const SreSubject *subj, intptr_t a, intptr_t b);
/* re._parse_template(template, p): the list of literal pieces and group numbers. */
Object *sre_parse_template(Thread *t, SrePattern *p, Ref template);
/* Appends the expansion of a parsed template for the captures regs (of subj) to the str
 * builder sb (str subjects) or the byte buffer bb. *pieces counts the parts put, for
 * join's messages. false with an exception. */
bool sre_expand_into(Thread *t, Object *tpl, const intptr_t *regs, intptr_t nslots, Ref string,
                     const SreSubject *subj, StrBuilder *sb, BytesBuf *bb, intptr_t *pieces);

#endif
