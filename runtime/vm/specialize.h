/* The adaptive specializer's interface to the interpreter loop (see specialize.c for the
 * scheme). Owner: runtime/vm. Included by vm/eval.c and the specializer's own files. */
#ifndef SPRY_VM_SPECIALIZE_H
#define SPRY_VM_SPECIALIZE_H
#ifndef SPRY_INTERNAL
#error "internal header: only the Spry runtime may include it"
#endif
#include <stdio.h>
#include "core/object.h"
#include "vm/frame.h"
#include "vm/vm.h"
#include "opcode_ids.h"

/* ---- the counter in a specializable instruction's first cache unit ------------------------
 * bits 0-3: back-off exponent e; bits 4-15: a count n. In the generic form n counts
 * executions up to ADAPTIVE_WARMUP << e, then the instruction specializes; in a
 * specialized form n counts guard failures up to ADAPTIVE_MISS_LIMIT, then it goes back to
 * the generic form with e + 1. Zeroed caches (fresh code) are the initial state. */
#define ADAPTIVE_TICK 16u
#define ADAPTIVE_WARMUP 2u
#define ADAPTIVE_MISS_LIMIT 50u
#define ADAPTIVE_MAX_BACKOFF 10u

static inline bool adaptive_counter_ready(CodeUnit c) {
    return (unsigned)(c >> 4) >= (ADAPTIVE_WARMUP << (c & 15));
}

/* Wider values kept in consecutive cache units, low half first. */
static inline uint32_t cache_u32(const CodeUnit *c) {
    return (uint32_t)c[0] | ((uint32_t)c[1] << 16);
}
static inline void cache_set_u32(CodeUnit *c, uint32_t v) {
    c[0] = (CodeUnit)v;
    c[1] = (CodeUnit)(v >> 16);
}
static inline void *cache_ptr(const CodeUnit *c) {
    uintptr_t p = 0;
    for (int i = 0; i < 4; i++) p |= (uintptr_t)c[i] << (16 * i);
    return (void *)p;
}
static inline void cache_set_ptr(CodeUnit *c, const void *ptr) {
    uintptr_t p = (uintptr_t)ptr;
    for (int i = 0; i < 4; i++) c[i] = (CodeUnit)(p >> (16 * i));
}

/* A pointer in three units: user-space addresses fit in 48 bits (cache_fits_ptr48). */
static inline bool cache_fits_ptr48(const void *ptr) { return ((uintptr_t)ptr >> 48) == 0; }
static inline const void *cache_ptr48(const CodeUnit *c) {
    return (const void *)((uintptr_t)c[0] | ((uintptr_t)c[1] << 16) | ((uintptr_t)c[2] << 32));
}
static inline void cache_set_ptr48(CodeUnit *c, const void *ptr) {
    uintptr_t p = (uintptr_t)ptr;
    for (int i = 0; i < 3; i++) c[i] = (CodeUnit)(p >> (16 * i));
}

/* COMPARE_OP_*_JUMP masks: the outcomes for which the comparison holds, plus whether
 * the fused jump is POP_JUMP_IF_TRUE. */
enum {
    CMP_MASK_LT = 1, CMP_MASK_EQ = 2, CMP_MASK_GT = 4, CMP_MASK_UNORDERED = 8,
    CMP_MASK_JUMP_IF_TRUE = 16,
};

/* Calls that copy positional arguments straight into a new frame: can fn take n of them
 * (no keywords), the defaults filling the rest? */
#define CO_NOT_PLAIN (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR | CO_ITERABLE_COROUTINE)
static inline bool plain_positional(Function *fn, Code *co, size_t n) {
    return !(co->flags & (CO_VARARGS | CO_VARKEYWORDS)) && co->kwonlyargcount == 0 &&
           n <= (size_t)co->argcount &&
           n + (size_t)(fn->defaults ? tuple_size(fn->defaults) : 0) >= (size_t)co->argcount;
}

/* For CALL of a class: the Python __init__ to run inline after object.__new__ (or
 * BaseException.__new__, for an exception class), or NULL
 * when the generic type call is needed (metaclass __call__, custom __new__, C base
 * class initializers, keywords, an unusual signature). */
static inline Function *inline_init_of(Thread *t, Ref callable, size_t nargs) {
    (void)t;
    if (!ref_is_obj(callable) || ref_type(callable)->call != type_call)
        return NULL;
    Type *tp = (Type *)ref_obj(callable);
    if (!type_has_flag(tp, TPFLAG_HEAPTYPE) || (tp->new_ != object_new && !exc_new_is_base(tp)))
        return NULL;
    Ref init = type_lookup(tp, ID(__init__));
    if (!function_check(init))
        return NULL;
    Function *fn = FUNCTION(ref_obj(init));
    Code *co = CODE(fn->code);
    if ((co->flags & CO_NOT_PLAIN) || !plain_positional(fn, co, nargs + 1))
        return NULL;
    return fn;
}

/* The instance for a class inline_init_of accepted (object.__new__ called directly). */
static inline Ref inline_init_new(Thread *t, Type *tp, const Ref *args, size_t nargs) {
    return tp->new_ == object_new ? object_new(t, tp, args, nargs, NULL)
                                  : tp->new_(t, tp, args, nargs, NULL);
}

/* Do n positional arguments fill code's parameters exactly (no defaults needed)? */
static inline bool exact_positional(Code *co, size_t n) {
    return (size_t)co->argcount == n && co->kwonlyargcount == 0 &&
           !(co->flags & (CO_VARARGS | CO_VARKEYWORDS));
}

/* For BINARY_OP (oparg) on instances of a Python class: the plain two-parameter function
 * its class defines for the operator, when nothing else could run first or instead --
 * rhs is of lhs's class or a tagged int or exact float (types that never take precedence
 * over a Python class's method), and for an in-place operator the class has no in-place
 * method -- else NULL. */
static inline Function *python_binop_target(Ref lhs, Ref rhs, int oparg) {
    if (!ref_is_obj(lhs)) return NULL;
    Type *tp = ref_obj(lhs)->ob_type;
    if (ref_type(rhs) != tp && !ref_is_int(rhs) && ref_type(rhs) != &float_type) return NULL;
    int op = oparg;
    if (op >= NB_INPLACE_OFFSET) {
        op -= NB_INPLACE_OFFSET;
        if (tp->nb_inplace[op]) return NULL;
    }
    Ref f = type_python_binop(tp, op);
    if (!function_check(f)) return NULL;
    Function *fn = FUNCTION(ref_obj(f));
    Code *co = CODE(fn->code);
    return (co->flags & CO_NOT_PLAIN) || !exact_positional(co, 2) ? NULL : fn;
}

/* Why a site stayed generic (-X stats); spec_fail_names in specialize.c names them. */
enum SpecFail {
    SPEC_FAIL_OTHER,
    SPEC_FAIL_TYPES,         /* operand types without a specialized form */
    SPEC_FAIL_OPERATOR,      /* an operator/oparg without a specialized form */
    SPEC_FAIL_SUBCLASS,      /* a subclass of a handled type */
    SPEC_FAIL_KWNAMES,       /* a call with keyword arguments */
    SPEC_FAIL_CALLABLE,      /* a kind of callable without a specialized form */
    SPEC_FAIL_SIGNATURE,     /* arguments that do not match the callee's plain signature */
    SPEC_FAIL_NOT_DICT,      /* a namespace that is not an exact dict */
    SPEC_FAIL_VERSION,       /* no version tag/number could be drawn, or it is too large */
    SPEC_FAIL_RANGE,         /* an index or offset too large for the cache */
    SPEC_FAIL_COUNT
};

/* -X stats: per generic opcode (indexed by opcode number). Lives on Interp while the
 * option is on (NULL otherwise), so counting costs nothing on the fast paths. */
typedef struct SpecStats {
    uint64_t specialized[256];
    uint64_t failed[256];
    uint64_t missed[256];
    uint64_t deopt[256];
    uint64_t fail_reason[256][SPEC_FAIL_COUNT];
    uint64_t success_form[256];   /* by specialized opcode */
} SpecStats;

/* One specializer per family: looks at the operands (stack_pointer as the instruction
 * sees it) and rewrites frame->instr in place, or records a failure and backs off. Never
 * raises. */
#define SPEC_DECLARE(NAME)                                                              \
    void specialize_##NAME(Thread *t, Frame *frame, Ref *stack_pointer, int oparg,      \
                           Object *kwnames);
SPEC_FAMILIES(SPEC_DECLARE)
#undef SPEC_DECLARE

/* For the specializers: rewrite `instr` to `specialized` (same oparg, miss count 0), or
 * leave it generic with a longer back-off, counting `reason`. */
void spec_install(Thread *t, CodeUnit *instr, int specialized);
void spec_fail(Thread *t, CodeUnit *instr, enum SpecFail reason);

/* A guard of the specialized instruction at `instr` failed: counts the miss and, at
 * the limit, rewrites it back to its generic form. The generic body runs next. */
void specialize_miss(Thread *t, CodeUnit *instr);

/* The code units as the compiler wrote them: generic opcodes, zeroed caches (co_code,
 * code.replace). `out` has room for co->ob.ob_size units. */
void spec_unquickened(const Code *co, CodeUnit *out);
/* Rewrites the first instruction of each common pair (LOAD_FAST LOAD_FAST, ...) of fresh
 * code into the superinstruction that runs both. */
void spec_install_superinstructions(Code *co);

/* -X stats / -X dis (runtime/main.c). */
int spec_stats_enable(Thread *t);
void spec_stats_print(Thread *t, FILE *out);
void spec_dump_quickened(Thread *t, Code *co, FILE *out);

#endif
