/* Exception subclasses with their own state and messages. */
#include <errno.h>
#include <string.h>

#include "objects/exceptions_internal.h"
#include "spry.h"

/* Exception attributes are Ref fields that read as None while unset (CPython's T_OBJECT
 * members); the closure is the field's offset. */
static Ref field_get(Thread *t, Ref self, void *c) {
    Ref v = *(Ref *)((char *)ref_obj(self) + (uintptr_t)c);
    return ref_is_null(v) ? REF_NONE : ref_dup(v);
}

static int field_set(Thread *t, Ref self, Ref value, void *c) {
    Ref *slot = (Ref *)((char *)ref_obj(self) + (uintptr_t)c);
    REF_SETREF(*slot, ref_is_null(value) ? REF_NULL : ref_dup(value));
    return 0;
}

#define REF_MEMBER(type, field, doc) \
    {#field, field_get, field_set, doc, (void *)(uintptr_t)offsetof(type, field)}
#define MEMBERS_END {NULL, NULL, NULL, NULL, NULL}

static Ref arg_or_none(const Ref *args, size_t nargs, size_t i) {
    return i < nargs ? ref_dup(args[i]) : REF_NONE;
}

/* Runs BaseException's init (args tuple), rejecting keywords unless allowed. */
static int base_init_args(Thread *t, Ref self, const Ref *args, size_t nargs) {
    Object *tup = nargs ? tuple_from_array(t, args, (intptr_t)nargs) : (obj_incref(tuple_empty()), tuple_empty());
    if (!tup) return -1;
    OBJ_SETREF(EXC_OBJ(self)->args, tup);
    return 0;
}

/* ---- StopIteration, SystemExit ---------------------------------------------------------- */

static int stopiter_init(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_no_kw(t, ref_type(self)->tp_name, kw) || base_init_args(t, self, args, nargs) < 0) return -1;
    REF_SETREF(((StopIterationExc *)ref_obj(self))->value, arg_or_none(args, nargs, 0));
    return 0;
}

static const GetSetDef stopiter_members[] = {
    REF_MEMBER(StopIterationExc, value, "generator return value"), MEMBERS_END};

Ref exc_stop_iteration_new(Thread *t, Ref value) {
    return exc_new(t, &exc_StopIteration, &value, 1);
}

static int sysexit_init(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_no_kw(t, ref_type(self)->tp_name, kw) || base_init_args(t, self, args, nargs) < 0) return -1;
    Ref code = nargs == 0 ? REF_NONE : nargs == 1 ? ref_dup(args[0]) : ref_new(EXC_OBJ(self)->args);
    REF_SETREF(((SystemExitExc *)ref_obj(self))->code, code);
    return 0;
}

static const GetSetDef sysexit_members[] = {
    REF_MEMBER(SystemExitExc, code, "exception code"), MEMBERS_END};

/* ---- KeyError ---------------------------------------------------------------------------- */

static Ref keyerror_str(Thread *t, Ref self) {
    Object *args = EXC_OBJ(self)->args;
    if (args && tuple_size(args) == 1) return obj_repr(t, tuple_get(args, 0));
    return exc_BaseException.str(t, self);
}

/* ---- keyword-taking errors: ImportError(name=, path=), NameError(name=),
 *      AttributeError(name=, obj=) ------------------------------------------------------ */

/* Binds the allowed keywords of `kw` into out[], raising TypeError for others. */
static int bind_keywords(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw,
                         const char *const *names, Ref *out) {
    intptr_t nkw = kw ? tuple_size(kw) : 0;
    for (intptr_t k = 0; k < nkw; k++) {
        Object *key = ref_obj(tuple_get(kw, k));
        int i = 0;
        while (names[i] && !str_eq_cstr(key, names[i])) i++;
        if (!names[i]) {
            err_format(t, &exc_TypeError, "'%U' is an invalid keyword argument for %s()", key,
                       type_name(ref_type(self)));
            return -1;
        }
        out[i] = args[nargs + (size_t)k];
    }
    return 0;
}

static int import_init(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    static const char *const names[] = {"name", "path", NULL};
    Ref kv[2] = {REF_NULL, REF_NULL};
    if (bind_keywords(t, self, args, nargs, kw, names, kv) < 0 ||
        base_init_args(t, self, args, nargs) < 0)
        return -1;
    ImportErrorExc *e = (ImportErrorExc *)ref_obj(self);
    REF_SETREF(e->msg, nargs == 1 ? ref_dup(args[0]) : REF_NONE);
    REF_SETREF(e->name, ref_is_null(kv[0]) ? REF_NONE : ref_dup(kv[0]));
    REF_SETREF(e->path, ref_is_null(kv[1]) ? REF_NONE : ref_dup(kv[1]));
    return 0;
}

static Ref import_str(Thread *t, Ref self) {
    ImportErrorExc *e = (ImportErrorExc *)ref_obj(self);
    if (!ref_is_null(e->msg) && !ref_is_none(e->msg)) return obj_str(t, e->msg);
    return exc_BaseException.str(t, self);
}

static const GetSetDef import_members[] = {
    REF_MEMBER(ImportErrorExc, msg, "exception message"),
    REF_MEMBER(ImportErrorExc, name, "module name"),
    REF_MEMBER(ImportErrorExc, path, "module path"), MEMBERS_END};

static int name_init(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    static const char *const names[] = {"name", NULL};
    Ref kv[1] = {REF_NULL};
    if (bind_keywords(t, self, args, nargs, kw, names, kv) < 0 ||
        base_init_args(t, self, args, nargs) < 0)
        return -1;
    REF_SETREF(((NameErrorExc *)ref_obj(self))->name, ref_is_null(kv[0]) ? REF_NONE : ref_dup(kv[0]));
    return 0;
}

static const GetSetDef name_members[] = {
    REF_MEMBER(NameErrorExc, name, "name"), MEMBERS_END};

static int attr_init(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    static const char *const names[] = {"name", "obj", NULL};
    Ref kv[2] = {REF_NULL, REF_NULL};
    if (bind_keywords(t, self, args, nargs, kw, names, kv) < 0 ||
        base_init_args(t, self, args, nargs) < 0)
        return -1;
    AttributeErrorExc *e = (AttributeErrorExc *)ref_obj(self);
    REF_SETREF(e->name, ref_is_null(kv[0]) ? REF_NONE : ref_dup(kv[0]));
    REF_SETREF(e->obj, ref_is_null(kv[1]) ? REF_NONE : ref_dup(kv[1]));
    return 0;
}

static const GetSetDef attr_members[] = {
    REF_MEMBER(AttributeErrorExc, name, "attribute name"),
    REF_MEMBER(AttributeErrorExc, obj, "object"), MEMBERS_END};

/* ---- OSError: errno-based subclass selection and "[Errno N] text: 'file'" ------------- */

static Type *oserror_subclass_for(int64_t e) {
    switch (e) {
    case EAGAIN: case EALREADY: case EINPROGRESS: return &exc_BlockingIOError;
    case ECHILD: return &exc_ChildProcessError;
    case EPIPE: case ESHUTDOWN: return &exc_BrokenPipeError;
    case ECONNABORTED: return &exc_ConnectionAbortedError;
    case ECONNREFUSED: return &exc_ConnectionRefusedError;
    case ECONNRESET: return &exc_ConnectionResetError;
    case EEXIST: return &exc_FileExistsError;
    case ENOENT: return &exc_FileNotFoundError;
    case EISDIR: return &exc_IsADirectoryError;
    case ENOTDIR: return &exc_NotADirectoryError;
    case EINTR: return &exc_InterruptedError;
    case EACCES: case EPERM: return &exc_PermissionError;
    case ESRCH: return &exc_ProcessLookupError;
    case ETIMEDOUT: return &exc_TimeoutError;
    default: return NULL;
    }
}

static Ref oserror_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kw);
static int oserror_init(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw);

/* Sets errno, strerror and filename(s) from OSError's arguments, and args to what it keeps. */
static int oserror_parse_args(Thread *t, Ref self, const Ref *args, size_t nargs) {
    OSErrorExc *e = (OSErrorExc *)ref_obj(self);
    size_t nkeep = nargs;
    if (nargs >= 2 && nargs <= 5) {
        REF_SETREF(e->myerrno, ref_dup(args[0]));
        REF_SETREF(e->strerror, ref_dup(args[1]));
        Ref filename = nargs >= 3 ? args[2] : REF_NONE;
        if (type_is_subtype(ref_type(self), &exc_BlockingIOError) && !ref_is_none(filename) &&
            (ref_is_int(filename) || ref_type(filename)->index || ref_type(filename)->int_ ||
             ref_type(filename)->float_)) {
            /* BlockingIOError(errno, strerror, characters_written) */
            intptr_t n = obj_as_ssize(t, filename, &exc_ValueError);
            if (n == -1 && err_occurred(t)) return -1;
            REF_SETREF(e->written, ref_from_int(n));
        } else if (!ref_is_none(filename)) {
            REF_SETREF(e->filename, ref_dup(filename));
            if (nargs >= 5 && !ref_is_none(args[4])) REF_SETREF(e->filename2, ref_dup(args[4]));
            nkeep = 2; /* with a filename, args is (errno, strerror) */
        }
    }
    return base_init_args(t, self, args, nkeep);
}

/* As in CPython, the arguments are parsed by __init__ only for a subclass that overrides
 * __init__ but not __new__; otherwise __new__ parses them and OSError.__init__ ignores its
 * own. So a subclass whose __init__ never calls up has empty args and no errno. */
static bool oserror_parsed_by_init(Type *type) {
    return type->init != oserror_init && type->new_ == oserror_new;
}

static Ref oserror_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kw) {
    if (type == &exc_OSError && nargs >= 2 && nargs <= 5 && ref_is_int(args[0])) {
        Type *sub = oserror_subclass_for(ref_int(args[0]));
        if (sub) type = sub;
    }
    bool by_init = oserror_parsed_by_init(type);
    if (!by_init && !args_no_kw(t, type->tp_name, kw)) return REF_NULL;
    Ref self = exc_BaseException.new_(t, type, args, nargs, kw);
    if (ref_is_null(self)) return REF_NULL;
    if ((by_init ? base_init_args(t, self, NULL, 0) : oserror_parse_args(t, self, args, nargs)) < 0) {
        ref_close(self);
        return REF_NULL;
    }
    return self;
}

static int oserror_init(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!oserror_parsed_by_init(ref_type(self))) return 0;
    if (!args_no_kw(t, ref_type(self)->tp_name, kw)) return -1;
    return oserror_parse_args(t, self, args, nargs);
}

static Ref oserror_str(Thread *t, Ref self) {
    OSErrorExc *e = (OSErrorExc *)ref_obj(self);
    bool have = !ref_is_null(e->myerrno) && !ref_is_null(e->strerror);
    bool f1 = !ref_is_null(e->filename) && !ref_is_none(e->filename);
    bool f2 = !ref_is_null(e->filename2) && !ref_is_none(e->filename2);
    if (have && f1 && f2)
        return ref_from_obj(str_from_format(t, "[Errno %S] %S: %R -> %R", e->myerrno, e->strerror,
                                            e->filename, e->filename2));
    if (have && f1)
        return ref_from_obj(str_from_format(t, "[Errno %S] %S: %R", e->myerrno, e->strerror, e->filename));
    if (have) return ref_from_obj(str_from_format(t, "[Errno %S] %S", e->myerrno, e->strerror));
    return exc_BaseException.str(t, self);
}

static Ref oserror_get_errno(Thread *t, Ref self, void *c) {
    Ref v = ((OSErrorExc *)ref_obj(self))->myerrno;
    return ref_is_null(v) ? REF_NONE : ref_dup(v);
}

static int oserror_set_errno(Thread *t, Ref self, Ref value, void *c) {
    REF_SETREF(((OSErrorExc *)ref_obj(self))->myerrno, ref_is_null(value) ? REF_NULL : ref_dup(value));
    return 0;
}


static Ref oserror_get_written(Thread *t, Ref self, void *c) {
    Ref v = ((OSErrorExc *)ref_obj(self))->written;
    if (ref_is_null(v)) return err_set(t, &exc_AttributeError, "characters_written");
    return ref_dup(v);
}

static int oserror_set_written(Thread *t, Ref self, Ref value, void *c) {
    OSErrorExc *e = (OSErrorExc *)ref_obj(self);
    if (ref_is_null(value)) {
        if (ref_is_null(e->written)) {
            err_set(t, &exc_AttributeError, "characters_written");
            return -1;
        }
        REF_SETREF(e->written, REF_NULL);
        return 0;
    }
    intptr_t n = obj_as_ssize(t, value, &exc_ValueError);
    if (n == -1 && err_occurred(t)) return -1;
    REF_SETREF(e->written, ref_from_int(n));
    return 0;
}

static const GetSetDef blockingio_getsets[] = {
    {"characters_written", oserror_get_written, oserror_set_written, NULL, NULL},
    MEMBERS_END};

static const GetSetDef oserror_members[] = {
    {"errno", oserror_get_errno, oserror_set_errno, "POSIX exception code", NULL},
    REF_MEMBER(OSErrorExc, strerror, "exception strerror"),
    REF_MEMBER(OSErrorExc, filename, "exception filename"),
    REF_MEMBER(OSErrorExc, filename2, "second exception filename"), MEMBERS_END};

/* ---- SyntaxError ---------------------------------------------------------------------------- */

static int syntax_init(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_no_kw(t, ref_type(self)->tp_name, kw) || base_init_args(t, self, args, nargs) < 0) return -1;
    SyntaxErrorExc *e = (SyntaxErrorExc *)ref_obj(self);
    if (nargs >= 1) REF_SETREF(e->msg, ref_dup(args[0]));
    if (nargs == 2) {
        Object *info = tuple_from_iterable(t, args[1]);
        if (!info) return -1;
        intptr_t n = tuple_size(info);
        if (n < 4 || n > 6) {
            obj_decref(info);
            err_format(t, &exc_TypeError, "function takes at %s arguments (%zd given)",
                       n < 4 ? "least 4" : "most 6", n);
            return -1;
        }
        Ref *slots[] = {&e->filename, &e->lineno, &e->offset, &e->text, &e->end_lineno, &e->end_offset};
        for (intptr_t i = 0; i < 6; i++) REF_SETREF(*slots[i], i < n ? ref_dup(tuple_get(info, i)) : REF_NULL);
        obj_decref(info);
        if (n == 5) {
            err_set(t, &exc_TypeError, "end_offset must be provided when end_lineno is provided");
            return -1;
        }
    }
    return 0;
}

static Ref syntax_str(Thread *t, Ref self) {
    SyntaxErrorExc *e = (SyntaxErrorExc *)ref_obj(self);
    Ref msg = ref_is_null(e->msg) ? REF_NONE : e->msg;
    bool have_file = !ref_is_null(e->filename) && str_check(e->filename);
    bool have_line = !ref_is_null(e->lineno) && ref_is_int(e->lineno);
    if (have_file) {
        const char *full = str_utf8_lossy(ref_obj(e->filename));
        const char *base = strrchr(full, '/');
        base = base ? base + 1 : full;
        if (have_line)
            return ref_from_obj(str_from_format(t, "%S (%s, line %lld)", msg, base, (long long)ref_int(e->lineno)));
        return ref_from_obj(str_from_format(t, "%S (%s)", msg, base));
    }
    if (have_line) return ref_from_obj(str_from_format(t, "%S (line %lld)", msg, (long long)ref_int(e->lineno)));
    return obj_str(t, msg);
}

static const GetSetDef syntax_members[] = {
    REF_MEMBER(SyntaxErrorExc, msg, "exception msg"),
    REF_MEMBER(SyntaxErrorExc, filename, "exception filename"),
    REF_MEMBER(SyntaxErrorExc, lineno, "exception lineno"),
    REF_MEMBER(SyntaxErrorExc, offset, "exception offset"),
    REF_MEMBER(SyntaxErrorExc, text, "exception text"),
    REF_MEMBER(SyntaxErrorExc, end_lineno, "exception end lineno"),
    REF_MEMBER(SyntaxErrorExc, end_offset, "exception end offset"),
    REF_MEMBER(SyntaxErrorExc, print_file_and_line, "exception print_file_and_line"),
    MEMBERS_END};

static Ref int_or_none(int v) { return v > 0 ? ref_from_int(v) : REF_NONE; }

Ref exc_syntax_error_new(Thread *t, Type *type, const char *msg, Object *filename, int lineno,
                         int offset, const char *text, int end_lineno, int end_offset) {
    Object *m = str_from_cstr(t, msg);
    if (!m) return REF_NULL;
    Ref exc = exc_new(t, type, (Ref[]){ref_from_obj(m)}, 1);
    obj_decref(m);
    if (ref_is_null(exc)) return REF_NULL;
    SyntaxErrorExc *e = (SyntaxErrorExc *)ref_obj(exc);
    REF_SETREF(e->filename, filename ? ref_new(filename) : REF_NONE);
    REF_SETREF(e->lineno, int_or_none(lineno));
    REF_SETREF(e->offset, int_or_none(offset));
    REF_SETREF(e->end_lineno, int_or_none(end_lineno));
    /* a parser error with an end keeps its end offset even when it is 0 or -1 (CPython's
     * for an unclosed bracket or an unexpected indent) */
    REF_SETREF(e->end_offset, end_lineno > 0 ? ref_from_int(end_offset) : REF_NONE);
    Ref txt = REF_NONE;
    if (text) {
        Object *s = str_from_utf8(t, text, (intptr_t)strlen(text));
        if (!s) {
            err_clear(t);
            s = str_from_latin1(t, text, (intptr_t)strlen(text));
        }
        if (s) txt = ref_from_obj(s);
    }
    REF_SETREF(e->text, txt);
    /* args becomes (msg, (filename, lineno, offset, text, end_lineno, end_offset)) */
    Object *info = tuple_pack(t, 6, e->filename, e->lineno, e->offset, e->text, e->end_lineno, e->end_offset);
    if (info) {
        Object *args = tuple_pack(t, 2, e->msg, ref_from_obj(info));
        obj_decref(info);
        if (args) OBJ_SETREF(e->base.args, args);
    }
    return exc;
}

/* ---- Unicode errors ------------------------------------------------------------------------ */

static int unicode_init(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_no_kw(t, ref_type(self)->tp_name, kw) || base_init_args(t, self, args, nargs) < 0) return -1;
    UnicodeErrorExc *e = (UnicodeErrorExc *)ref_obj(self);
    Type *tp = ref_type(self);
    bool translate = type_is_subtype(tp, &exc_UnicodeTranslateError);
    size_t need = translate ? 4 : 5;
    if (nargs != need) {
        err_format(t, &exc_TypeError, "function takes exactly %zu arguments (%zu given)", need, nargs);
        return -1;
    }
    /* CPython parses "UOnnU" ("UnnU" for translate): str, object, index, index, str */
    bool decode = type_is_subtype(tp, &exc_UnicodeDecodeError);
    size_t first = translate ? 1 : 0;
    for (size_t i = 0; i < nargs; i++) {
        size_t k = i + first;   /* position in the 5-field layout */
        if ((k == 0 || k == 4 || (k == 1 && !decode)) && !str_check(args[i])) {
            if (ref_is_none(args[i]))
                err_format(t, &exc_TypeError, "argument %zu must be str, not None", i + 1);
            else
                err_format(t, &exc_TypeError, "argument %zu must be str, not %T", i + 1, args[i]);
            return -1;
        }
    }
    Ref start = obj_index(t, args[2 - first]);
    if (ref_is_null(start)) return -1;
    Ref end = obj_index(t, args[3 - first]);
    if (ref_is_null(end)) {
        ref_close(start);
        return -1;
    }
    Ref object = args[1 - first];
    if (decode && !bytes_check_exact(object)) {
        ByteView v;
        if (!bytes_view(object, &v)) {
            ref_close(start);
            ref_close(end);
            err_format(t, &exc_TypeError, "a bytes-like object is required, not '%T'", object);
            return -1;
        }
        Object *b = bytes_from(t, v.data, v.len);
        if (!b) {
            ref_close(start);
            ref_close(end);
            return -1;
        }
        object = ref_from_obj(b);
    } else {
        object = ref_dup(object);
    }
    if (!translate) REF_SETREF(e->encoding, ref_dup(args[0]));
    REF_SETREF(e->object, object);
    REF_SETREF(e->start, start);
    REF_SETREF(e->end, end);
    REF_SETREF(e->reason, ref_dup(args[nargs - 1]));
    return 0;
}

static Ref unicode_char_repr(Thread *t, uint32_t ch) {
    if (ch < 0x100) return ref_from_obj(str_from_format(t, "'\\x%02x'", ch));
    if (ch < 0x10000) return ref_from_obj(str_from_format(t, "'\\u%04x'", ch));
    return ref_from_obj(str_from_format(t, "'\\U%08x'", ch));
}

static Ref unicode_str(Thread *t, Ref self) {
    UnicodeErrorExc *e = (UnicodeErrorExc *)ref_obj(self);
    if (ref_is_null(e->object) || !ref_is_int(e->start) || !ref_is_int(e->end))
        return ref_new(str_empty());
    int64_t start = ref_int(e->start), end = ref_int(e->end);
    Type *tp = ref_type(self);
    if (type_is_subtype(tp, &exc_UnicodeDecodeError)) {
        if (end == start + 1 && bytes_check(e->object) && start >= 0 && start < bytes_size(ref_obj(e->object))) {
            unsigned byte = (unsigned char)bytes_data(ref_obj(e->object))[start];
            return ref_from_obj(str_from_format(t, "'%S' codec can't decode byte 0x%02x in position %lld: %S",
                                                e->encoding, byte, (long long)start, e->reason));
        }
        return ref_from_obj(str_from_format(t, "'%S' codec can't decode bytes in position %lld-%lld: %S",
                                            e->encoding, (long long)start, (long long)(end - 1), e->reason));
    }
    bool encode = type_is_subtype(tp, &exc_UnicodeEncodeError);
    const char *verb = encode ? "encode" : "translate";
    if (end == start + 1 && str_check(e->object) && start >= 0 && start < STR(ref_obj(e->object))->length) {
        Ref ch = unicode_char_repr(t, str_char_at(ref_obj(e->object), start));
        if (ref_is_null(ch)) return REF_NULL;
        Object *s = encode ? str_from_format(t, "'%S' codec can't encode character %S in position %lld: %S",
                                             e->encoding, ch, (long long)start, e->reason)
                           : str_from_format(t, "can't translate character %S in position %lld: %S", ch,
                                             (long long)start, e->reason);
        ref_close(ch);
        return ref_from_obj(s);
    }
    if (encode)
        return ref_from_obj(str_from_format(t, "'%S' codec can't encode characters in position %lld-%lld: %S",
                                            e->encoding, (long long)start, (long long)(end - 1), e->reason));
    return ref_from_obj(str_from_format(t, "can't %s characters in position %lld-%lld: %S", verb,
                                        (long long)start, (long long)(end - 1), e->reason));
}

static const GetSetDef unicode_members[] = {
    REF_MEMBER(UnicodeErrorExc, encoding, "exception encoding"),
    REF_MEMBER(UnicodeErrorExc, object, "exception object"),
    REF_MEMBER(UnicodeErrorExc, start, "exception start"),
    REF_MEMBER(UnicodeErrorExc, end, "exception end"),
    REF_MEMBER(UnicodeErrorExc, reason, "exception reason"), MEMBERS_END};

/* ---- installation ---------------------------------------------------------------------------- */


void exceptions_runtime_init(void) {
    exceptions_base_init();
    exc_StopIteration.init = stopiter_init;
    exc_StopIteration.getsets = stopiter_members;
    exc_SystemExit.init = sysexit_init;
    exc_SystemExit.getsets = sysexit_members;
    exc_KeyError.str = keyerror_str;
    exc_ImportError.init = import_init;
    exc_ImportError.str = import_str;
    exc_ImportError.getsets = import_members;
    exc_NameError.init = name_init;
    exc_NameError.getsets = name_members;
    exc_AttributeError.init = attr_init;
    exc_AttributeError.getsets = attr_members;
    exc_OSError.new_ = oserror_new;
    exc_OSError.init = oserror_init;
    exc_OSError.str = oserror_str;
    exc_OSError.getsets = oserror_members;
    exc_BlockingIOError.getsets = blockingio_getsets;
    exc_SyntaxError.init = syntax_init;
    exc_SyntaxError.str = syntax_str;
    exc_SyntaxError.getsets = syntax_members;
    Type *unicode_errors[] = {&exc_UnicodeDecodeError, &exc_UnicodeEncodeError, &exc_UnicodeTranslateError};
    for (int i = 0; i < 3; i++) {
        unicode_errors[i]->init = unicode_init;
        unicode_errors[i]->str = unicode_str;
        unicode_errors[i]->getsets = unicode_members;
    }
    exceptions_group_init();
}
