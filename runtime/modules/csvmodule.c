/* The _csv module: dialects, the record parser (a character state machine), the writer's
 * quoting, and the dialect registry, with CPython 3.11's messages. runtime/lib/csv.py adds
 * the Dialect classes, DictReader/DictWriter and Sniffer. The registry and the field size
 * limit live in the module's dict ("_dialects", "_field_limit"): no process-wide state. */
#include <pthread.h>
#include <string.h>

#include "modules/modules.h"
#include "spry.h"

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)

enum { QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE };
#define NOT_SET (-1)
#define END_OF_LINE (-2) /* the parser's marker after each line's characters */
#define DEFAULT_FIELD_LIMIT (128 * 1024)

Type exc_CsvError = {
    TYPE_HEAD_INIT,
    .tp_name = "_csv.Error",
    .tp_basicsize = sizeof(BaseExc),
    .tp_flags = TPFLAG_BASETYPE | TPFLAG_BASE_EXC_SUBCLASS,
    .tp_dictoffset = offsetof(BaseExc, dict),
    .tp_base = &exc_Exception,
};

/* ---- Dialect -------------------------------------------------------------------------- */

typedef struct DialectObj {
    Object ob;
    int32_t delimiter, quotechar, escapechar; /* code points; NOT_SET when None */
    Object *lineterminator;                   /* str */
    int quoting;
    bool doublequote, skipinitialspace, strict;
} DialectObj;

Type csv_dialect_type;

/* The parameters of a dialect, in the order Dialect() takes them positionally. */
static const char *const dialect_params[] = {"dialect", "delimiter", "doublequote", "escapechar",
                                             "lineterminator", "quotechar", "quoting",
                                             "skipinitialspace", "strict", NULL};
enum { P_DIALECT, P_DELIMITER, P_DOUBLEQUOTE, P_ESCAPECHAR, P_LINETERMINATOR, P_QUOTECHAR,
       P_QUOTING, P_SKIPINITIALSPACE, P_STRICT, P_COUNT };

/* Binds positional arguments (in dialect_params order) and keyword arguments (values
 * after the positional ones) to dialect_params; vals[] are borrowed, REF_NULL when absent. */
static bool bind_params(Thread *t, const Ref *args, size_t nargs, Object *kwnames, Ref vals[P_COUNT]) {
    for (int i = 0; i < P_COUNT; i++) vals[i] = REF_NULL;
    if (nargs > P_COUNT) {
        err_format(t, &exc_TypeError, "function takes at most %d arguments (%zu given)", P_COUNT, nargs);
        return false;
    }
    for (size_t i = 0; i < nargs; i++) vals[i] = args[i];
    intptr_t nkw = kwnames ? tuple_size(kwnames) : 0;
    for (intptr_t k = 0; k < nkw; k++) {
        Object *name = ref_obj(tuple_items(kwnames)[k]);
        const char *s = str_utf8_lossy(name);
        int idx = -1;
        for (int i = 0; i < P_COUNT; i++)
            if (strcmp(s, dialect_params[i]) == 0) idx = i;
        if (idx < 0) {
            err_format(t, &exc_TypeError, "'%U' is an invalid keyword argument for this function", name);
            return false;
        }
        vals[idx] = args[nargs + (size_t)k];
    }
    return true;
}

static bool set_char(Thread *t, const char *name, Ref v, bool allow_none, int32_t dflt, int32_t *out) {
    if (ref_is_null(v)) {
        *out = dflt;
        return true;
    }
    if (allow_none && ref_is_none(v)) {
        *out = NOT_SET;
        return true;
    }
    if (!str_check(v)) {
        err_format(t, &exc_TypeError, allow_none ? "\"%s\" must be string or None, not %T" : "\"%s\" must be string, not %T",
                   name, v);
        return false;
    }
    if (str_len(ref_obj(v)) != 1) {
        err_format(t, &exc_TypeError, "\"%s\" must be a 1-character string", name);
        return false;
    }
    *out = (int32_t)str_char_at(ref_obj(v), 0);
    return true;
}

static bool set_bool(Thread *t, Ref v, bool dflt, bool *out) {
    if (ref_is_null(v)) {
        *out = dflt;
        return true;
    }
    int b = obj_truthy(t, v);
    if (b < 0) return false;
    *out = b;
    return true;
}

/* Looks a dialect name up in the module's registry; csv.Error when unknown. */
static Ref registry_get(Thread *t, Object *module, Ref name) {
    Ref reg = dict_get_cstr(t, module_dict(module), "_dialects");
    if (ref_is_null(reg)) return REF_NULL;
    Ref d = dict_get(t, ref_obj(reg), name);
    ref_close(reg);
    if (ref_is_null(d) && !err_occurred(t)) err_set(t, &exc_CsvError, "unknown dialect");
    return d;
}

/* A Dialect from a base (None, a registered name, or any object with dialect attributes)
 * and overriding parameters. module may be NULL when names cannot be resolved. */
static Ref dialect_build(Thread *t, Type *type, Object *module, Ref vals[P_COUNT]) {
    Ref base = vals[P_DIALECT];
    Ref owned_base = REF_NULL;
    if (!ref_is_null(base) && str_check(base) && module) {
        owned_base = registry_get(t, module, base);
        if (ref_is_null(owned_base)) return REF_NULL;
        base = owned_base;
    }
    if (!ref_is_null(base) && ref_type(base) == &csv_dialect_type && type == &csv_dialect_type) {
        bool plain = true;
        for (int i = 1; i < P_COUNT; i++)
            if (!ref_is_null(vals[i])) plain = false;
        if (plain) return ref_is_null(owned_base) ? ref_dup(base) : owned_base;
    }
    Ref owned[P_COUNT];
    for (int i = 0; i < P_COUNT; i++) owned[i] = REF_NULL;
    if (!ref_is_null(base) && !ref_is_none(base)) {
        for (int i = 1; i < P_COUNT; i++) {
            if (!ref_is_null(vals[i])) continue;
            Object *name = str_intern_cstr(t, dialect_params[i]);
            owned[i] = name ? obj_lookup_attr(t, base, name) : REF_NULL;
            if (err_occurred(t)) goto fail;
            vals[i] = owned[i];
        }
    }
    DialectObj *d = (DialectObj *)obj_alloc(t, type, (size_t)type->tp_basicsize);
    if (!d) goto fail;
    /* The checks run in CPython's order, so a dialect with several faults reports the same
     * one: the lineterminator's type comes before the quotechar's, but "must be set" last. */
    Ref lt = vals[P_LINETERMINATOR];
    if (!set_char(t, "delimiter", vals[P_DELIMITER], false, ',', &d->delimiter) ||
        !set_bool(t, vals[P_DOUBLEQUOTE], true, &d->doublequote) ||
        !set_char(t, "escapechar", vals[P_ESCAPECHAR], true, NOT_SET, &d->escapechar))
        goto fail_d;
    if (!ref_is_null(lt) && !ref_is_none(lt) && !str_check(lt)) {
        err_set(t, &exc_TypeError, "\"lineterminator\" must be a string");
        goto fail_d;
    }
    if (!set_char(t, "quotechar", vals[P_QUOTECHAR], true, '"', &d->quotechar) ||
        !set_bool(t, vals[P_SKIPINITIALSPACE], false, &d->skipinitialspace) ||
        !set_bool(t, vals[P_STRICT], false, &d->strict))
        goto fail_d;
    Ref q = vals[P_QUOTING];
    if (ref_is_null(q)) {
        /* quotechar=None alone means no quoting at all */
        d->quoting = ref_is_none(vals[P_QUOTECHAR]) ? QUOTE_NONE : QUOTE_MINIMAL;
    } else {
        if (!int_check(q)) {
            err_set(t, &exc_TypeError, "\"quoting\" must be an integer");
            goto fail_d;
        }
        int overflow = 0;
        int64_t qv = int_as_i64_overflow(q, &overflow);
        if (overflow || qv < QUOTE_MINIMAL || qv > QUOTE_NONE) {
            err_set(t, &exc_TypeError, "bad \"quoting\" value");
            goto fail_d;
        }
        d->quoting = (int)qv;
    }
    if (d->quotechar == NOT_SET && !ref_is_null(q) && d->quoting != QUOTE_NONE) {
        err_set(t, &exc_TypeError, "quotechar must be set if quoting enabled");
        goto fail_d;
    }
    if (ref_is_none(lt)) {
        err_set(t, &exc_TypeError, "lineterminator must be set");
        goto fail_d;
    }
    d->lineterminator = ref_is_null(lt) ? str_from_cstr(t, "\r\n") : ref_obj(ref_dup(lt));
    if (!d->lineterminator) goto fail_d;
    for (int i = 0; i < P_COUNT; i++) ref_close(owned[i]);
    ref_close(owned_base);
    return ref_from_obj(&d->ob);
fail_d:
    obj_decref(&d->ob);
fail:
    for (int i = 0; i < P_COUNT; i++) ref_close(owned[i]);
    ref_close(owned_base);
    return REF_NULL;
}

static Ref dialect_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kw) {
    Ref vals[P_COUNT];
    if (!bind_params(t, args, nargs, kw, vals)) return REF_NULL;
    return dialect_build(t, type, NULL, vals);
}

static void dialect_dealloc(Object *o) {
    obj_xdecref(((DialectObj *)o)->lineterminator);
    o->ob_type->tp_free(o);
}

#define DIALECT(r) ((DialectObj *)ref_obj(r))

static Ref char_or_none(Thread *t, int32_t c) {
    if (c == NOT_SET) return REF_NONE;
    return ref_from_obj(str_from_char(t, (uint32_t)c));
}

static Ref get_delimiter(Thread *t, Ref self, void *c) { (void)c; return char_or_none(t, DIALECT(self)->delimiter); }
static Ref get_quotechar(Thread *t, Ref self, void *c) { (void)c; return char_or_none(t, DIALECT(self)->quotechar); }
static Ref get_escapechar(Thread *t, Ref self, void *c) { (void)c; return char_or_none(t, DIALECT(self)->escapechar); }
static Ref get_lineterminator(Thread *t, Ref self, void *c) {
    (void)t, (void)c;
    return ref_new(DIALECT(self)->lineterminator);
}
static Ref get_quoting(Thread *t, Ref self, void *c) { (void)t, (void)c; return ref_from_int(DIALECT(self)->quoting); }
static Ref get_doublequote(Thread *t, Ref self, void *c) { (void)t, (void)c; return ref_from_bool(DIALECT(self)->doublequote); }
static Ref get_skipinitialspace(Thread *t, Ref self, void *c) {
    (void)t, (void)c;
    return ref_from_bool(DIALECT(self)->skipinitialspace);
}
static Ref get_strict(Thread *t, Ref self, void *c) { (void)t, (void)c; return ref_from_bool(DIALECT(self)->strict); }

static const GetSetDef dialect_getsets[] = {
    {"delimiter", get_delimiter, NULL, NULL, NULL},
    {"quotechar", get_quotechar, NULL, NULL, NULL},
    {"escapechar", get_escapechar, NULL, NULL, NULL},
    {"lineterminator", get_lineterminator, NULL, NULL, NULL},
    {"quoting", get_quoting, NULL, NULL, NULL},
    {"doublequote", get_doublequote, NULL, NULL, NULL},
    {"skipinitialspace", get_skipinitialspace, NULL, NULL, NULL},
    {"strict", get_strict, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

Type csv_dialect_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_csv.Dialect",
    .tp_basicsize = sizeof(DialectObj),
    .tp_flags = TPFLAG_BASETYPE,
    .tp_doc = "CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n",
    .tp_dealloc = dialect_dealloc,
    .tp_free = obj_free,
    .new_ = dialect_new,
    .getsets = dialect_getsets,
};

/* The dialect for reader()/writer()/register_dialect(): args after the first `skip`
 * positional ones are (dialect, **fmtparams). */
static Ref dialect_from_call(Thread *t, Object *module, const Ref *args, size_t nargs, Object *kw, size_t skip) {
    Ref vals[P_COUNT];
    if (nargs > skip + 1) {
        err_format(t, &exc_TypeError, "function takes at most %zu positional arguments (%zu given)", skip + 1, nargs);
        return REF_NULL;
    }
    if (!bind_params(t, args + skip, nargs - skip, kw, vals)) return REF_NULL;
    return dialect_build(t, &csv_dialect_type, module, vals);
}

static intptr_t field_limit(Thread *t, Object *module) {
    Ref v = dict_get_cstr(t, module_dict(module), "_field_limit");
    intptr_t n = DEFAULT_FIELD_LIMIT;
    if (!ref_is_null(v) && ref_is_int(v)) n = (intptr_t)ref_int(v);
    ref_close(v);
    return n;
}

/* ---- reader --------------------------------------------------------------------------- */

typedef enum {
    START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD,
    QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL
} ParserState;

typedef struct ReaderObj {
    Object ob;
    Ref input;             /* iterator of lines */
    DialectObj *dialect;
    Object *module;        /* for the field size limit */
    Object *fields;        /* list being built, or NULL */
    ParserState state;
    uint32_t *field;
    intptr_t field_len, field_cap, limit;
    bool numeric_field;
    intptr_t line_num;
} ReaderObj;

Type csv_reader_type, csv_writer_type;

static int reader_traverse(Object *o, VisitFn visit, void *arg) {
    ReaderObj *r = (ReaderObj *)o;
    int rc;
    if (ref_is_obj(r->input) && (rc = visit(ref_obj(r->input), arg))) return rc;
    if (r->fields && (rc = visit(r->fields, arg))) return rc;
    return 0;
}

static void reader_dealloc(Object *o) {
    ReaderObj *r = (ReaderObj *)o;
    gc_untrack(o);
    ref_close(r->input);
    obj_xdecref(&r->dialect->ob);
    obj_xdecref(r->module);
    obj_xdecref(r->fields);
    mem_free(r->field);
    o->ob_type->tp_free(o);
}

static int save_field(Thread *t, ReaderObj *r) {
    Object *s = str_from_ucs4(t, r->field, r->field_len);
    if (!s) return -1;
    r->field_len = 0;
    Ref v = ref_from_obj(s);
    if (r->numeric_field) {
        r->numeric_field = false;
        v = obj_float(t, v);
        obj_decref(s);
        if (ref_is_null(v)) return -1;
    }
    return list_append_steal(t, r->fields, v);
}

static int add_char(Thread *t, ReaderObj *r, uint32_t c) {
    if (r->field_len >= r->limit) {
        err_format(t, &exc_CsvError, "field larger than field limit (%zd)", r->limit);
        return -1;
    }
    if (r->field_len == r->field_cap) {
        intptr_t cap = r->field_cap ? r->field_cap * 2 : 64;
        uint32_t *p = mem_realloc(t, r->field, (size_t)cap * sizeof(uint32_t));
        if (!p) return -1;
        r->field = p;
        r->field_cap = cap;
    }
    r->field[r->field_len++] = c;
    return 0;
}

static bool is_eol(int32_t c) { return c == '\n' || c == '\r' || c == END_OF_LINE; }

/* Ends the current field at a line break; EOL ends the record, a CR/LF starts eating
 * the rest of the line ending. */
static int end_field_at_break(Thread *t, ReaderObj *r, int32_t c) {
    if (save_field(t, r) < 0) return -1;
    r->state = c == END_OF_LINE ? START_RECORD : EAT_CRNL;
    return 0;
}

static int process_char(Thread *t, ReaderObj *r, int32_t c) {
    const DialectObj *d = r->dialect;
    switch (r->state) {
    case START_RECORD:
        if (c == END_OF_LINE) return 0; /* an empty line: the record is [] */
        if (c == '\n' || c == '\r') {
            r->state = EAT_CRNL;
            return 0;
        }
        r->state = START_FIELD;
        /* fall through */
    case START_FIELD:
        if (is_eol(c)) return end_field_at_break(t, r, c);
        if (c == d->quotechar && d->quoting != QUOTE_NONE) r->state = IN_QUOTED_FIELD;
        else if (c == d->escapechar) r->state = ESCAPED_CHAR;
        else if (c == ' ' && d->skipinitialspace) {
        } else if (c == d->delimiter) return save_field(t, r);
        else {
            if (d->quoting == QUOTE_NONNUMERIC) r->numeric_field = true;
            if (add_char(t, r, (uint32_t)c) < 0) return -1;
            r->state = IN_FIELD;
        }
        return 0;
    case ESCAPED_CHAR:
        if (c == '\n' || c == '\r') {
            if (add_char(t, r, (uint32_t)c) < 0) return -1;
            r->state = AFTER_ESCAPED_CRNL;
            return 0;
        }
        if (c == END_OF_LINE) c = '\n';
        if (add_char(t, r, (uint32_t)c) < 0) return -1;
        r->state = IN_FIELD;
        return 0;
    case AFTER_ESCAPED_CRNL:
        if (c == END_OF_LINE) return 0;
        /* fall through */
    case IN_FIELD:
        if (is_eol(c)) return end_field_at_break(t, r, c);
        if (c == d->escapechar) r->state = ESCAPED_CHAR;
        else if (c == d->delimiter) {
            if (save_field(t, r) < 0) return -1;
            r->state = START_FIELD;
        } else if (add_char(t, r, (uint32_t)c) < 0) return -1;
        return 0;
    case IN_QUOTED_FIELD:
        if (c == END_OF_LINE) {
        } else if (c == d->escapechar) r->state = ESCAPE_IN_QUOTED_FIELD;
        else if (c == d->quotechar && d->quoting != QUOTE_NONE) r->state = d->doublequote ? QUOTE_IN_QUOTED_FIELD : IN_FIELD;
        else if (add_char(t, r, (uint32_t)c) < 0) return -1;
        return 0;
    case ESCAPE_IN_QUOTED_FIELD:
        if (c == END_OF_LINE) c = '\n';
        if (add_char(t, r, (uint32_t)c) < 0) return -1;
        r->state = IN_QUOTED_FIELD;
        return 0;
    case QUOTE_IN_QUOTED_FIELD:
        if (d->quoting != QUOTE_NONE && c == d->quotechar) {
            if (add_char(t, r, (uint32_t)c) < 0) return -1;
            r->state = IN_QUOTED_FIELD;
        } else if (c == d->delimiter) {
            if (save_field(t, r) < 0) return -1;
            r->state = START_FIELD;
        } else if (is_eol(c)) {
            return end_field_at_break(t, r, c);
        } else if (!d->strict) {
            if (add_char(t, r, (uint32_t)c) < 0) return -1;
            r->state = IN_FIELD;
        } else {
            err_format(t, &exc_CsvError, "'%c' expected after '%c'", (int)d->delimiter, (int)d->quotechar);
            return -1;
        }
        return 0;
    case EAT_CRNL:
        if (c == '\n' || c == '\r') return 0;
        if (c == END_OF_LINE) {
            r->state = START_RECORD;
            return 0;
        }
        err_set(t, &exc_CsvError,
                "new-line character seen in unquoted field - do you need to open the file in universal-newline mode?");
        return -1;
    }
    return 0;
}

static Ref reader_next(Thread *t, Ref self) {
    ReaderObj *r = (ReaderObj *)ref_obj(self);
    obj_xdecref(r->fields);
    r->fields = list_new(t, 0);
    if (!r->fields) return REF_NULL;
    r->field_len = 0;
    r->state = START_RECORD;
    r->numeric_field = false;
    r->limit = field_limit(t, r->module);
    do {
        Ref line = obj_next(t, r->input);
        if (ref_is_null(line)) {
            if (!err_occurred(t) && (r->field_len != 0 || r->state == IN_QUOTED_FIELD)) {
                if (r->dialect->strict) return err_set(t, &exc_CsvError, "unexpected end of data");
                if (save_field(t, r) < 0) return REF_NULL;
                break;
            }
            return REF_NULL;
        }
        if (!str_check(line)) {
            err_format(t, &exc_CsvError,
                       "iterator should return strings, not %.200s (the file should be opened in text mode)",
                       type_name(ref_type(line)));
            ref_close(line);
            return REF_NULL;
        }
        r->line_num++;
        Object *s = ref_obj(line);
        int kind = STR(s)->kind;
        const void *data = str_data(s);
        intptr_t n = str_len(s);
        for (intptr_t i = 0; i < n; i++) {
            if (process_char(t, r, (int32_t)str_read(kind, data, i)) < 0) {
                ref_close(line);
                return REF_NULL;
            }
        }
        ref_close(line);
        if (process_char(t, r, END_OF_LINE) < 0) return REF_NULL;
    } while (r->state != START_RECORD);
    Object *fields = r->fields;
    r->fields = NULL;
    return ref_from_obj(fields);
}

static Ref reader_iter(Thread *t, Ref self) {
    (void)t;
    return ref_dup(self);
}

static Ref reader_get_dialect(Thread *t, Ref self, void *c) {
    (void)t, (void)c;
    return ref_new(&((ReaderObj *)ref_obj(self))->dialect->ob);
}

static Ref reader_get_line_num(Thread *t, Ref self, void *c) {
    (void)c;
    return int_from_i64(t, ((ReaderObj *)ref_obj(self))->line_num);
}

static const GetSetDef reader_getsets[] = {
    {"dialect", reader_get_dialect, NULL, NULL, NULL},
    {"line_num", reader_get_line_num, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

Type csv_reader_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_csv.reader",
    .tp_basicsize = sizeof(ReaderObj),
    .tp_flags = TPFLAG_HAVE_GC | TPFLAG_DISALLOW_INSTANTIATION,
    .tp_doc = "CSV reader\n\nReader objects are responsible for reading and parsing tabular data\nin CSV format.\n",
    .tp_dealloc = reader_dealloc,
    .tp_traverse = reader_traverse,
    .tp_free = obj_free,
    .iter = reader_iter,
    .iternext = reader_next,
    .getsets = reader_getsets,
};

FN(csv_reader) {
    if (nargs < 1) return err_set(t, &exc_TypeError, "expected at least 1 argument, got 0");
    Ref input = obj_iter(t, args[0]);
    if (ref_is_null(input)) return REF_NULL;
    Ref d = dialect_from_call(t, ref_obj(self), args, nargs, kw, 1);
    if (ref_is_null(d)) {
        ref_close(input);
        return REF_NULL;
    }
    ReaderObj *r = (ReaderObj *)obj_alloc(t, &csv_reader_type, sizeof(ReaderObj));
    if (!r) {
        ref_close(input);
        ref_close(d);
        return REF_NULL;
    }
    r->input = input;
    r->dialect = DIALECT(d);
    r->module = ref_obj(self);
    obj_incref(r->module);
    gc_track(&r->ob);
    return ref_from_obj(&r->ob);
}

/* ---- writer --------------------------------------------------------------------------- */

typedef struct WriterObj {
    Object ob;
    Ref write;             /* the file's bound write method */
    DialectObj *dialect;
} WriterObj;

static int writer_traverse(Object *o, VisitFn visit, void *arg) {
    WriterObj *w = (WriterObj *)o;
    if (ref_is_obj(w->write)) return visit(ref_obj(w->write), arg);
    return 0;
}

static void writer_dealloc(Object *o) {
    WriterObj *w = (WriterObj *)o;
    gc_untrack(o);
    ref_close(w->write);
    obj_xdecref(&w->dialect->ob);
    o->ob_type->tp_free(o);
}

static bool is_number(Ref v) {
    Type *tp = ref_type(v);
    return tp->index || tp->int_ || tp->float_ || type_is_subtype(tp, &complex_type);
}

static bool in_lineterminator(const DialectObj *d, uint32_t c) {
    Object *lt = d->lineterminator;
    intptr_t n = str_len(lt);
    for (intptr_t i = 0; i < n; i++)
        if (str_char_at(lt, i) == c) return true;
    return false;
}

static bool is_special(const DialectObj *d, uint32_t c) {
    return (int32_t)c == d->delimiter || (int32_t)c == d->escapechar || (int32_t)c == d->quotechar ||
           in_lineterminator(d, c);
}

/* Whether a special character is written escaped (else the field gets quoted). */
static bool needs_escape(const DialectObj *d, uint32_t c) {
    if (d->quoting == QUOTE_NONE) return true;
    if ((int32_t)c == d->quotechar) return !d->doublequote;
    return (int32_t)c == d->escapechar;
}

/* Appends one field (after a delimiter unless first), quoting or escaping as the dialect
 * requires. */
static bool append_field(Thread *t, const DialectObj *d, StrBuilder *rec, Object *field, bool quoted, bool first) {
    if (!first && !str_builder_putc(t, rec, (uint32_t)d->delimiter)) return false;
    intptr_t n = field ? str_len(field) : 0;
    for (intptr_t i = 0; i < n && !quoted; i++) {
        uint32_t c = str_char_at(field, i);
        if (is_special(d, c) && !needs_escape(d, c)) quoted = true;
    }
    if (quoted && !str_builder_putc(t, rec, (uint32_t)d->quotechar)) return false;
    for (intptr_t i = 0; i < n; i++) {
        uint32_t c = str_char_at(field, i);
        if (is_special(d, c)) {
            if (needs_escape(d, c)) {
                if (d->escapechar == NOT_SET) {
                    str_builder_discard(rec);
                    err_set(t, &exc_CsvError, "need to escape, but no escapechar set");
                    return false;
                }
                if (!str_builder_putc(t, rec, (uint32_t)d->escapechar)) return false;
            } else if ((int32_t)c == d->quotechar && !str_builder_putc(t, rec, c)) {
                return false;
            }
        }
        if (!str_builder_putc(t, rec, c)) return false;
    }
    return !quoted || str_builder_putc(t, rec, (uint32_t)d->quotechar);
}

FN(writer_writerow) {
    if (!args_count(t, "writerow", nargs, kw, 1, 1)) return REF_NULL;
    WriterObj *w = (WriterObj *)ref_obj(self);
    const DialectObj *d = w->dialect;
    Ref it = obj_iter(t, args[0]);
    if (ref_is_null(it)) {
        if (err_matches(t, &exc_TypeError)) {
            err_clear(t);
            return err_format(t, &exc_CsvError, "iterable expected, not %.200s", type_name(ref_type(args[0])));
        }
        return REF_NULL;
    }
    StrBuilder rec;
    str_builder_init(&rec);
    intptr_t nfields = 0;
    Ref v;
    while (!ref_is_null(v = obj_next(t, it))) {
        bool quoted = d->quoting == QUOTE_ALL || (d->quoting == QUOTE_NONNUMERIC && !is_number(v));
        Object *s = NULL;
        if (!ref_is_none(v)) {
            Ref sv = float_check_exact(v) || (ref_is_obj(v) && type_is_subtype(ref_type(v), &float_type))
                         ? obj_repr(t, v)
                         : obj_str(t, v);
            if (ref_is_null(sv)) goto fail_v;
            s = ref_obj(sv);
        }
        bool ok = append_field(t, d, &rec, s, quoted, nfields == 0);
        obj_xdecref(s);
        if (!ok) goto fail_v;
        ref_close(v);
        nfields++;
    }
    if (err_occurred(t)) goto fail;
    ref_close(it);
    it = REF_NULL;
    if (nfields == 1 && rec.len == 0) {
        /* a lone empty field must be written "" or it would read back as no field */
        if (d->quoting == QUOTE_NONE) {
            err_set(t, &exc_CsvError, "single empty field record must be quoted");
            goto fail;
        }
        if (!append_field(t, d, &rec, NULL, true, true)) goto fail;
    }
    if (!str_builder_put_str(t, &rec, d->lineterminator)) goto fail;
    Object *line = str_builder_finish(t, &rec);
    if (!line) return REF_NULL;
    Ref res = obj_call1(t, w->write, ref_from_obj(line));
    obj_decref(line);
    return res;
fail_v:
    ref_close(v);
fail:
    ref_close(it);
    str_builder_discard(&rec);
    return REF_NULL;
}

FN(writer_writerows) {
    if (!args_count(t, "writerows", nargs, kw, 1, 1)) return REF_NULL;
    Ref it = obj_iter(t, args[0]);
    if (ref_is_null(it)) return REF_NULL;
    Ref row;
    while (!ref_is_null(row = obj_next(t, it))) {
        Ref r = writer_writerow(t, self, &row, 1, NULL);
        ref_close(row);
        if (ref_is_null(r)) {
            ref_close(it);
            return REF_NULL;
        }
        ref_close(r);
    }
    ref_close(it);
    return err_occurred(t) ? REF_NULL : REF_NONE;
}

static Ref writer_get_dialect(Thread *t, Ref self, void *c) {
    (void)t, (void)c;
    return ref_new(&((WriterObj *)ref_obj(self))->dialect->ob);
}

static const MethodDef writer_methods[] = {
    {"writerow", writer_writerow, 0, NULL},
    {"writerows", writer_writerows, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef writer_getsets[] = {
    {"dialect", writer_get_dialect, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

Type csv_writer_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_csv.writer",
    .tp_basicsize = sizeof(WriterObj),
    .tp_flags = TPFLAG_HAVE_GC | TPFLAG_DISALLOW_INSTANTIATION,
    .tp_doc = "CSV writer\n\nWriter objects are responsible for generating tabular data\nin CSV format from sequence input.\n",
    .tp_dealloc = writer_dealloc,
    .tp_traverse = writer_traverse,
    .tp_free = obj_free,
    .methods = writer_methods,
    .getsets = writer_getsets,
};

FN(csv_writer) {
    if (nargs < 1) return err_set(t, &exc_TypeError, "expected at least 1 argument, got 0");
    Ref write = obj_lookup_attr(t, args[0], ID(write));
    if (ref_is_null(write)) {
        if (err_occurred(t)) return REF_NULL;
        return err_set(t, &exc_TypeError, "argument 1 must have a \"write\" method");
    }
    if (!obj_callable(write)) {
        ref_close(write);
        return err_set(t, &exc_TypeError, "argument 1 must have a \"write\" method");
    }
    Ref d = dialect_from_call(t, ref_obj(self), args, nargs, kw, 1);
    if (ref_is_null(d)) {
        ref_close(write);
        return REF_NULL;
    }
    WriterObj *w = (WriterObj *)obj_alloc(t, &csv_writer_type, sizeof(WriterObj));
    if (!w) {
        ref_close(write);
        ref_close(d);
        return REF_NULL;
    }
    w->write = write;
    w->dialect = DIALECT(d);
    gc_track(&w->ob);
    return ref_from_obj(&w->ob);
}

/* ---- the registry --------------------------------------------------------------------- */

static Object *registry(Thread *t, Object *module) {
    Ref reg = dict_get_cstr(t, module_dict(module), "_dialects");
    if (ref_is_null(reg)) {
        if (!err_occurred(t)) err_set(t, &exc_SystemError, "_csv._dialects is missing");
        return NULL;
    }
    return ref_obj(reg);
}

FN(csv_register_dialect) {
    if (nargs < 1) return err_set(t, &exc_TypeError, "expected at least 1 argument, got 0");
    if (!str_check(args[0])) return err_set(t, &exc_TypeError, "dialect name must be a string");
    Ref d = dialect_from_call(t, ref_obj(self), args, nargs, kw, 1);
    if (ref_is_null(d)) return REF_NULL;
    Object *reg = registry(t, ref_obj(self));
    int rc = reg ? dict_set(t, reg, args[0], d) : -1;
    obj_xdecref(reg);
    ref_close(d);
    return rc < 0 ? REF_NULL : REF_NONE;
}

FN(csv_unregister_dialect) {
    static const char *const names[] = {"name", NULL};
    static const ArgSpec spec = {"unregister_dialect", names, 1, -1};
    Ref a[1];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    Object *reg = registry(t, ref_obj(self));
    if (!reg) return REF_NULL;
    int rc = dict_del(t, reg, a[0]);
    obj_decref(reg);
    if (rc == 0) err_set(t, &exc_CsvError, "unknown dialect");
    return rc > 0 ? REF_NONE : REF_NULL;
}

FN(csv_get_dialect) {
    static const char *const names[] = {"name", NULL};
    static const ArgSpec spec = {"get_dialect", names, 1, -1};
    Ref a[1];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    return registry_get(t, ref_obj(self), a[0]);
}

FN(csv_list_dialects) {
    if (!args_none(t, "list_dialects", nargs, kw)) return REF_NULL;
    Object *reg = registry(t, ref_obj(self));
    if (!reg) return REF_NULL;
    Object *keys = dict_keys_list(t, reg);
    obj_decref(reg);
    return keys ? ref_from_obj(keys) : REF_NULL;
}

FN(csv_field_size_limit) {
    static const char *const names[] = {"new_limit", NULL};
    static const ArgSpec spec = {"field_size_limit", names, 0, -1};
    Ref a[1];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    Object *m = ref_obj(self);
    intptr_t old = field_limit(t, m);
    if (!ref_is_null(a[0])) {
        if (!int_check(a[0])) return err_set(t, &exc_TypeError, "limit must be an integer");
        int overflow = 0;
        int64_t v = int_as_i64_overflow(a[0], &overflow);
        if (overflow) return err_set(t, &exc_OverflowError, "Python int too large to convert to C long");
        Ref limit = int_from_i64(t, v);
        int rc = ref_is_null(limit) ? -1 : module_add_ref(t, m, "_field_limit", limit);
        ref_close(limit);
        if (rc < 0) return REF_NULL;
    }
    return int_from_i64(t, old);
}

static const MethodDef csv_functions[] = {
    {"reader", csv_reader, 0, NULL},
    {"writer", csv_writer, 0, NULL},
    {"register_dialect", csv_register_dialect, 0, NULL},
    {"unregister_dialect", csv_unregister_dialect, 0, NULL},
    {"get_dialect", csv_get_dialect, 0, NULL},
    {"list_dialects", csv_list_dialects, 0, NULL},
    {"field_size_limit", csv_field_size_limit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static void csv_ready_types(void) {
    Thread *t = thread_current();
    if (!t) return;
    Ref saved = err_fetch(t);
    type_ready(t, &exc_CsvError);
    err_clear(t);
    err_restore(t, saved);
}

Object *csv_module_create(Thread *t) {
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, csv_ready_types);
    static const struct {
        const char *name;
        int value;
    } consts[] = {
        {"QUOTE_MINIMAL", QUOTE_MINIMAL}, {"QUOTE_ALL", QUOTE_ALL},
        {"QUOTE_NONNUMERIC", QUOTE_NONNUMERIC}, {"QUOTE_NONE", QUOTE_NONE},
        {"_field_limit", DEFAULT_FIELD_LIMIT},
    };
    Object *m = module_new_cstr(t, "_csv");
    if (!m) return NULL;
    Object *reg = dict_new(t);
    int rc = reg ? module_add_functions(t, m, csv_functions) : -1;
    for (size_t i = 0; rc == 0 && i < sizeof consts / sizeof consts[0]; i++)
        rc = module_add_ref(t, m, consts[i].name, ref_from_int(consts[i].value));
    if (rc == 0) rc = module_add_ref(t, m, "_dialects", ref_from_obj(reg));
    if (rc == 0) rc = module_add_ref(t, m, "Error", ref_immortal(&exc_CsvError));
    if (rc == 0) rc = module_add_ref(t, m, "Dialect", ref_immortal(&csv_dialect_type));
    if (rc == 0) rc = module_add_ref(t, m, "Reader", ref_immortal(&csv_reader_type));
    if (rc == 0) rc = module_add_ref(t, m, "Writer", ref_immortal(&csv_writer_type));
    if (rc == 0) rc = module_add_ref(t, m, "__version__", ref_from_obj(str_from_cstr(t, "1.0")));
    obj_xdecref(reg);
    if (rc < 0) {
        obj_decref(m);
        return NULL;
    }
    return m;
}
