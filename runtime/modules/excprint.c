/* Printing exceptions the way CPython 3.11's top level does: the traceback with source
 * lines and `~~~^^^` position markers, chained exceptions (__cause__ / __context__),
 * SyntaxError's caret block, notes, and "Exception ignored in" reports.
 *
 * Everything is written to sys.stderr (falling back to fd 2). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "compiler/parser.h"
#include "modules/modules.h"
#include "spry.h"
#include "vm/frame.h"

#define TB_RECURSIVE_CUTOFF 3
#define TB_DEFAULT_LIMIT 1000

/* An output buffer, written to sys.stderr in one piece. */
typedef struct Out {
    char *buf;
    size_t len, cap;
    bool failed;
} Out;

static void out_bytes(Out *o, const char *s, size_t n) {
    if (o->failed) return;
    if (o->len + n + 1 > o->cap) {
        size_t cap = o->cap ? o->cap * 2 : 1024;
        while (cap < o->len + n + 1) cap *= 2;
        char *nb = realloc(o->buf, cap);
        if (!nb) {
            o->failed = true;
            return;
        }
        o->buf = nb;
        o->cap = cap;
    }
    memcpy(o->buf + o->len, s, n);
    o->len += n;
    o->buf[o->len] = '\0';
}

static void out_str(Out *o, const char *s) { out_bytes(o, s, strlen(s)); }

static void out_fmt(Out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void out_fmt(Out *o, const char *fmt, ...) {
    char small[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    if ((size_t)n < sizeof small) {
        out_bytes(o, small, (size_t)n);
        return;
    }
    char *big = malloc((size_t)n + 1);
    if (!big) return;
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    out_bytes(o, big, (size_t)n);
    free(big);
}

static void out_repeat(Out *o, char c, intptr_t n) {
    for (intptr_t i = 0; i < n; i++) out_bytes(o, &c, 1);
}

/* Writes the buffer to sys.stderr (a str via .write) or, failing that, to fd 2. */
static void out_flush(Thread *t, Out *o) {
    if (!o->len) return;
    Object *err = sys_get(t, "stderr");
    bool done = false;
    if (err && !ref_is_none(ref_from_obj(err))) {
        Object *s = str_from_utf8(t, o->buf, (intptr_t)o->len);
        if (!s) {
            err_clear(t);
            s = str_from_latin1(t, o->buf, (intptr_t)o->len);
        }
        if (s) {
            Ref r = obj_call_method(t, ref_from_obj(err), ID(write), (Ref[]){ref_from_obj(s)}, 1);
            obj_decref(s);
            if (!ref_is_null(r)) {
                done = true;
                ref_close(r);
                Ref f = obj_call_method(t, ref_from_obj(err), ID(flush), NULL, 0);
                if (ref_is_null(f)) err_clear(t);
                ref_close(f);
            }
        }
        if (!done) err_clear(t);
    }
    if (!done) {
        size_t off = 0;
        while (off < o->len) {
            ssize_t n = write(STDERR_FILENO, o->buf + off, o->len - off);
            if (n <= 0) break;
            off += (size_t)n;
        }
    }
    o->len = 0;
}

/* ---- source lines ---------------------------------------------------------------------- */

/* The most recently read file, kept while one exception is printed (deep recursion
 * prints the same file a thousand times). */
typedef struct SourceCache {
    char *filename;
    char *text;
    size_t len;
} SourceCache;

static void cache_clear(SourceCache *c) {
    free(c->filename);
    free(c->text);
    memset(c, 0, sizeof *c);
}

/* Line `lineno` (1-based) of the file, without its newline, as a malloc'd string. */
static char *source_line(SourceCache *c, const char *filename, int lineno) {
    if (lineno < 1 || !filename || filename[0] == '<') return NULL;
    if (!c->filename || strcmp(c->filename, filename) != 0) {
        cache_clear(c);
        FILE *f = fopen(filename, "rb");
        if (!f) return NULL;
        size_t cap = 1 << 14, n = 0, got;
        char *buf = malloc(cap);
        while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
            n += got;
            if (n == cap) {
                char *nb = realloc(buf, cap *= 2);
                if (!nb) {
                    free(buf);
                    buf = NULL;
                }
                buf = nb;
            }
        }
        fclose(f);
        if (!buf) return NULL;
        c->filename = strdup(filename);
        c->text = buf;
        c->len = n;
    }
    const char *p = c->text, *end = c->text + c->len;
    for (int i = 1; i < lineno && p < end; i++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) return NULL;
        p = nl + 1;
    }
    if (p >= end) return NULL;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);
    if (len && p[len - 1] == '\r') len--;
    return strndup(p, len);
}

/* Character (code point) offset of a UTF-8 byte offset within s. */
static intptr_t char_offset(const char *s, intptr_t byte_off) {
    intptr_t chars = 0;
    for (intptr_t i = 0; i < byte_off && s[i]; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) chars++;
    return chars;
}

static bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\f'; }

/* For a BinOp or Subscript spanning the segment, the anchor range (byte offsets in the
 * segment) that gets `^`, the rest of the span getting `~`. */
static bool find_anchors(const char *segment, int *left, int *right) {
    Arena *a = arena_new();
    if (!a) return false;
    SyntaxErrorInfo err;
    AstMod *mod = parse_source(a, segment, strlen(segment), "<string>", PARSE_FILE, &err);
    bool ok = false;
    if (mod && mod->kind == AST_Module && mod->v.Module.body.n == 1 &&
        mod->v.Module.body.items[0]->kind == AST_Expr) {
        AstExpr *e = mod->v.Module.body.items[0]->v.Expr.value;
        if (e->kind == AST_BinOp) {
            AstExpr *l = e->v.BinOp.left, *r = e->v.BinOp.right;
            for (int i = l->end_col_offset; i < r->col_offset; i++) {
                if (is_ws(segment[i])) continue;
                *left = i;
                *right = i + 1;
                if (i + 1 < r->col_offset && !is_ws(segment[i + 1])) ++*right;
                if (i + 1 < r->col_offset && segment[i] == ')') continue;
                ok = true;
                break;
            }
        } else if (e->kind == AST_Subscript) {
            *left = e->v.Subscript.value->end_col_offset;
            *right = e->v.Subscript.slice->end_col_offset + 1;
            ok = true;
        }
    }
    arena_free(a);
    return ok;
}

/* "    <line stripped>" and, where the position says which part failed, the marker line. */
static void print_source_line(Out *o, SourceCache *c, const char *filename, Object *frame, int lasti,
                              int lineno) {
    char *line = source_line(c, filename, lineno);
    if (!line) return;
    intptr_t lead = 0;
    while (is_ws(line[lead])) lead++;
    intptr_t len = (intptr_t)strlen(line);
    while (len > lead && (is_ws(line[len - 1]) || line[len - 1] == '\n')) len--;
    out_str(o, "    ");
    out_bytes(o, line + lead, (size_t)(len - lead));
    out_str(o, "\n");

    Code *code = frame ? frame_code(frame) : NULL;
    int sl, el, sc, ec;
    if (!code || lasti < 0 || !code_addr2location(code, lasti, &sl, &el, &sc, &ec) || sl < 0 || el < 0 ||
        sc < 0 || ec < 0 || sl != lineno) {
        free(line);
        return;
    }
    intptr_t line_bytes = (intptr_t)strlen(line);
    if (sl != el) {
        /* A multi-line span is marked to the end of its first line. */
        ec = (int)len;
    }
    if (sc > line_bytes) sc = (int)line_bytes;
    if (ec > line_bytes) ec = (int)line_bytes;
    if (ec < sc) {
        free(line);
        return;
    }
    intptr_t start = char_offset(line, sc), end = char_offset(line, ec);
    int la = -1, ra = -1;
    char *segment = strndup(line + sc, (size_t)(ec - sc));
    if (segment && find_anchors(segment, &la, &ra)) {
        la = (int)char_offset(segment, la);
        ra = (int)char_offset(segment, ra);
    } else {
        la = ra = -1;
    }
    free(segment);
    intptr_t stripped_chars = char_offset(line, len) - char_offset(line, lead);
    bool secondary = la >= 0;
    if (end - start == stripped_chars && !secondary) {
        free(line);
        return;
    }
    intptr_t lead_chars = char_offset(line, lead);
    out_str(o, "    ");
    out_repeat(o, ' ', start - lead_chars);
    for (intptr_t i = start; i < end; i++) {
        intptr_t rel = i - start;
        char m = '^';
        if (secondary && (rel < la || rel >= ra)) m = '~';
        out_bytes(o, &m, 1);
    }
    out_str(o, "\n");
    free(line);
}

/* ---- tracebacks --------------------------------------------------------------------------- */

static void print_entry_header(Out *o, const char *filename, int lineno, const char *name) {
    out_fmt(o, "  File \"%s\", line %d, in %s\n", filename, lineno, name);
}

static void print_repeats(Out *o, int count) {
    if (count <= TB_RECURSIVE_CUTOFF) return;
    int more = count - TB_RECURSIVE_CUTOFF;
    out_fmt(o, "  [Previous line repeated %d more time%s]\n", more, more > 1 ? "s" : "");
}

static void print_traceback(Thread *t, Out *o, Object *tb, SourceCache *cache) {
    intptr_t depth = 0;
    for (Object *p = tb; p; p = ((Traceback *)p)->tb_next) depth++;
    intptr_t limit = TB_DEFAULT_LIMIT;
    Object *lim = sys_get(t, "tracebacklimit");
    if (lim && ref_is_int(ref_from_obj(lim))) limit = (intptr_t)ref_int(ref_from_obj(lim));
    if (limit <= 0) return;
    out_str(o, "Traceback (most recent call last):\n");
    while (tb && depth > limit) {
        tb = ((Traceback *)tb)->tb_next;
        depth--;
    }
    const char *last_file = NULL, *last_name = NULL;
    int last_line = -1, count = 0;
    char *last_file_copy = NULL, *last_name_copy = NULL;
    for (; tb; tb = ((Traceback *)tb)->tb_next) {
        Traceback *e = (Traceback *)tb;
        Code *code = frame_code(e->tb_frame);
        const char *filename = code ? str_utf8_lossy(code->filename) : "???";
        const char *name = code ? str_utf8_lossy(code->name) : "???";
        int lineno = e->tb_lineno;
        if (last_file && strcmp(filename, last_file) == 0 && lineno == last_line &&
            strcmp(name, last_name) == 0) {
            count++;
            if (count > TB_RECURSIVE_CUTOFF) continue;
        } else {
            print_repeats(o, count);
            free(last_file_copy);
            free(last_name_copy);
            last_file = last_file_copy = strdup(filename);
            last_name = last_name_copy = strdup(name);
            last_line = lineno;
            count = 1;
        }
        print_entry_header(o, filename, lineno, name);
        print_source_line(o, cache, filename, e->tb_frame, e->tb_lasti, lineno);
    }
    print_repeats(o, count);
    free(last_file_copy);
    free(last_name_copy);
}

/* ---- the exception line ------------------------------------------------------------------- */

static void print_type_name(Thread *t, Out *o, Ref exc) {
    Type *type = ref_type(exc);
    Ref mod = obj_lookup_attr(t, ref_from_obj((Object *)type), ID(__module__));
    if (ref_is_null(mod) || !str_check(mod)) {
        err_clear(t);
        out_str(o, "<unknown>.");
    } else if (!str_eq_cstr(ref_obj(mod), "builtins") && !str_eq_cstr(ref_obj(mod), "__main__")) {
        out_str(o, str_utf8_lossy(ref_obj(mod)));
        out_str(o, ".");
    }
    ref_close(mod);
    Ref qual = obj_lookup_attr(t, ref_from_obj((Object *)type), ID(__qualname__));
    if (!ref_is_null(qual) && str_check(qual)) out_str(o, str_utf8_lossy(ref_obj(qual)));
    else {
        err_clear(t);
        out_str(o, type_name(type));
    }
    ref_close(qual);
}

static void print_syntax_error_block(Thread *t, Out *o, Ref exc) {
    SyntaxErrorExc *e = (SyntaxErrorExc *)ref_obj(exc);
    const char *filename = !ref_is_null(e->filename) && str_check(e->filename)
                               ? str_utf8_lossy(ref_obj(e->filename)) : "<string>";
    int lineno = !ref_is_null(e->lineno) && ref_is_int(e->lineno) ? (int)ref_int(e->lineno) : -1;
    if (lineno < 0) return;
    out_fmt(o, "  File \"%s\", line %d\n", filename, lineno);
    if (ref_is_null(e->text) || !str_check(e->text)) return;
    const char *text = str_utf8_lossy(ref_obj(e->text));
    intptr_t offset = !ref_is_null(e->offset) && ref_is_int(e->offset) ? (intptr_t)ref_int(e->offset) : -1;
    intptr_t end_offset = !ref_is_null(e->end_offset) && ref_is_int(e->end_offset)
                              ? (intptr_t)ref_int(e->end_offset) : -1;
    int end_lineno = !ref_is_null(e->end_lineno) && ref_is_int(e->end_lineno) ? (int)ref_int(e->end_lineno) : lineno;
    /* The text line, counted in characters from here on. */
    Object *ts = ref_obj(e->text);
    intptr_t line_chars = STR(ts)->length;
    if (line_chars > 0 && str_char_at(ts, line_chars - 1) == '\n') line_chars--;
    if (end_lineno > lineno) end_offset = line_chars + 1;
    if (end_offset > line_chars + 1) end_offset = line_chars + 1;
    if (offset >= 1 && (end_offset == -1 || end_offset <= offset)) end_offset = offset + 1;

    offset--; /* 0-based */
    end_offset--;
    intptr_t skip = 0;
    while (text[skip] == ' ' || text[skip] == '\t' || text[skip] == '\f') skip++;
    offset -= skip;
    end_offset -= skip;
    const char *p = text + skip;
    intptr_t len = (intptr_t)strlen(p);
    if (len > 0 && p[len - 1] == '\n') len--;
    intptr_t chars = char_offset(p, len);
    if (offset > chars) offset = chars;
    out_str(o, "    ");
    out_bytes(o, p, (size_t)len);
    out_str(o, "\n");
    if (offset < 0) return;
    out_str(o, "    ");
    out_repeat(o, ' ', offset);
    intptr_t carets = end_offset - offset;
    if (carets < 1) carets = 1;
    out_repeat(o, '^', carets);
    out_str(o, "\n");
}

static void print_notes(Thread *t, Out *o, Ref exc) {
    Object *dict = EXC_OBJ(exc)->dict;
    if (!dict) return;
    Ref notes = dict_get_str(t, dict, ID(__notes__));
    if (ref_is_null(notes)) {
        err_clear(t);
        return;
    }
    if (list_check(notes) || tuple_check(notes)) {
        Object *seq = ref_obj(notes);
        intptr_t n = list_check(notes) ? list_size(seq) : tuple_size(seq);
        for (intptr_t i = 0; i < n; i++) {
            Ref note = list_check(notes) ? list_items(seq)[i] : tuple_get(seq, i);
            Ref s = str_check(note) ? ref_dup(note) : obj_str(t, note);
            if (ref_is_null(s)) {
                err_clear(t);
                out_str(o, "<note str() failed>\n");
                continue;
            }
            out_str(o, str_utf8_lossy(ref_obj(s)));
            out_str(o, "\n");
            ref_close(s);
        }
    } else {
        Ref s = obj_repr(t, notes);
        if (ref_is_null(s)) {
            err_clear(t);
            out_str(o, "<__notes__ repr() failed>\n");
        } else {
            out_str(o, str_utf8_lossy(ref_obj(s)));
            out_str(o, "\n");
            ref_close(s);
        }
    }
    ref_close(notes);
}

static void print_exception_only(Thread *t, Out *o, Ref exc) {
    bool syntax = type_is_subtype(ref_type(exc), &exc_SyntaxError);
    if (syntax) print_syntax_error_block(t, o, exc);
    print_type_name(t, o, exc);
    Ref s;
    if (syntax) {
        Ref msg = ((SyntaxErrorExc *)ref_obj(exc))->msg;
        s = ref_is_null(msg) ? obj_str(t, exc) : obj_str(t, msg);
    } else {
        s = obj_str(t, exc);
    }
    if (ref_is_null(s)) {
        err_clear(t);
        out_str(o, ": <exception str() failed>\n");
    } else {
        intptr_t len = 0;
        const char *text = str_utf8(t, ref_obj(s), &len);
        if (!text) {
            err_clear(t);
            text = str_utf8_lossy(ref_obj(s));
            len = (intptr_t)strlen(text);
        }
        if (len > 0) {
            out_str(o, ": ");
            out_bytes(o, text, (size_t)len);
        }
        out_str(o, "\n");
        ref_close(s);
    }
    print_notes(t, o, exc);
}

/* ---- exception groups (3.11's boxed layout, simplified to one level of detail) ------ */

static void print_one(Thread *t, Out *o, Ref exc, SourceCache *cache, Object *seen, int depth);

static void print_chain(Thread *t, Out *o, Ref exc, SourceCache *cache, Object *seen, int depth) {
    if (depth > 100) return;
    Ref self_key = int_from_i64(t, (int64_t)(uintptr_t)ref_obj(exc));
    if (ref_is_null(self_key) || set_add(t, seen, self_key) < 0) err_clear(t);
    ref_close(self_key);
    BaseExc *e = EXC_OBJ(exc);
    Object *cause = e->cause, *ctx = e->context;
    if (cause) {
        Ref key = int_from_i64(t, (int64_t)(uintptr_t)cause);
        int in = set_contains(t, seen, key);
        ref_close(key);
        if (in == 0) {
            print_chain(t, o, ref_from_obj(cause), cache, seen, depth + 1);
            out_str(o, "\nThe above exception was the direct cause of the following exception:\n\n");
        }
    } else if (ctx && !e->suppress_context) {
        Ref key = int_from_i64(t, (int64_t)(uintptr_t)ctx);
        int in = set_contains(t, seen, key);
        ref_close(key);
        if (in == 0) {
            print_chain(t, o, ref_from_obj(ctx), cache, seen, depth + 1);
            out_str(o, "\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
    print_one(t, o, exc, cache, seen, depth);
}

static void print_group(Thread *t, Out *o, Ref exc, SourceCache *cache) {
    /* Render the group into its own buffer, then indent it with the "  | " margin. */
    Out inner = {0};
    Object *tb = EXC_OBJ(exc)->traceback;
    if (tb) {
        print_traceback(t, &inner, tb, cache);
        /* CPython titles a group's traceback "Exception Group Traceback". */
        const char *plain = "Traceback (most recent call last):\n";
        if (inner.buf && strncmp(inner.buf, plain, strlen(plain)) == 0) {
            Out fixed = {0};
            out_str(&fixed, "Exception Group Traceback (most recent call last):\n");
            out_str(&fixed, inner.buf + strlen(plain));
            free(inner.buf);
            inner = fixed;
        }
    }
    print_exception_only(t, &inner, exc);
    const char *p = inner.buf ? inner.buf : "";
    bool first = true;
    while (*p) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        out_str(o, first ? "  + " : "  | ");
        out_bytes(o, p, n);
        out_str(o, "\n");
        first = false;
        p += n + (nl ? 1 : 0);
    }
    free(inner.buf);
    Object *excs = ref_obj(((ExcGroupExc *)ref_obj(exc))->excs);
    intptr_t n = tuple_size(excs);
    for (intptr_t i = 0; i < n; i++) {
        Out sub = {0};
        Ref child = tuple_get(excs, i);
        Object *seen = set_new(t, REF_NULL);
        if (seen) {
            print_chain(t, &sub, child, cache, seen, 1);
            obj_decref(seen);
        } else {
            err_clear(t);
        }
        char label[64];
        snprintf(label, sizeof label, " %zd ", (ssize_t)(i + 1));
        size_t dashes = 16;
        out_str(o, i == 0 ? "  +-+" : "    +");
        out_repeat(o, '-', (intptr_t)dashes);
        out_str(o, label);
        out_repeat(o, '-', (intptr_t)dashes);
        out_str(o, "\n");
        const char *q = sub.buf ? sub.buf : "";
        while (*q) {
            const char *nl = strchr(q, '\n');
            size_t len = nl ? (size_t)(nl - q) : strlen(q);
            out_str(o, "    | ");
            out_bytes(o, q, len);
            out_str(o, "\n");
            q += len + (nl ? 1 : 0);
        }
        free(sub.buf);
    }
    out_str(o, "    +------------------------------------\n");
}

static void print_one(Thread *t, Out *o, Ref exc, SourceCache *cache, Object *seen, int depth) {
    if (type_is_subtype(ref_type(exc), &exc_BaseExceptionGroup)) {
        print_group(t, o, exc, cache);
        return;
    }
    Object *tb = EXC_OBJ(exc)->traceback;
    if (tb) print_traceback(t, o, tb, cache);
    print_exception_only(t, o, exc);
}

void err_print_exception(Thread *t, Ref exc) {
    if (ref_is_null(exc)) return;
    Ref saved = err_fetch(t);
    sys_flush_std_streams(t);
    Out o = {0};
    SourceCache cache = {0};
    if (!exc_check(exc)) {
        out_str(&o, "TypeError: print_exception(): Exception expected for value, ");
        out_str(&o, type_name(ref_type(exc)));
        out_str(&o, " found\n");
    } else {
        Object *seen = set_new(t, REF_NULL);
        if (!seen) err_clear(t);
        else {
            print_chain(t, &o, exc, &cache, seen, 0);
            obj_decref(seen);
        }
    }
    cache_clear(&cache);
    out_flush(t, &o);
    free(o.buf);
    ref_close(exc);
    err_clear(t);
    err_restore(t, saved);
}

void err_write_unraisable(Thread *t, Ref obj) {
    Ref exc = err_fetch(t);
    if (ref_is_null(exc)) return;
    Out o = {0};
    if (!ref_is_null(obj)) {
        Ref r = obj_repr(t, obj);
        if (ref_is_null(r)) {
            err_clear(t);
            out_str(&o, "Exception ignored in: <object repr() failed>\n");
        } else {
            out_fmt(&o, "Exception ignored in: %s\n", str_utf8_lossy(ref_obj(r)));
            ref_close(r);
        }
    }
    out_flush(t, &o);
    free(o.buf);
    err_print_exception(t, exc);
}
