/* code.c — the `code` type: immutable compiled code (see vm/code.h).
 *
 * Code objects are created only by the compiler (code_new, declared in
 * compiler/codegen.h) and never change afterwards, except that the interpreter may
 * rewrite instructions in place when quickening (`code[]`, `quicken_data`). They hold
 * only immutable constants and other code objects, so they are not GC containers.
 *
 * The position and exception tables use the varint encodings documented in codegen.h;
 * this file is their only decoder.
 */
#include "spry.h"
#include "compiler/codegen.h"
#include "opcode_meta.h"
#include "vm/specialize.h"
#include "objects/weakref.h"

#include <math.h>
#include <mimalloc.h>

#include <stdio.h>

/* ---- table decoding ------------------------------------------------------------------------ */
static unsigned read_varint(const uint8_t **pp, const uint8_t *end) {
    const uint8_t *p = *pp;
    unsigned v = 0;
    int shift = 0;
    while (p < end) {
        uint8_t b = *p++;
        v |= (unsigned)(b & 0x7f) << shift;
        if (!(b & 0x80)) break;
        shift += 7;
    }
    *pp = p;
    return v;
}

static int read_svarint(const uint8_t **pp, const uint8_t *end) {
    unsigned u = read_varint(pp, end);
    return (u & 1) ? -(int)(u >> 1) - 1 : (int)(u >> 1);
}

void code_write_varint(uint8_t **p, unsigned v) {
    while (v >= 0x80) {
        *(*p)++ = (uint8_t)(v & 0x7f) | 0x80;
        v >>= 7;
    }
    *(*p)++ = (uint8_t)v;
}

/* Calls fn for every run of the position table; stops when fn returns true. */
typedef bool (*LocRunFn)(void *arg, int start, int len, int line, int end_line, int col,
                         int end_col);

static void code_iter_locations(const Code *co, LocRunFn fn, void *arg) {
    if (!co->linetable) return;
    const uint8_t *p = (const uint8_t *)bytes_data(co->linetable);
    const uint8_t *end = p + bytes_size(co->linetable);
    int pc = 0, prev_line = co->firstlineno;
    while (p < end) {
        int len = (int)read_varint(&p, end);
        int delta = read_svarint(&p, end);
        unsigned span = read_varint(&p, end);
        int col = (int)read_varint(&p, end) - 1;
        int end_col = (int)read_varint(&p, end) - 1;
        int line = -1, end_line = -1;
        if (span) {
            line = prev_line + delta;
            end_line = line + (int)span - 1;
            prev_line = line;
        }
        if (fn(arg, pc, len, line, end_line, col, end_col)) return;
        pc += len;
    }
}

typedef struct FindLoc {
    int offset;
    int line, end_line, col, end_col;
    bool found;
} FindLoc;

static bool find_loc_cb(void *arg, int start, int len, int line, int end_line, int col,
                        int end_col) {
    FindLoc *f = arg;
    if (f->offset >= start && f->offset < start + len) {
        f->line = line;
        f->end_line = end_line;
        f->col = col;
        f->end_col = end_col;
        f->found = true;
        return true;
    }
    return false;
}

bool code_addr2location(const Code *co, int offset, int *line, int *end_line, int *col,
                        int *end_col) {
    FindLoc f = {.offset = offset, .line = -1, .end_line = -1, .col = -1, .end_col = -1};
    code_iter_locations(co, find_loc_cb, &f);
    *line = f.line;
    *end_line = f.end_line;
    *col = f.col;
    *end_col = f.end_col;
    return f.found && f.line >= 0;
}

static bool fill_lines_cb(void *arg, int start, int len, int line, int end_line, int col,
                          int end_col) {
    (void)end_line, (void)col, (void)end_col;
    Code *co = arg;
    for (int i = start; i < start + len && i < (int)co->ob.ob_size; i++)
        co->line_cache[i] = line;
    return false;
}

int code_line_cached(Thread *t, Code *co, int offset) {
    if (offset < 0 || offset >= (int)co->ob.ob_size)
        return code_addr2line(co, offset);
    if (co->line_cache == NULL) {
        int32_t *lines = mi_heap_malloc(t->heap, sizeof(int32_t) * (size_t)co->ob.ob_size);
        if (lines == NULL)   /* no memory for the table: the slow way, no error */
            return code_addr2line(co, offset);
        for (intptr_t i = 0; i < co->ob.ob_size; i++)
            lines[i] = -1;
        co->line_cache = lines;
        code_iter_locations(co, fill_lines_cb, co);
    }
    return co->line_cache[offset];
}

bool code_find_handler(const Code *co, int offset, int *target, int *depth, bool *lasti) {
    if (!co->exceptiontable) return false;
    const uint8_t *p = (const uint8_t *)bytes_data(co->exceptiontable);
    const uint8_t *end = p + bytes_size(co->exceptiontable);
    while (p < end) {
        int start = (int)read_varint(&p, end);
        int len = (int)read_varint(&p, end);
        int tgt = (int)read_varint(&p, end);
        unsigned dl = read_varint(&p, end);
        if (offset < start) return false;   /* entries are sorted and disjoint */
        if (offset < start + len) {
            *target = tgt;
            *depth = (int)(dl >> 1);
            *lasti = (dl & 1) != 0;
            return true;
        }
    }
    return false;
}

/* One exception-table entry, decoded: offsets start <= i < end go to target. The cached
 * table ends with an entry whose start and end are INT32_MAX. */
typedef struct CodeHandler {
    int32_t start, end, target;
    uint32_t depth_lasti;      /* depth << 1 | lasti, as encoded */
} CodeHandler;

static CodeHandler *decode_handlers(Thread *t, const Code *co) {
    const uint8_t *p = (const uint8_t *)bytes_data(co->exceptiontable);
    const uint8_t *end = p + bytes_size(co->exceptiontable);
    /* every entry takes at least four bytes */
    size_t cap = (size_t)(end - p) / 4 + 1;
    CodeHandler *hs = mi_heap_malloc(t->heap, cap * sizeof(CodeHandler));
    if (hs == NULL) return NULL;
    size_t n = 0;
    while (p < end && n + 1 < cap) {
        int start = (int)read_varint(&p, end);
        int len = (int)read_varint(&p, end);
        hs[n].target = (int)read_varint(&p, end);
        hs[n].depth_lasti = read_varint(&p, end);
        hs[n].start = start;
        hs[n].end = start + len;
        n++;
    }
    hs[n] = (CodeHandler){INT32_MAX, INT32_MAX, 0, 0};
    return hs;
}

bool code_find_handler_cached(Thread *t, Code *co, int offset, int *target, int *depth,
                              bool *lasti) {
    if (!co->exceptiontable) return false;
    if (co->handler_cache == NULL) {
        co->handler_cache = decode_handlers(t, co);
        if (co->handler_cache == NULL)   /* no memory for the table: the slow way, no error */
            return code_find_handler(co, offset, target, depth, lasti);
    }
    const CodeHandler *h = co->handler_cache;
    while (h->end <= offset) h++;        /* sorted and disjoint */
    if (offset < h->start) return false;
    *target = h->target;
    *depth = (int)(h->depth_lasti >> 1);
    *lasti = (h->depth_lasti & 1) != 0;
    return true;
}

/* ---- construction ---------------------------------------------------------------------------- */
static Object *xnew(Object *o) {
    if (o) obj_incref(o);
    return o;
}

Object *code_new(Thread *t, const CodeSpec *s) {
    Code *co = (Code *)obj_alloc_var(t, &code_type, s->ncode);
    if (!co) return NULL;
    co->ob.ob_size = s->ncode;
    memcpy(co->code, s->code, sizeof(CodeUnit) * (size_t)s->ncode);
    spec_install_superinstructions(co);
    co->argcount = s->argcount;
    co->posonlyargcount = s->posonlyargcount;
    co->kwonlyargcount = s->kwonlyargcount;
    co->flags = s->flags;
    co->stacksize = s->stacksize;
    co->firstlineno = s->firstlineno;
    co->consts = xnew(s->consts);
    co->names = xnew(s->names);
    co->localsplusnames = xnew(s->localsplusnames);
    co->localspluskinds = xnew(s->localspluskinds);
    co->filename = xnew(s->filename);
    co->name = xnew(s->name);
    co->qualname = xnew(s->qualname);
    co->linetable = xnew(s->linetable);
    co->exceptiontable = xnew(s->exceptiontable);
    co->doc = xnew(s->doc);
    intptr_t n = tuple_size(s->localsplusnames);
    const uint8_t *kinds = (const uint8_t *)bytes_data(s->localspluskinds);
    co->nlocalsplus = (int)n;
    for (intptr_t i = 0; i < n; i++) {
        if (kinds[i] & CO_FAST_LOCAL) co->nlocals++;
        if (kinds[i] & CO_FAST_CELL) co->ncellvars++;
        if (kinds[i] & CO_FAST_FREE) co->nfreevars++;
    }
    return (Object *)co;
}

static void code_dealloc(Object *o) {
    Code *co = (Code *)o;
    if (co->weakreflist) weakref_clear_refs(o);
    obj_xdecref(co->consts);
    obj_xdecref(co->names);
    obj_xdecref(co->localsplusnames);
    obj_xdecref(co->localspluskinds);
    obj_xdecref(co->filename);
    obj_xdecref(co->name);
    obj_xdecref(co->qualname);
    obj_xdecref(co->linetable);
    obj_xdecref(co->exceptiontable);
    obj_xdecref(co->doc);
    /* quicken_data, if the specializer attached any, is one mem_alloc block. */
    if (co->quicken_data) mem_free(co->quicken_data);
    if (co->line_cache) mem_free(co->line_cache);
    if (co->handler_cache) mem_free(co->handler_cache);
    o->ob_type->tp_free(o);
}

/* ---- Python-level attributes ---------------------------------------------------------------- */
static Ref code_repr(Thread *t, Ref self) {
    Code *co = CODE(ref_obj(self));
    Object *s;
    if (co->filename)
        s = str_from_format(t, "<code object %U at %p, file \"%U\", line %d>", co->name,
                            (void *)co, co->filename, co->firstlineno);
    else
        s = str_from_format(t, "<code object %U at %p, file ???, line %d>", co->name,
                            (void *)co, co->firstlineno);
    return ref_from_obj(s);
}

static Ref obj_or_none(Object *o) { return o ? ref_new(o) : REF_NONE; }

/* The names of the localsplus slots whose kind has `mask`. */
static Ref names_by_kind(Thread *t, Code *co, int mask) {
    intptr_t n = tuple_size(co->localsplusnames), k = 0;
    const uint8_t *kinds = (const uint8_t *)bytes_data(co->localspluskinds);
    for (intptr_t i = 0; i < n; i++)
        if (kinds[i] & mask) k++;
    Object *tup = tuple_new(t, k);
    if (!tup) return REF_NULL;
    k = 0;
    for (intptr_t i = 0; i < n; i++)
        if (kinds[i] & mask) tuple_items(tup)[k++] = ref_dup(tuple_get(co->localsplusnames, i));
    return ref_from_obj(tup);
}

#define CO(self) CODE(ref_obj(self))
#define INT_GETTER(field)                                                                \
    static Ref get_co_##field(Thread *t, Ref self, void *closure) {                      \
        return int_from_i64(t, CO(self)->field);                                         \
    }
INT_GETTER(argcount)
INT_GETTER(posonlyargcount)
INT_GETTER(kwonlyargcount)
INT_GETTER(flags)
INT_GETTER(stacksize)
INT_GETTER(firstlineno)
INT_GETTER(nlocals)
#undef INT_GETTER

static Ref get_co_consts(Thread *t, Ref self, void *c) { return obj_or_none(CO(self)->consts); }
static Ref get_co_names(Thread *t, Ref self, void *c) { return obj_or_none(CO(self)->names); }
static Ref get_co_filename(Thread *t, Ref self, void *c) { return obj_or_none(CO(self)->filename); }
static Ref get_co_name(Thread *t, Ref self, void *c) { return obj_or_none(CO(self)->name); }
static Ref get_co_qualname(Thread *t, Ref self, void *c) { return obj_or_none(CO(self)->qualname); }
static Ref get_co_linetable(Thread *t, Ref self, void *c) { return obj_or_none(CO(self)->linetable); }
static Ref get_co_exceptiontable(Thread *t, Ref self, void *c) {
    return obj_or_none(CO(self)->exceptiontable);
}
static Ref get_co_varnames(Thread *t, Ref self, void *c) { return names_by_kind(t, CO(self), CO_FAST_LOCAL); }
static Ref get_co_cellvars(Thread *t, Ref self, void *c) { return names_by_kind(t, CO(self), CO_FAST_CELL); }
static Ref get_co_freevars(Thread *t, Ref self, void *c) { return names_by_kind(t, CO(self), CO_FAST_FREE); }

static Ref get_co_code(Thread *t, Ref self, void *c) {
    Code *co = CO(self);
    intptr_t n = co->ob.ob_size;
    Object *b = bytes_new_uninit(t, n * 2);
    if (!b) return REF_NULL;
    uint8_t *d = (uint8_t *)bytes_data(b);
    /* The code as compiled: specialized instructions read as their generic forms and
     * inline cache units as CACHE 0. */
    CodeUnit *units = mem_alloc(t, sizeof(CodeUnit) * (size_t)(n ? n : 1));
    if (!units) {
        obj_decref(b);
        return REF_NULL;
    }
    spec_unquickened(co, units);
    for (intptr_t i = 0; i < n; i++) {
        d[2 * i] = (uint8_t)CODEUNIT_OP(units[i]);
        d[2 * i + 1] = (uint8_t)CODEUNIT_ARG(units[i]);
    }
    mem_free(units);
    return ref_from_obj(b);
}

static const GetSetDef code_getsets[] = {
    {"co_argcount", get_co_argcount, NULL, NULL, NULL},
    {"co_posonlyargcount", get_co_posonlyargcount, NULL, NULL, NULL},
    {"co_kwonlyargcount", get_co_kwonlyargcount, NULL, NULL, NULL},
    {"co_flags", get_co_flags, NULL, NULL, NULL},
    {"co_stacksize", get_co_stacksize, NULL, NULL, NULL},
    {"co_firstlineno", get_co_firstlineno, NULL, NULL, NULL},
    {"co_nlocals", get_co_nlocals, NULL, NULL, NULL},
    {"co_consts", get_co_consts, NULL, NULL, NULL},
    {"co_names", get_co_names, NULL, NULL, NULL},
    {"co_varnames", get_co_varnames, NULL, NULL, NULL},
    {"co_cellvars", get_co_cellvars, NULL, NULL, NULL},
    {"co_freevars", get_co_freevars, NULL, NULL, NULL},
    {"co_filename", get_co_filename, NULL, NULL, NULL},
    {"co_name", get_co_name, NULL, NULL, NULL},
    {"co_qualname", get_co_qualname, NULL, NULL, NULL},
    {"co_code", get_co_code, NULL, NULL, NULL},
    {"_co_code_adaptive", get_co_code, NULL, NULL, NULL},
    {"co_linetable", get_co_linetable, NULL, NULL, NULL},
    {"co_exceptiontable", get_co_exceptiontable, NULL, NULL, NULL},
    {NULL},
};

/* co_positions(): an iterator of (line, end_line, col, end_col) per code unit, as
 * CPython's (None for unknown fields). co_lines(): (start, end, line) byte ranges. */
typedef struct PosAcc {
    Thread *t;
    Object *list;
    bool lines;
    bool failed;
} PosAcc;

static Ref int_or_none(Thread *t, int v) { return v < 0 ? REF_NONE : int_from_i64(t, v); }

static bool pos_cb(void *arg, int start, int len, int line, int end_line, int col, int end_col) {
    PosAcc *acc = arg;
    Thread *t = acc->t;
    if (acc->lines) {
        Ref items[3] = {int_from_i64(t, start * 2), int_from_i64(t, (start + len) * 2),
                        int_or_none(t, line)};
        Object *tup = tuple_from_array_steal(t, items, 3);
        if (!tup || list_append_steal(t, acc->list, ref_from_obj(tup)) < 0) {
            acc->failed = true;
            return true;
        }
        return false;
    }
    for (int i = 0; i < len; i++) {
        Ref items[4] = {int_or_none(t, line), int_or_none(t, end_line), int_or_none(t, col),
                        int_or_none(t, end_col)};
        Object *tup = tuple_from_array_steal(t, items, 4);
        if (!tup || list_append_steal(t, acc->list, ref_from_obj(tup)) < 0) {
            acc->failed = true;
            return true;
        }
    }
    return false;
}

static Ref positions_common(Thread *t, Ref self, bool lines) {
    Object *list = list_new(t, 0);
    if (!list) return REF_NULL;
    PosAcc acc = {t, list, lines, false};
    code_iter_locations(CO(self), pos_cb, &acc);
    if (acc.failed) {
        obj_decref(list);
        return REF_NULL;
    }
    Ref it = obj_iter(t, ref_from_obj(list));
    obj_decref(list);
    return it;
}

static Ref code_co_positions(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "co_positions", nargs, kw)) return REF_NULL;
    return positions_common(t, self, false);
}

static Ref code_co_lines(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "co_lines", nargs, kw)) return REF_NULL;
    return positions_common(t, self, true);
}

/* replace(**changes): a copy with some fields changed (names, consts, name, qualname,
 * filename, firstlineno, flags). */
static Ref code_replace(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (nargs) return err_set(t, &exc_TypeError, "replace() takes no positional arguments");
    Code *co = CO(self);
    CodeSpec s = {
        .code = NULL, .ncode = (int)co->ob.ob_size, .argcount = co->argcount,
        .posonlyargcount = co->posonlyargcount, .kwonlyargcount = co->kwonlyargcount,
        .flags = co->flags, .stacksize = co->stacksize, .firstlineno = co->firstlineno,
        .consts = co->consts, .names = co->names, .localsplusnames = co->localsplusnames,
        .localspluskinds = co->localspluskinds, .filename = co->filename, .name = co->name,
        .qualname = co->qualname, .linetable = co->linetable,
        .exceptiontable = co->exceptiontable, .doc = co->doc,
    };
    intptr_t nkw = kwnames ? tuple_size(kwnames) : 0;
    for (intptr_t i = 0; i < nkw; i++) {
        Object *k = ref_obj(tuple_get(kwnames, i));
        Ref v = args[i];
        if (str_eq_cstr(k, "co_name") || str_eq_cstr(k, "co_qualname") ||
            str_eq_cstr(k, "co_filename")) {
            if (!str_check(v))
                return err_format(t, &exc_TypeError, "replace() argument '%U' must be str, not %T", k, v);
            if (str_eq_cstr(k, "co_name")) s.name = ref_obj(v);
            else if (str_eq_cstr(k, "co_qualname")) s.qualname = ref_obj(v);
            else s.filename = ref_obj(v);
        } else if (str_eq_cstr(k, "co_consts") || str_eq_cstr(k, "co_names")) {
            if (!tuple_check(v))
                return err_format(t, &exc_TypeError, "replace() argument '%U' must be tuple, not %T", k, v);
            if (str_eq_cstr(k, "co_consts")) s.consts = ref_obj(v);
            else {
                if (tuple_size(ref_obj(v)) != tuple_size(co->names))
                    return err_set(t, &exc_ValueError, "co_names has the wrong length");
                s.names = ref_obj(v);
            }
        } else if (str_eq_cstr(k, "co_firstlineno") || str_eq_cstr(k, "co_flags")) {
            if (!int_check(v))
                return err_format(t, &exc_TypeError, "replace() argument '%U' must be int, not %T", k, v);
            int64_t x = int_as_i64(t, v);
            if (x == -1 && err_occurred(t)) return REF_NULL;
            if (str_eq_cstr(k, "co_firstlineno")) s.firstlineno = (int)x;
            else s.flags = (int)x;
        } else {
            return err_format(t, &exc_TypeError, "replace() got an unexpected keyword argument '%U'", k);
        }
    }
    /* The copy starts from the code as compiled, not this one's quickened state. */
    CodeUnit *units = mem_alloc(t, sizeof(CodeUnit) * (size_t)(s.ncode ? s.ncode : 1));
    if (!units) return REF_NULL;
    spec_unquickened(co, units);
    s.code = units;
    Object *copy = code_new(t, &s);
    mem_free(units);
    return ref_from_obj(copy);
}

/* ---- Value equality: two compilations of the same source compare equal --------------------- */

/* Whether two constants are the same constant: as CPython, equal values of different types
 * (1, 1.0, True) or signs of zero differ, containers compare item by item, and what is not
 * a plain value (anything but None, ..., numbers, str, bytes, code, tuple, frozenset)
 * compares by identity. */
static int const_same(Thread *t, Ref a, Ref b) {
    if (ref_is(a, b)) return 1;
    Type *type = ref_type(a);
    if (type != ref_type(b)) return 0;
    if (type == &float_type) {
        double x = float_value(a), y = float_value(b);
        return x == y && signbit(x) == signbit(y);
    }
    if (type == &complex_type) {
        const Complex *x = (const Complex *)ref_obj(a), *y = (const Complex *)ref_obj(b);
        return x->real == y->real && x->imag == y->imag &&
               signbit(x->real) == signbit(y->real) && signbit(x->imag) == signbit(y->imag);
    }
    if (type == &tuple_type) {
        intptr_t n = tuple_size(ref_obj(a));
        if (n != tuple_size(ref_obj(b))) return 0;
        for (intptr_t i = 0; i < n; i++) {
            int same = const_same(t, tuple_get(ref_obj(a), i), tuple_get(ref_obj(b), i));
            if (same != 1) return same;
        }
        return 1;
    }
    if (type == &int_type || type == &bool_type || type == &str_type || type == &bytes_type ||
        type == &code_type || type == &frozenset_type)
        return obj_eq(t, a, b);
    return 0;
}

static int code_same(Thread *t, const Code *x, const Code *y) {
    if (x->argcount != y->argcount || x->posonlyargcount != y->posonlyargcount ||
        x->kwonlyargcount != y->kwonlyargcount || x->flags != y->flags ||
        x->firstlineno != y->firstlineno || x->ob.ob_size != y->ob.ob_size)
        return 0;
    /* quickening rewrites the units in place: compare what was compiled */
    size_t n = (size_t)x->ob.ob_size;
    CodeUnit *ux = mem_alloc(t, sizeof(CodeUnit) * (n ? 2 * n : 1));
    if (!ux) return -1;
    CodeUnit *uy = ux + n;
    spec_unquickened(x, ux);
    spec_unquickened(y, uy);
    int same = memcmp(ux, uy, sizeof(CodeUnit) * n) == 0;
    mem_free(ux);
    if (!same) return 0;
    Ref fields[][2] = {
        {ref_from_obj(x->name), ref_from_obj(y->name)},
        {ref_from_obj(x->names), ref_from_obj(y->names)},
        {ref_from_obj(x->localsplusnames), ref_from_obj(y->localsplusnames)},
        {ref_from_obj(x->linetable), ref_from_obj(y->linetable)},
        {ref_from_obj(x->exceptiontable), ref_from_obj(y->exceptiontable)},
    };
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        int eq = obj_eq(t, fields[i][0], fields[i][1]);
        if (eq != 1) return eq;
    }
    return const_same(t, ref_from_obj(x->consts), ref_from_obj(y->consts));
}

static Ref code_richcompare(Thread *t, Ref a, Ref b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || ref_type(b) != &code_type) return REF_NOTIMPLEMENTED;
    int same = code_same(t, CO(a), CO(b));
    if (same < 0) return REF_NULL;
    return ref_from_bool(same == (op == CMP_EQ));
}

/* Over the fields code_same compares with plain equality (constants' hashes would tie
 * 1 and 1.0 anyway, and cost more). */
static int64_t code_hash(Thread *t, Ref self) {
    const Code *co = CO(self);
    Object *parts[] = {co->name, co->names, co->localsplusnames};
    uint64_t h = (uint64_t)co->argcount ^ ((uint64_t)co->flags << 8) ^
                 ((uint64_t)co->firstlineno << 16) ^ ((uint64_t)co->ob.ob_size << 32);
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        int64_t part = obj_hash(t, ref_from_obj(parts[i]));
        if (part == -1) return -1;
        h = h * 1000003 ^ (uint64_t)part;
    }
    return (int64_t)h == -1 ? -2 : (int64_t)h;
}

static const MethodDef code_methods[] = {
    {"co_positions", code_co_positions, 0, NULL},
    {"co_lines", code_co_lines, 0, NULL},
    {"replace", code_replace, 0, NULL},
    {NULL},
};

Type code_type = {
    TYPE_HEAD_INIT,
    .tp_name = "code",
    .tp_basicsize = sizeof(Code),
    .tp_itemsize = sizeof(CodeUnit),
    .tp_weaklistoffset = offsetof(Code, weakreflist),
    .tp_flags = 0,
    .tp_dealloc = code_dealloc,
    .tp_free = obj_free,
    .repr = code_repr,
    .hash = code_hash,
    .richcompare = code_richcompare,
    .methods = code_methods,
    .getsets = code_getsets,
};
