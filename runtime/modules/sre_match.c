/* The backtracking matcher of _sre (see sre.h for the program format).
 *
 * State: a position, a program counter and the registers (capture slots, lastindex, the
 * counters and marks of counted repeats). Every change to a register pushes its old value
 * (a RESTORE entry) on the backtrack stack; choices push CHOICE entries; failing pops the
 * stack, undoing registers, until it finds a choice to resume. Repeats of one character
 * keep a single entry for all their give-back positions. Lookarounds and atomic groups
 * push a BARRIER: when their body succeeds, the choices above the barrier are cut (their
 * RESTORE entries are kept, so failing later still undoes the body's captures); when the
 * body fails, popping the barrier decides (a negative lookaround then succeeds). */
#include <string.h>

#include "modules/sre.h"
#include "objects/unicode_db.h"
#include "spry.h"

enum { E_CHOICE, E_RESTORE, E_GREEDY1, E_LAZY1, E_BARRIER };

typedef struct Entry {
    int32_t kind;
    uint32_t pc;       /* CHOICE: resume pc; RESTORE: register; GREEDY1: next pc;
                          LAZY1 / BARRIER: pc of the RPT1 / LOOK instruction */
    intptr_t a, b;     /* CHOICE: pos; RESTORE: old value; GREEDY1: lowest, current end;
                          LAZY1: current end, iterations left; BARRIER: pos, outer barrier */
} Entry;

typedef struct Machine {
    Thread *t;
    const uint32_t *code;
    const uint32_t *bitmaps; /* of the numbered SETs, 8 words each (number 1 first) */
    const void *data;
    int kind;
    intptr_t end;      /* endpos: the subject ends here for every assertion */
    intptr_t *regs;
    Entry *stack;
    size_t sp, cap;
} Machine;

static inline uint32_t ch_at(const Machine *m, intptr_t i) { return str_read(m->kind, m->data, i); }

static uint32_t simple_lower(uint32_t c) {
    if (c < 128) return c >= 'A' && c <= 'Z' ? c + 32 : c;
    uint32_t out[3];
    unicode_to_lower(c, out);
    return out[0];
}

static uint32_t simple_upper(uint32_t c) {
    if (c < 128) return c >= 'a' && c <= 'z' ? c - 32 : c;
    uint32_t out[3];
    return unicode_to_upper(c, out) == 1 ? out[0] : c;
}

static inline uint32_t ascii_lower(uint32_t c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

/* Lowercase letters that share their uppercase with other lowercase letters (Unicode 14.0):
 * IGNORECASE takes the letters of a group for one another (dotless i for i, long s for s,
 * the Greek symbol forms, ...). Each row ends with 0. */
static const uint32_t case_groups[][4] = {
    {0x0069, 0x0131}, {0x0073, 0x017F}, {0x00B5, 0x03BC}, {0x0345, 0x03B9, 0x1FBE}, {0x03B2, 0x03D0},
    {0x03B5, 0x03F5}, {0x03B8, 0x03D1}, {0x03BA, 0x03F0}, {0x03C0, 0x03D6}, {0x03C1, 0x03F1},
    {0x03C2, 0x03C3}, {0x03C6, 0x03D5}, {0x0432, 0x1C80}, {0x0434, 0x1C81}, {0x043E, 0x1C82},
    {0x0441, 0x1C83}, {0x0442, 0x1C84, 0x1C85}, {0x044A, 0x1C86}, {0x0463, 0x1C87}, {0x1C88, 0xA64B},
    {0x1E61, 0x1E9B}, {0x0390, 0x1FD3}, {0x03B0, 0x1FE3}, {0xFB05, 0xFB06},
};

/* The group of lowercase letter lc, or NULL. */
static const uint32_t *case_group(uint32_t lc) {
    if (lc < 0x69 || (lc > 0x73 && lc < 0xB5)) return NULL;
    for (size_t g = 0; g < sizeof case_groups / sizeof case_groups[0]; g++)
        for (int k = 0; k < 4 && case_groups[g][k]; k++)
            if (case_groups[g][k] == lc) return case_groups[g];
    return NULL;
}

static bool same_ignoring_case(uint32_t a, uint32_t b, uint32_t mode) {
    if (a == b) return true;
    if (mode == SRE_CASE_ASCII) return ascii_lower(a) == ascii_lower(b);
    if (mode != SRE_CASE_UNICODE) return false;
    uint32_t la = simple_lower(a), lb = simple_lower(b);
    if (la == lb) return true;
    const uint32_t *g = case_group(la);
    for (int k = 0; g && k < 4 && g[k]; k++)
        if (g[k] == lb) return true;
    return false;
}

static bool is_word(uint32_t c, bool ascii) {
    if (c < 128) return c == '_' || (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z');
    return !ascii && unicode_isalnum(c);
}

static bool in_category(uint32_t c, uint32_t cat, bool ascii) {
    bool r;
    switch (cat / 2) {
    case 0: r = ascii || c < 128 ? (c >= '0' && c <= '9') : unicode_isdecimal(c); break;
    case 1:
        r = ascii || c < 128 ? (c == ' ' || (c >= '\t' && c <= '\r') || (!ascii && c >= 0x1c && c <= 0x1f))
                             : unicode_isspace(c);
        break;
    default: r = is_word(c, ascii); break;
    }
    return (cat & 1) ? !r : r;
}

/* Does class `pc` (at its SRE_SET word) contain c? */
static bool set_has(const uint32_t *code, uint32_t pc, uint32_t c, uint32_t icase) {
    uint32_t end = pc + 2 + code[pc + 1], flags = code[pc + 2];
    bool ascii = (flags & SRE_SET_ASCII) != 0;
    uint32_t alt[6] = {c}; /* c and the letters IGNORECASE takes for it */
    int nalt = 1;
    if (icase == SRE_CASE_ASCII) {
        alt[1] = ascii_lower(c);
        alt[2] = c >= 'a' && c <= 'z' ? c - 32 : c;
        nalt = 3;
    } else if (icase == SRE_CASE_UNICODE) {
        alt[1] = simple_lower(c);
        alt[2] = simple_upper(c);
        nalt = 3;
        const uint32_t *g = case_group(alt[1]);
        for (int k = 0; g && k < 4 && g[k]; k++) alt[nalt++] = g[k];
    }
    bool found = false;
    for (uint32_t i = pc + 3; i < end && !found;) {
        if (code[i] == 0) {
            for (int k = 0; k < nalt; k++)
                if (alt[k] >= code[i + 1] && alt[k] <= code[i + 2]) found = true;
            i += 3;
        } else {
            found = in_category(c, code[i + 1], ascii);
            i += 2;
        }
    }
    return (flags & SRE_SET_NEG) ? !found : found;
}

static inline bool one_char(const Machine *m, uint32_t pc, uint32_t c) {
    const uint32_t *code = m->code;
    switch (code[pc]) {
    case SRE_CHAR: return c == code[pc + 1];
    case SRE_CHAR_I: return same_ignoring_case(c, code[pc + 1], code[pc + 2]);
    case SRE_ANY: return c != '\n';
    case SRE_ANYALL: return true;
    default: {
        uint32_t flags = code[pc + 2], map = flags >> 16;
        if (c < 256 && map) return (m->bitmaps[8 * (map - 1) + c / 32] >> (c % 32)) & 1;
        return set_has(code, pc, c, (flags >> 8) & 0xFF);
    }
    }
}

static bool grow(Machine *m) {
    size_t nc = m->cap ? m->cap * 2 : 64;
    Entry *ns = mem_realloc(m->t, m->stack, nc * sizeof(Entry));
    if (!ns) return false;
    m->stack = ns;
    m->cap = nc;
    return true;
}

static inline bool push(Machine *m, int32_t kind, uint32_t pc, intptr_t a, intptr_t b) {
    if (m->sp == m->cap && !grow(m)) return false;
    Entry *e = &m->stack[m->sp++];
    e->kind = kind;
    e->pc = pc;
    e->a = a;
    e->b = b;
    return true;
}

static inline bool set_reg(Machine *m, uint32_t r, intptr_t v) {
    if (m->regs[r] == v) return true;
    if (!push(m, E_RESTORE, r, m->regs[r], 0)) return false;
    m->regs[r] = v;
    return true;
}

static bool at_assert(const Machine *m, uint32_t kind, intptr_t pos) {
    switch (kind) {
    case SRE_AT_BOS: return pos == 0;
    case SRE_AT_EOS: return pos == m->end;
    case SRE_AT_BOL: return pos == 0 || ch_at(m, pos - 1) == '\n';
    case SRE_AT_EOL: return pos == m->end || ch_at(m, pos) == '\n';
    case SRE_AT_EOS_NL: return pos == m->end || (pos == m->end - 1 && ch_at(m, pos) == '\n');
    default: {
        if (m->end == 0) return false;
        bool ascii = kind >= SRE_AT_WORDB_A;
        bool before = pos > 0 && is_word(ch_at(m, pos - 1), ascii);
        bool after = pos < m->end && is_word(ch_at(m, pos), ascii);
        bool boundary = before != after;
        return (kind == SRE_AT_WORDB || kind == SRE_AT_WORDB_A) ? boundary : !boundary;
    }
    }
}

/* How many characters from pos on (at most limit) the one-character item at pc matches. */
static intptr_t count_run(const Machine *m, uint32_t item, intptr_t pos, intptr_t limit) {
    const uint32_t *code = m->code;
    intptr_t n = 0;
    uint32_t map = code[item] == SRE_SET ? code[item + 2] >> 16 : 0;
    if (code[item] == SRE_ANYALL) return limit;
    if (map && m->kind == 1) { /* the common case: a class over Latin-1 text */
        const uint32_t *bits = m->bitmaps + 8 * (map - 1);
        const uint8_t *d = (const uint8_t *)m->data + pos;
        while (n < limit && ((bits[d[n] / 32] >> (d[n] % 32)) & 1)) n++;
        return n;
    }
    while (n < limit && one_char(m, item, ch_at(m, pos + n))) n++;
    return n;
}

/* One attempt at `start`, with every register but regs[0] unset (-1), as a failed attempt
 * leaves them: 1 match, 0 none, -1 error. */
static int run_at(Machine *m, intptr_t start, int mode, bool forbid_empty, uint32_t nslots) {
    const uint32_t *code = m->code;
    intptr_t *regs = m->regs;
    m->sp = 0;
    intptr_t pos = start, end = m->end, barrier = -1;
    uint32_t pc = SRE_HDR;
    regs[0] = start;
    for (;;) {
        switch (code[pc]) {
        case SRE_MATCH:
            if (mode == SRE_MODE_FULLMATCH && pos != end) goto fail;
            if (forbid_empty && pos == start) goto fail;
            regs[1] = pos;
            return 1;
        case SRE_CHAR:
        case SRE_CHAR_I:
        case SRE_ANY:
        case SRE_ANYALL:
        case SRE_SET:
            if (pos >= end || !one_char(m, pc, ch_at(m, pos))) goto fail;
            pos++;
            pc += code[pc] == SRE_SET ? 2 + code[pc + 1] : code[pc] == SRE_CHAR_I ? 3 : code[pc] == SRE_CHAR ? 2 : 1;
            continue;
        case SRE_AT:
            if (!at_assert(m, code[pc + 1], pos)) goto fail;
            pc += 2;
            continue;
        case SRE_SPLIT:
            if (!push(m, E_CHOICE, code[pc + 2], pos, 0)) return -1;
            pc = code[pc + 1];
            continue;
        case SRE_JMP:
            pc = code[pc + 1];
            continue;
        case SRE_SAVE: {
            uint32_t slot = code[pc + 1];
            if (!set_reg(m, slot, pos)) return -1;
            if ((slot & 1) && slot > 1 && !set_reg(m, nslots, slot / 2)) return -1;
            pc += 2;
            continue;
        }
        case SRE_RPT_INIT:
            if (!set_reg(m, code[pc + 1], 0) || !set_reg(m, code[pc + 1] + 1, -1)) return -1;
            pc += 2;
            continue;
        case SRE_RPT_TEST: {
            intptr_t c = regs[code[pc + 1]];
            uint32_t min = code[pc + 2], max = code[pc + 3], exit = code[pc + 5];
            if (c < (intptr_t)min) {
                pc += 6;
            } else if (max != SRE_NONE && c >= (intptr_t)max) {
                pc = exit;
            } else if (code[pc + 4]) {
                if (!push(m, E_CHOICE, exit, pos, 0)) return -1;
                pc += 6;
            } else {
                if (!push(m, E_CHOICE, pc + 6, pos, 0)) return -1;
                pc = exit;
            }
            continue;
        }
        case SRE_MARK:
            if (!set_reg(m, code[pc + 1], pos)) return -1;
            pc += 2;
            continue;
        case SRE_RPT_NEXT: {
            uint32_t r = code[pc + 1];
            bool empty = regs[r + 1] == pos;
            if (!set_reg(m, r, regs[r] + 1)) return -1;
            pc = empty ? code[pc + 3] : code[pc + 2];
            continue;
        }
        case SRE_RPT1: {
            uint32_t min = code[pc + 1], max = code[pc + 2], next = code[pc + 4], item = pc + 5;
            intptr_t limit = end - pos;
            if (max != SRE_NONE && (intptr_t)max < limit) limit = max;
            if ((intptr_t)min > limit) goto fail;
            intptr_t n = 0;
            if (code[pc + 3]) {
                n = count_run(m, item, pos, limit);
                if (n < (intptr_t)min) goto fail;
                if (n > (intptr_t)min && !push(m, E_GREEDY1, next, pos + min, pos + n)) return -1;
            } else {
                while (n < (intptr_t)min && one_char(m, item, ch_at(m, pos + n))) n++;
                if (n < (intptr_t)min) goto fail;
                if (limit > n && !push(m, E_LAZY1, pc, pos + n, limit - n)) return -1;
            }
            pos += n;
            pc = next;
            continue;
        }
        case SRE_LOOK: {
            uint32_t kind = code[pc + 1], width = code[pc + 2];
            if (!push(m, E_BARRIER, pc, pos, barrier)) return -1;
            barrier = (intptr_t)m->sp - 1;
            if (kind == SRE_LOOK_BEHIND || kind == SRE_LOOK_NOT_BEHIND) {
                if (pos < (intptr_t)width) goto fail; /* pops the barrier: the body failed */
                pos -= width;
            }
            pc += 4;
            continue;
        }
        case SRE_LOOK_END: {
            if (barrier < 0) goto fail; /* no open lookaround (only in a malformed program) */
            Entry *b = &m->stack[barrier];
            uint32_t lpc = b->pc, kind = code[lpc + 1];
            intptr_t saved = b->a, outer = b->b;
            if (kind == SRE_LOOK_NOT_AHEAD || kind == SRE_LOOK_NOT_BEHIND) {
                /* the body matched: undo it, drop the barrier, fail */
                while (m->sp > (size_t)barrier + 1) {
                    Entry *e = &m->stack[--m->sp];
                    if (e->kind == E_RESTORE) regs[e->pc] = e->a;
                }
                m->sp--;
                barrier = outer;
                goto fail;
            }
            size_t keep = (size_t)barrier;
            for (size_t i = (size_t)barrier + 1; i < m->sp; i++)
                if (m->stack[i].kind == E_RESTORE) m->stack[keep++] = m->stack[i];
            m->sp = keep;
            barrier = outer;
            if (kind != SRE_LOOK_ATOMIC) pos = saved;
            pc = code[lpc + 3];
            continue;
        }
        case SRE_GROUPREF: {
            uint32_t g = code[pc + 1], cmode = code[pc + 2];
            intptr_t s = regs[2 * g], e = regs[2 * g + 1];
            if (s < 0 || e < 0 || e - s > end - pos) goto fail;
            for (intptr_t i = 0; i < e - s; i++) {
                uint32_t a = ch_at(m, s + i), c = ch_at(m, pos + i);
                if (a != c && !(cmode == SRE_CASE_UNICODE ? simple_lower(a) == simple_lower(c)
                                                          : same_ignoring_case(a, c, cmode)))
                    goto fail; /* a backreference ignores case by lowering alone */
            }
            pos += e - s;
            pc += 3;
            continue;
        }
        case SRE_GROUPREF_EXISTS: {
            uint32_t g = code[pc + 1];
            pc = regs[2 * g] >= 0 && regs[2 * g + 1] >= 0 ? pc + 3 : code[pc + 2];
            continue;
        }
        default:
            goto fail;
        }
    fail:
        for (;;) {
            if (m->sp == 0) return 0;
            Entry *e = &m->stack[m->sp - 1];
            switch (e->kind) {
            case E_RESTORE:
                regs[e->pc] = e->a;
                m->sp--;
                continue;
            case E_CHOICE:
                pc = e->pc;
                pos = e->a;
                m->sp--;
                break;
            case E_GREEDY1: {
                intptr_t p = e->b - 1;
                uint32_t next = e->pc, lit = next;
                while (code[lit] == SRE_SAVE) lit += 2;
                if (code[lit] == SRE_CHAR) { /* skip give-backs the next literal rejects */
                    while (p > e->a && (p >= end || ch_at(m, p) != code[lit + 1])) p--;
                    if (p >= end || ch_at(m, p) != code[lit + 1]) {
                        m->sp--;
                        continue;
                    }
                }
                e->b = p;
                if (p == e->a) m->sp--;
                pos = p;
                pc = next;
                break;
            }
            case E_LAZY1: {
                uint32_t rpc = e->pc;
                intptr_t p = e->a;
                if (e->b > 0 && p < end && one_char(m, rpc + 5, ch_at(m, p))) {
                    e->a = p + 1;
                    e->b--;
                    if (e->b == 0) m->sp--;
                    pos = p + 1;
                    pc = code[rpc + 4];
                    break;
                }
                m->sp--;
                continue;
            }
            default: { /* E_BARRIER: the body failed */
                uint32_t lpc = e->pc, kind = code[lpc + 1];
                barrier = e->b;
                m->sp--;
                if (kind == SRE_LOOK_NOT_AHEAD || kind == SRE_LOOK_NOT_BEHIND) {
                    pos = e->a;
                    pc = code[lpc + 3];
                    break;
                }
                continue;
            }
            }
            break;
        }
    }
}

/* Length of the instruction at pc, or 0 if the opcode is unknown. */
static uint32_t insn_len(const uint32_t *code, uint32_t pc, size_t ncode) {
    switch (code[pc]) {
    case SRE_FAIL: case SRE_MATCH: case SRE_ANY: case SRE_ANYALL: case SRE_LOOK_END: return 1;
    case SRE_CHAR: case SRE_AT: case SRE_JMP: case SRE_SAVE: case SRE_RPT_INIT: case SRE_MARK: return 2;
    case SRE_CHAR_I: case SRE_SPLIT: case SRE_GROUPREF: case SRE_GROUPREF_EXISTS: return 3;
    case SRE_RPT_NEXT: case SRE_LOOK: return 4;
    case SRE_RPT_TEST: return 6;
    case SRE_RPT1: return 5;
    case SRE_SET:
        if (pc + 1 >= ncode || code[pc + 1] < 1 || code[pc + 1] > ncode) return 0;
        return 2 + code[pc + 1];
    default: return 0;
    }
}

/* Checks that a program (from anywhere: _sre is importable) cannot make the matcher read
 * or write out of bounds or loop without progress: known opcodes, operands in range, jumps
 * to instruction starts and forward, except a repeat's jump back to its test (whose body
 * starts with its MARK, so an empty iteration leaves the loop). false without an exception
 * (or with MemoryError for a huge program). */
static bool validate(Thread *t, const uint32_t *code, size_t ncode) {
    if (ncode <= SRE_HDR || ncode > 0x7FFFFFF) return false;
    uint32_t nregs = code[0], nslots = code[1];
    if (nslots < 2 || (nslots & 1) || nregs < nslots + 1 || nregs > 1000000) return false;
    uint8_t small[512];
    size_t nbytes = (ncode + 7) / 8;
    uint8_t *start = nbytes <= sizeof small ? small : mem_calloc(t, nbytes, 1);
    if (!start) return false;
    if (start == small) memset(small, 0, sizeof small);
    bool ok = true;
    uint32_t pc = SRE_HDR, last = 0;
    while (ok && pc < ncode) {
        uint32_t len = insn_len(code, pc, ncode);
        if (len == 0 || pc + len > ncode) {
            ok = false;
            break;
        }
        start[pc / 8] |= (uint8_t)(1u << (pc % 8));
        last = pc;
        pc += len;
    }
    if (ok && code[last] != SRE_MATCH && code[last] != SRE_FAIL && code[last] != SRE_JMP) ok = false;
#define TARGET(x) ((x) < ncode && (start[(x) / 8] & (1u << ((x) % 8))))
    for (pc = SRE_HDR; ok && pc < ncode; pc += insn_len(code, pc, ncode)) {
        const uint32_t *a = code + pc + 1;
        switch (code[pc]) {
        case SRE_CHAR_I: ok = a[1] <= SRE_CASE_UNICODE; break;
        case SRE_SET:
            for (uint32_t i = pc + 3; ok && i < pc + 2 + a[0];) {
                if (code[i] == 0) i += 3;
                else if (code[i] == 1) i += 2;
                else ok = false;
                if (i > pc + 2 + a[0]) ok = false;
            }
            if ((a[1] >> 8) > SRE_CASE_UNICODE || a[0] < 1) ok = false;
            break;
        case SRE_AT: ok = a[0] <= SRE_AT_NWORDB_A; break;
        case SRE_SPLIT: ok = a[0] > pc && a[1] > pc && TARGET(a[0]) && TARGET(a[1]); break;
        case SRE_JMP: ok = a[0] > pc && TARGET(a[0]); break;
        case SRE_SAVE: case SRE_MARK: ok = a[0] < nregs && (code[pc] == SRE_MARK || a[0] < nslots); break;
        case SRE_RPT_INIT: ok = a[0] > nslots && a[0] + 1 < nregs; break;
        case SRE_RPT_TEST:
            ok = a[0] > nslots && a[0] + 1 < nregs && a[4] > pc && TARGET(a[4]) && TARGET(pc + 6) &&
                 code[pc + 6] == SRE_MARK && code[pc + 7] == a[0] + 1;
            break;
        case SRE_RPT_NEXT: /* the one backward jump: to its loop's test */
            ok = a[0] > nslots && a[0] + 1 < nregs && a[1] < pc && TARGET(a[1]) && code[a[1]] == SRE_RPT_TEST &&
                 code[a[1] + 1] == a[0] && a[2] > pc && TARGET(a[2]);
            break;
        case SRE_RPT1: {
            uint32_t item = pc + 5;
            uint32_t op = item < ncode ? code[item] : SRE_FAIL;
            ok = (op == SRE_CHAR || op == SRE_CHAR_I || op == SRE_ANY || op == SRE_ANYALL || op == SRE_SET) &&
                 TARGET(item) && a[3] == item + insn_len(code, item, ncode) && TARGET(a[3]);
            break;
        }
        case SRE_LOOK: ok = a[0] <= SRE_LOOK_ATOMIC && a[2] > pc && TARGET(a[2]) && TARGET(pc + 4); break;
        case SRE_GROUPREF: ok = 2 * (uint64_t)a[0] + 1 < nslots && a[1] <= SRE_CASE_UNICODE; break;
        case SRE_GROUPREF_EXISTS: ok = 2 * (uint64_t)a[0] + 1 < nslots && a[1] > pc && TARGET(a[1]); break;
        default: break;
        }
    }
#undef TARGET
    if (start != small) mem_free(start);
    return ok;
}

Object *sre_program_new(Thread *t, const uint32_t *code, size_t ncode) {
    if (!validate(t, code, ncode)) {
        if (!err_occurred(t)) err_set(t, &exc_ValueError, "invalid program");
        return NULL;
    }
    const uint32_t max_maps = 0xFFFF;
    uint32_t nmaps = 0;
    for (uint32_t pc = SRE_HDR; pc < ncode; pc += insn_len(code, pc, ncode))
        if (code[pc] == SRE_SET && nmaps < max_maps) nmaps++;
    Object *o = obj_alloc(t, &sre_program_type, sizeof(SreProgram) + (ncode + 8 * (size_t)nmaps) * sizeof(uint32_t));
    if (!o) return NULL;
    SreProgram *prog = (SreProgram *)o;
    prog->ncode = ncode;
    memcpy(prog->words, code, ncode * sizeof(uint32_t));
    uint32_t *maps = prog->words + ncode; /* zeroed by obj_alloc */
    uint32_t n = 0;
    for (uint32_t pc = SRE_HDR; pc < ncode && n < nmaps; pc += insn_len(code, pc, ncode)) {
        if (code[pc] != SRE_SET) continue;
        uint32_t *map = maps + 8 * n;
        for (uint32_t c = 0; c < 256; c++)
            if (set_has(code, pc, c, code[pc + 2] >> 8)) map[c / 32] |= 1u << (c % 32);
        prog->words[pc + 2] |= ++n << 16;
    }
    return o;
}

void sre_scratch_free(SreScratch *s) {
    mem_free(s->stack);
    s->stack = NULL;
    s->cap = 0;
}

/* A one-character item that every match starts with (past zero-width instructions and into
 * repeats that run at least once), to skip hopeless starts quickly; 0 if there is none. */
static uint32_t first_item(const uint32_t *code) {
    uint32_t pc = SRE_HDR;
    for (;;) {
        switch (code[pc]) {
        case SRE_SAVE: case SRE_MARK: case SRE_RPT_INIT: case SRE_AT: pc += 2; break;
        case SRE_RPT_TEST:
            if (code[pc + 2] == 0) return 0;
            pc += 6;
            break;
        case SRE_RPT1:
            if (code[pc + 1] == 0) return 0;
            pc += 5;
            break;
        case SRE_CHAR: case SRE_CHAR_I: case SRE_SET: case SRE_ANY: return pc;
        default: return 0;
        }
    }
}

int sre_run(Thread *t, const SreProgram *prog, const SreSubject *subj, intptr_t pos, intptr_t endpos,
            int mode, intptr_t *regs, SreScratch *scratch) {
    const uint32_t *code = prog->words;
    Machine m = {t, code, code + prog->ncode, subj->data, subj->kind, endpos, regs, scratch->stack, 0, scratch->cap};
    size_t nregs = code[0];
    uint32_t nslots = code[1], prefix = code[3];
    bool anchored = (code[2] & SRE_HDR_ANCHORED) != 0;
    uint32_t first = first_item(code);
    bool filter = first != 0;
    bool must_advance = (mode & SRE_MODE_MUST_ADVANCE) != 0;
    mode &= ~SRE_MODE_MUST_ADVANCE;
    int rc = 0;
    for (size_t i = 0; i < nregs; i++) regs[i] = -1;
    for (intptr_t start = pos; start <= endpos; start++) {
        if (mode == SRE_MODE_SEARCH && prefix != SRE_NONE) {
            if (m.kind == 1 && start < endpos) {
                const char *at = memchr((const char *)m.data + start, (int)prefix, (size_t)(endpos - start));
                start = at && prefix < 256 ? at - (const char *)m.data : endpos;
            }
            while (start < endpos && ch_at(&m, start) != prefix) start++;
            if (start >= endpos) break;
        } else if (mode == SRE_MODE_SEARCH && filter) {
            while (start < endpos && !one_char(&m, first, ch_at(&m, start))) start++;
            if (start >= endpos) break;
        }
        rc = run_at(&m, start, mode, must_advance && start == pos, nslots);
        if (rc != 0 || mode != SRE_MODE_SEARCH || anchored) break;
    }
    scratch->stack = m.stack;
    scratch->cap = m.cap;
    return rc;
}
