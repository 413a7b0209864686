/* The adaptive specializer: machinery shared by every instruction family.
 *
 * The scheme. A *family* (bytecodes.def: `family(NAME) = { NAME_A, NAME_B };`) is a
 * generic instruction NAME plus specialized forms with the same operands and the same
 * inline cache layout. The first cache unit of the generic form is a counter
 * (specialize.h: a 12-bit count and a 4-bit back-off exponent); compiled code starts
 * with zeroed caches, which is the counter's initial state.
 *
 *  - Generic form: every execution bumps the count; once it reaches the warm-up limit
 *    (ADAPTIVE_WARMUP << exponent) the generated prologue calls specialize_NAME, which
 *    looks at the actual operands and either rewrites the opcode byte in place to a
 *    specialized form, filling the rest of the cache (spec_install), or leaves the
 *    instruction generic with the exponent raised (spec_fail) so that a site that does
 *    not specialize tries again after exponentially longer intervals. Either way the
 *    instruction is dispatched again, as it now is.
 *  - Specialized form: its body guards what the specializer assumed with DEOPT_IF(cond)
 *    before any side effect -- tag bits, an exact type, a type's version tag, a dict's
 *    keys version -- and otherwise does the operation directly. A failed guard jumps to
 *    the family's miss handler (specialize_miss: the counter now counts misses) and then
 *    into the generic form's body, so the result is always the generic semantics. After
 *    ADAPTIVE_MISS_LIMIT misses the opcode goes back to the generic form with a longer
 *    back-off, and the site can later re-specialize for what it sees then.
 *
 * Opargs never change and a family shares one cache layout, so the original code is
 * the quickened code with every opcode mapped through opcode_deopt[] and caches zeroed
 * (spec_unquickened: co_code, code.replace). Code objects keep only the quickened copy.
 *
 * Adding a family: declare the specialized instructions in bytecodes.def with the
 * generic form's cache layout (first unit the counter), list them in a family(...) line,
 * and write specialize_NAME (signature in specialize.h; the generator's SPEC_FAMILIES
 * list declares it) using spec_install/spec_fail. Nothing else changes: the prologue, miss
 * handler, deopt table, -X stats and -X dis follow from the definition.
 *
 * Counting for -X stats happens only here and in the specializers (slow paths), never in
 * the instruction bodies, so the default mode pays nothing for it.
 */
#include <stdio.h>
#include <stdlib.h>
#include "spry.h"
#include "vm/frame.h"
#include "vm/vm.h"
#include "vm/specialize.h"
#include "opcode_meta.h"

static const char *const spec_fail_names[SPEC_FAIL_COUNT] = {
    [SPEC_FAIL_OTHER] = "other",
    [SPEC_FAIL_TYPES] = "operand types",
    [SPEC_FAIL_OPERATOR] = "operator",
    [SPEC_FAIL_SUBCLASS] = "subclass of a handled type",
    [SPEC_FAIL_KWNAMES] = "keyword arguments",
    [SPEC_FAIL_CALLABLE] = "kind of callable",
    [SPEC_FAIL_SIGNATURE] = "signature",
    [SPEC_FAIL_NOT_DICT] = "namespace not an exact dict",
    [SPEC_FAIL_VERSION] = "no usable version",
    [SPEC_FAIL_RANGE] = "index out of cache range",
};

static unsigned backoff_exponent(CodeUnit c) {
    unsigned e = (c & 15u) + 1;
    return e > ADAPTIVE_MAX_BACKOFF ? ADAPTIVE_MAX_BACKOFF : e;
}

void spec_install(Thread *t, CodeUnit *instr, int specialized) {
    SpecStats *st = t->interp->spec_stats;
    int base = CODEUNIT_OP(*instr);
    if (st) {
        st->specialized[base]++;
        st->success_form[specialized]++;
    }
    *instr = CODEUNIT_MAKE(specialized, CODEUNIT_ARG(*instr));
    instr[1] = (CodeUnit)(instr[1] & 15u);
}

void spec_fail(Thread *t, CodeUnit *instr, enum SpecFail reason) {
    SpecStats *st = t->interp->spec_stats;
    int base = CODEUNIT_OP(*instr);
    if (st) {
        st->failed[base]++;
        st->fail_reason[base][reason]++;
    }
    instr[1] = (CodeUnit)backoff_exponent(instr[1]);
}

void specialize_miss(Thread *t, CodeUnit *instr) {
    SpecStats *st = t->interp->spec_stats;
    int base = opcode_deopt[CODEUNIT_OP(*instr)];
    if (st) st->missed[base]++;
    CodeUnit c = instr[1];
    if ((unsigned)(c >> 4) + 1 < ADAPTIVE_MISS_LIMIT) {
        instr[1] = (CodeUnit)(c + ADAPTIVE_TICK);
        return;
    }
    if (st) st->deopt[base]++;
    *instr = CODEUNIT_MAKE(base, CODEUNIT_ARG(*instr));
    instr[1] = (CodeUnit)backoff_exponent(c);
}

void spec_unquickened(const Code *co, CodeUnit *out) {
    intptr_t n = co->ob.ob_size;
    for (intptr_t i = 0; i < n; i++) {
        int op = opcode_deopt[CODEUNIT_OP(co->code[i])];
        out[i] = CODEUNIT_MAKE(op, CODEUNIT_ARG(co->code[i]));
        for (intptr_t j = opcode_cache_size[op]; j > 0 && i + 1 < n; j--)
            out[++i] = 0;
    }
}

/* ---- superinstructions ---------------------------------------------------------------- */

/* The superinstruction for an adjacent pair (the second without EXTENDED_ARG), or 0. */
static int superinstruction(int first, int second) {
    switch (first) {
    case LOAD_FAST:
        return second == LOAD_FAST ? LOAD_FAST__LOAD_FAST
             : second == LOAD_CONST ? LOAD_FAST__LOAD_CONST
             : second == LOAD_ATTR ? LOAD_FAST__LOAD_ATTR : 0;
    case LOAD_CONST:
        return second == LOAD_FAST ? LOAD_CONST__LOAD_FAST : 0;
    case STORE_FAST:
        return second == LOAD_FAST ? STORE_FAST__LOAD_FAST
             : second == STORE_FAST ? STORE_FAST__STORE_FAST : 0;
    case BUILD_SLICE:
        return second == BINARY_SUBSCR ? BUILD_SLICE__BINARY_SUBSCR
             : second == STORE_SUBSCR ? BUILD_SLICE__STORE_SUBSCR : 0;
    default:
        return 0;
    }
}

/* The superinstruction for a triple starting at c[i], or 0: `c[i] op= v`'s
 * COPY 2; COPY 2; BINARY_SUBSCR and SWAP 3; SWAP 2; STORE_SUBSCR, a chained comparison's
 * SWAP 2; COPY 2; COMPARE_OP. */
static int superinstruction_triple(const CodeUnit *c, intptr_t i, intptr_t n) {
    if (i + 2 >= n) return 0;
    int op = CODEUNIT_OP(c[i]), arg = CODEUNIT_ARG(c[i]), third = CODEUNIT_OP(c[i + 2]);
    if (op == COPY && arg == 2 && c[i + 1] == CODEUNIT_MAKE(COPY, 2) && third == BINARY_SUBSCR)
        return COPY2_COPY2__BINARY_SUBSCR;
    if (op == SWAP && arg == 3 && c[i + 1] == CODEUNIT_MAKE(SWAP, 2) && third == STORE_SUBSCR)
        return SWAP3_SWAP2__STORE_SUBSCR;
    if (op == SWAP && arg == 2 && c[i + 1] == CODEUNIT_MAKE(COPY, 2) && third == COMPARE_OP)
        return SWAP2_COPY2__COMPARE_OP;
    return 0;
}

void spec_install_superinstructions(Code *co) {
    CodeUnit *c = co->code;
    intptr_t n = co->ob.ob_size;
    for (intptr_t i = 0; i < n;) {
        int op = CODEUNIT_OP(c[i]);
        intptr_t next = i + 1 + opcode_cache_size[op];
        int super = superinstruction_triple(c, i, n);
        if (!super && next < n) super = superinstruction(op, CODEUNIT_OP(c[next]));
        if (super) c[i] = CODEUNIT_MAKE(super, CODEUNIT_ARG(c[i]));
        i = next;
    }
}

/* ---- -X stats ------------------------------------------------------------------------ */

int spec_stats_enable(Thread *t) {
    if (t->interp->spec_stats) return 0;
    t->interp->spec_stats = calloc(1, sizeof(SpecStats));
    if (!t->interp->spec_stats) {
        err_no_memory(t);
        return -1;
    }
    return 0;
}

void spec_stats_print(Thread *t, FILE *out) {
    SpecStats *st = t->interp->spec_stats;
    if (!st) return;
    fprintf(out, "specialization statistics (per family: sites specialized, attempts that "
                 "failed, guard misses, deopts)\n");
#define SPEC_PRINT(NAME)                                                                   \
    do {                                                                                   \
        int op_ = NAME;                                                                    \
        fprintf(out, "%-20s specialized %8llu  failed %8llu  missed %10llu  deopt %6llu\n", \
                #NAME, (unsigned long long)st->specialized[op_],                          \
                (unsigned long long)st->failed[op_], (unsigned long long)st->missed[op_],  \
                (unsigned long long)st->deopt[op_]);                                       \
        for (int f_ = 0; f_ < 256; f_++) {                                                 \
            if (st->success_form[f_] && opcode_deopt[f_] == op_ && f_ != op_)              \
                fprintf(out, "    as %-28s %8llu\n", opcode_names[f_],                     \
                        (unsigned long long)st->success_form[f_]);                         \
        }                                                                                  \
        for (int r_ = 0; r_ < SPEC_FAIL_COUNT; r_++) {                                     \
            if (st->fail_reason[op_][r_])                                                  \
                fprintf(out, "    failed: %-26s %8llu\n", spec_fail_names[r_],             \
                        (unsigned long long)st->fail_reason[op_][r_]);                     \
        }                                                                                  \
    } while (0);
    SPEC_FAMILIES(SPEC_PRINT)
#undef SPEC_PRINT
}

/* ---- -X dis ------------------------------------------------------------------------- */

void spec_dump_quickened(Thread *t, Code *co, FILE *out) {
    fprintf(out, "quickened code of %s (%s, line %d):\n", str_utf8_lossy(co->qualname),
            str_utf8_lossy(co->filename), co->firstlineno);
    intptr_t n = co->ob.ob_size;
    for (intptr_t i = 0; i < n; i++) {
        int op = CODEUNIT_OP(co->code[i]);
        fprintf(out, "  %6d %-32s %d\n", (int)(2 * i), opcode_names[op] ? opcode_names[op] : "?",
                CODEUNIT_ARG(co->code[i]));
        i += opcode_cache_size[op];
    }
    intptr_t nconsts = tuple_size(co->consts);
    for (intptr_t k = 0; k < nconsts; k++) {
        Ref c = tuple_get(co->consts, k);
        if (ref_is_obj(c) && ref_obj(c)->ob_type == &code_type) {
            fputc('\n', out);
            spec_dump_quickened(t, CODE(ref_obj(c)), out);
        }
    }
}
