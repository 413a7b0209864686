/* The C core of `decimal` (module _decimal_core): the storage of a Decimal and the fast
 * paths of its hot operations. runtime/lib/decimal.py defines the public class Decimal
 * as a subclass of _DecimalBase and keeps everything else; a fast path that meets
 * anything unusual (a special value, a trapped signal, an odd operand or context) hands
 * the whole operation to the Python method of the same job, so results never depend on
 * which path ran. */
#ifndef SPRY_MODULES_DECIMAL_CORE_H
#define SPRY_MODULES_DECIMAL_CORE_H
#ifndef SPRY_INTERNAL
#error "internal header: only the Spry runtime may include it"
#endif

#include <gmp.h>

#include "spry.h"

/* A Decimal: (-1)**sign * coef * 10**exp, or a special value (special != 0) whose exp
 * is the str 'F' (infinity), 'n' (quiet NaN) or 'N' (signalling NaN) and whose coef is
 * the NaN payload. coef is an int >= 0; exp of a finite value is an int. */
typedef struct Dec {
    Object ob;
    Ref coef;
    Ref exp;
    uint8_t sign;
    uint8_t special;
} Dec;

extern Type decimal_base_type;

#define DEC(r) ((Dec *)ref_obj(r))

/* Rounding modes, in the order of decimal.py's _ROUNDINGS. */
enum {
    RND_CEILING, RND_FLOOR, RND_UP, RND_DOWN, RND_HALF_UP, RND_HALF_DOWN, RND_HALF_EVEN,
    RND_05UP, RND_COUNT
};

/* The signals, one bit each in the order of decimal.py's _SIGNALS: a context's flags
 * and traps are masks of them, and so are the conditions an operation raises. */
enum {
    SIG_INVALID = 1 << 0, SIG_FLOAT = 1 << 1, SIG_DIVZERO = 1 << 2, SIG_OVERFLOW = 1 << 3,
    SIG_UNDERFLOW = 1 << 4, SIG_SUBNORMAL = 1 << 5, SIG_INEXACT = 1 << 6,
    SIG_ROUNDED = 1 << 7, SIG_CLAMPED = 1 << 8, SIG_COUNT = 9
};
#define SIG_ALL ((1u << SIG_COUNT) - 1)

/* A finite value: sign, coefficient, exponent. Exponents stay far inside int64_t: fast
 * paths take operands with |exp| <= DEC_EXP_LIMIT only. A result being computed owns its
 * coef (dec_num_init / dec_num_clear); an operand loaded by dec_load is a read-only view
 * of an int's digits (never written, never cleared; `limb` holds a small int's digits). */
typedef struct DecNum {
    int sign;
    int64_t exp;
    mpz_t coef;
    bool inf;              /* set by rounding on overflow to infinity */
    mp_limb_t limb;
} DecNum;

#define DEC_EXP_LIMIT ((int64_t)1 << 60)
/* The largest power of ten a fast path builds to align or scale; beyond it the
 * Python path does the job. */
#define DEC_SHIFT_LIMIT 100000

/* _decimal_core.ContextBase, the storage of a decimal.Context: decimal.py's Context
 * derives from it and validates every value before it reaches the setters. ctx.flags and
 * ctx.traps are signal dicts viewing flag_bits and trap_bits. */
typedef struct DecContext {
    Object ob;
    int64_t prec, emin, emax, capitals, clamp;
    int rounding;
    bool usable;           /* prec, Emin, Emax and clamp within what the fast paths take */
    uint32_t flag_bits, trap_bits;
    Object *flags_view, *traps_view;   /* NULL for a bare ContextBase */
} DecContext;

/* _decimal_core.SignalDictBase: a mapping signal class -> bool over a context's flags or
 * traps (decimal.py's SignalDict adds the MutableMapping methods). */
typedef struct DecSignalDict {
    Object ob;
    DecContext *ctx;       /* borrowed: the context owns its views; NULL once it is gone */
    bool traps;
    Ref signals;           /* the tuple of signal classes, in bit order */
} DecSignalDict;

extern Type decimal_context_base_type, decimal_signal_dict_base_type;

/* A view of class cls (a subclass of SignalDictBase whose _signals attribute is the tuple
 * of signal classes) on ctx's flags or traps; NULL with an error set. */
Object *dec_signal_dict_new(Thread *t, Type *cls, DecContext *ctx, bool traps);
/* CPython's message for a key that is not a signal. */
extern const char dec_bad_signal_message[];

/* The context a fast path rounds to, read from a ContextBase. */
typedef struct DecCtx {
    DecContext *obj;       /* borrowed */
    int64_t prec, emin, emax;
    int rounding, clamp;
} DecCtx;

/* The current context (new reference), via Decimal._c_support: decimal.py's ContextVar,
 * or getcontext() when this thread has none yet. */
Ref dec_current_context(Thread *t, Type *cls);
/* Reads ctx into *out: 1 done, 0 the context is unusual (use the Python path). */
int dec_read_context(Ref ctx, DecCtx *out);
/* The rounding mode named by the str r, or -1. */
int dec_rounding_of(Ref r);
/* Records the conditions `conds` (SIG_* bits) in ctx's flags: 0 done, 1 one of them is
 * trapped (nothing recorded: the caller uses the Python path, which raises). */
int dec_signal(const DecCtx *ctx, unsigned conds);

/* The class between base and cls (a subclass of base) whose direct base is base, or
 * base itself when cls is base. */
Type *dec_first_subclass(Type *cls, Type *base);
/* The class of results: the subclass of _DecimalBase that cls derives from. */
Type *dec_result_class(Type *cls);
/* A finite Decimal of class cls (coef borrowed, >= 0). */
Ref dec_new_finite(Thread *t, Type *cls, int sign, Ref coef, int64_t exp);
/* A Decimal of class cls from a DecNum (finite, or infinity when x->inf); may take over
 * x's coefficient, leaving x holding 0 (still to be cleared). */
Ref dec_from_num(Thread *t, Type *cls, DecNum *x);
/* Loads a finite Decimal (or an exact int) into x as a read-only view: false when the
 * value is not a fast-path operand. */
bool dec_load(Ref v, DecNum *x);
void dec_num_init(DecNum *x);
void dec_num_clear(DecNum *x);

/* 10**k for k <= 19. */
extern const uint64_t dec_pow10_u64[20];
/* 10**k for k <= 38. */
static inline unsigned __int128 dec_pow10_u128(int64_t k) {
    return k < 20 ? dec_pow10_u64[k] : (unsigned __int128)dec_pow10_u64[19] * dec_pow10_u64[k - 19];
}
/* Digits of c >= 0 (1 for 0). */
int64_t dec_ndigits(mpz_srcptr c);
int64_t dec_ndigits_u64(uint64_t v);
/* Bounds lo <= digits of c <= hi, hi - lo <= 1, without the exact count's cost for
 * big values (exact below 2**128). */
void dec_ndigits_bounds(mpz_srcptr c, int64_t *lo, int64_t *hi);
int64_t dec_ndigits_u128(unsigned __int128 v);
/* Whether the kept digits q round up: cmp_half compares the dropped part with half a
 * unit; q_odd and q_mod5 (read only for ROUND_05UP) describe q. */
bool dec_round_up(int mode, int cmp_half, bool q_odd, unsigned q_mod5, int sign);
/* z *= 10**k (nothing for k <= 0). */
void dec_mul_pow10(mpz_ptr z, int64_t k);
/* What dec_round_int did: a dropped digit was nonzero (inexact); the kept digits went
 * up by one (only ever with the first). */
enum { DEC_DROPPED_NONZERO = 1, DEC_ROUNDED_UP = 2 };
/* c with its last `drop` (> 0) digits removed, rounded by mode; returns DEC_* bits. */
unsigned dec_round_int(mpz_ptr c, int64_t drop, int mode, int sign);
/* Rounds x (finite) to ctx in place, rounding digits by mode; returns the conditions. */
unsigned dec_finish(DecNum *x, const DecCtx *ctx, int mode);

/* The fast paths: 1 result in *out, 0 not handled here, -1 error. */
int dec_fast_add(DecNum *a, DecNum *b, const DecCtx *ctx, DecNum *out, unsigned *conds);
int dec_fast_multiply(DecNum *a, DecNum *b, const DecCtx *ctx, DecNum *out, unsigned *conds);
int dec_fast_divide(DecNum *a, DecNum *b, const DecCtx *ctx, DecNum *out, unsigned *conds);
int dec_fast_rescale(DecNum *a, int64_t exp, int mode, const DecCtx *ctx, DecNum *out,
                     unsigned *conds);
/* A finite value whose coefficient is below 2**128: the fast paths try these first, in
 * plain machine arithmetic, and hand anything that could leave that range (or needs a
 * subnormal, clamped or overflowing result) to the mpz paths above. */
typedef struct DecSmall {
    int sign;
    int64_t exp;
    unsigned __int128 coef;
} DecSmall;

/* Loads a finite Decimal (or an exact int) with a coefficient below 2**128. */
bool dec_small_load(Ref v, DecSmall *x);
/* A Decimal of class cls holding x. */
Ref dec_from_small(Thread *t, Type *cls, const DecSmall *x);
/* Rounds x to ctx in place by mode: 1 done (conditions in *conds), 0 use the mpz path. */
int dec_small_finish(DecSmall *x, const DecCtx *ctx, int mode, unsigned *conds);
/* 1 result in *out, 0 not handled here (never an error). */
int dec_small_add(const DecSmall *a, const DecSmall *b, const DecCtx *ctx, DecSmall *out,
                  unsigned *conds);
int dec_small_multiply(const DecSmall *a, const DecSmall *b, const DecCtx *ctx, DecSmall *out,
                       unsigned *conds);
int dec_small_divide(const DecSmall *a, const DecSmall *b, const DecCtx *ctx, DecSmall *out,
                     unsigned *conds);
int dec_small_rescale(const DecSmall *a, int64_t exp, int mode, const DecCtx *ctx, DecSmall *out,
                      unsigned *conds);

/* The integral value of b into *n when |n| <= limit (<= 10**18). */
bool dec_small_integral(const DecNum *b, int64_t limit, int64_t *n);
/* a ** n for an integral n whose exact power has at most 4 * prec + 200 digits. */
int dec_fast_power(DecNum *a, int64_t n, const DecCtx *ctx, DecNum *out, unsigned *conds);

/* a // b into q and a % b into r (both owned by the caller). */
int dec_fast_divmod(DecNum *a, DecNum *b, const DecCtx *ctx, DecNum *q, DecNum *r, unsigned *conds);

/* Calls self's Python method `name` (decimal.py's path for whatever C declines). */
Ref dec_call_py(Thread *t, Ref self, const char *name, const Ref *args, size_t nargs);
/* The slots hash(), bool() and int() of the Decimal type. */
int64_t dec_hash(Thread *t, Ref self);
int dec_bool(Thread *t, Ref self);
Ref dec_int(Thread *t, Ref self);

/* The exact value of a finite f into x (which owns its coefficient); false for an
 * infinity or a NaN. */
bool dec_num_from_double(double f, DecNum *x);

/* format(self, spec) for the finite Decimal self under the context ctx, or REF_NULL
 * without an error when decimal.py's _format_py must do it. */
Ref dec_format(Thread *t, Ref self, Object *spec, Ref ctx);

/* -1, 0, 1: the order of two finite values. */
int dec_compare(DecNum *a, DecNum *b);

#endif
