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
#include "objects/structseq.h"
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
    if (t->interp->sysdict) {
        Ref lim = dict_get_cstr(t, t->interp->sysdict, "tracebacklimit");
        if (ref_is_null(lim)) {
            err_clear(t);
        } else if (int_check(lim)) {
            int overflow = 0;
            int64_t v = int_as_i64_overflow(lim, &overflow);
            if (overflow < 0 || (!overflow && v <= 0)) limit = 0;
            else if (!overflow && v < INTPTR_MAX) limit = (intptr_t)v;
        }
        ref_close(lim);
    }
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

/* ---- "Did you mean" suggestions (NameError, AttributeError) ------------------------------ */

#define SUGGEST_MAX_ITEMS 750
#define SUGGEST_MAX_LEN 40
#define SUGGEST_MOVE_COST 2
#define SUGGEST_CASE_COST 1

static int ascii_lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

/* Weighted edit distance over UTF-8 bytes: insert/delete/replace cost 2, a replacement
 * that only changes ASCII case costs 1. Anything above max_cost reports max_cost + 1. */
static intptr_t edit_distance(const char *a, intptr_t na, const char *b, intptr_t nb,
                              intptr_t max_cost) {
    if (na == nb && memcmp(a, b, (size_t)na) == 0) return 0;
    while (na && nb && a[0] == b[0]) a++, b++, na--, nb--;
    while (na && nb && a[na - 1] == b[nb - 1]) na--, nb--;
    if (na == 0 || nb == 0) return (na + nb) * SUGGEST_MOVE_COST;
    if (na > SUGGEST_MAX_LEN || nb > SUGGEST_MAX_LEN) return max_cost + 1;
    if (nb < na) {
        const char *tp = a; a = b; b = tp;
        intptr_t tn = na; na = nb; nb = tn;
    }
    if ((nb - na) * SUGGEST_MOVE_COST > max_cost) return max_cost + 1;
    intptr_t row[SUGGEST_MAX_LEN + 1];
    for (intptr_t i = 0; i < na; i++) row[i] = (i + 1) * SUGGEST_MOVE_COST;
    intptr_t result = 0;
    for (intptr_t j = 0; j < nb; j++) {
        intptr_t diag = j * SUGGEST_MOVE_COST; /* distance(a[:0], b[:j]) */
        result = (j + 1) * SUGGEST_MOVE_COST;  /* distance(a[:0], b[:j+1]) */
        intptr_t row_min = result;
        for (intptr_t i = 0; i < na; i++) {
            intptr_t sub = a[i] == b[j] ? 0
                           : ascii_lower((unsigned char)a[i]) == ascii_lower((unsigned char)b[j])
                               ? SUGGEST_CASE_COST : SUGGEST_MOVE_COST;
            intptr_t best = diag + sub;
            intptr_t del = row[i] + SUGGEST_MOVE_COST;
            intptr_t ins = result + SUGGEST_MOVE_COST;
            if (del < best) best = del;
            if (ins < best) best = ins;
            diag = row[i];
            row[i] = best;
            result = best;
            if (best < row_min) row_min = best;
        }
        if (row_min > max_cost) return max_cost + 1;
    }
    return result;
}

/* The closest name in `names` (a list, borrowed) to `name`, or NULL (borrowed result). */
static Object *closest_name(Thread *t, Object *names, Object *name) {
    intptr_t n = list_size(names);
    if (n >= SUGGEST_MAX_ITEMS) return NULL;
    intptr_t nlen;
    const char *nstr = str_utf8(t, name, &nlen);
    if (!nstr) {
        err_clear(t);
        return NULL;
    }
    Object *best = NULL;
    intptr_t best_dist = INTPTR_MAX;
    for (intptr_t i = 0; i < n; i++) {
        Ref item = list_items(names)[i];
        if (!str_check(item)) continue;
        if (str_eq(ref_obj(item), name)) continue;
        intptr_t ilen;
        const char *istr = str_utf8(t, ref_obj(item), &ilen);
        if (!istr) {
            err_clear(t);
            continue;
        }
        intptr_t max_dist = (nlen + ilen + 3) * SUGGEST_MOVE_COST / 6;
        if (best_dist - 1 < max_dist) max_dist = best_dist - 1;
        intptr_t d = edit_distance(nstr, nlen, istr, ilen, max_dist);
        if (d > max_dist) continue;
        if (!best || d < best_dist) {
            best = ref_obj(item);
            best_dist = d;
        }
    }
    return best;
}

/* Appends ". Did you mean: 'x'?" for a NameError / AttributeError with a close match. */
static void print_suggestion(Thread *t, Out *o, Ref exc) {
    Type *type = ref_type(exc);
    Object *found = NULL;
    Object *list = NULL;
    if (type_is_subtype(type, &exc_AttributeError)) {
        AttributeErrorExc *e = (AttributeErrorExc *)ref_obj(exc);
        if (ref_is_null(e->name) || ref_is_null(e->obj) || !str_check(e->name)) return;
        Ref d = obj_dir(t, e->obj);
        if (ref_is_null(d)) {
            err_clear(t);
            return;
        }
        list = ref_obj(d);
        found = closest_name(t, list, ref_obj(e->name));
    } else if (type_is_subtype(type, &exc_NameError)) {
        NameErrorExc *e = (NameErrorExc *)ref_obj(exc);
        if (ref_is_null(e->name) || !str_check(e->name)) return;
        Object *tb = EXC_OBJ(exc)->traceback;
        if (!tb) return;
        while (((Traceback *)tb)->tb_next) tb = ((Traceback *)tb)->tb_next;
        Frame *f = frame_of_object(((Traceback *)tb)->tb_frame);
        if (!f) return;
        Code *code = f->code;
        Object *name = ref_obj(e->name);
        list = list_new(t, 0);
        if (!list) {
            err_clear(t);
            return;
        }
        for (int i = 0; code && i < code->nlocalsplus; i++) {
            unsigned char kind = (unsigned char)bytes_data(code->localspluskinds)[i];
            if (!(kind & CO_FAST_LOCAL)) continue;
            if (list_append(t, list, tuple_get(code->localsplusnames, i)) < 0) err_clear(t);
        }
        found = closest_name(t, list, name);
        Object *scopes[2] = {f->globals, f->builtins};
        for (int k = 0; k < 2 && !found; k++) {
            if (!scopes[k]) continue;
            obj_decref(list);
            list = dict_keys_list(t, scopes[k]);
            if (!list) {
                err_clear(t);
                return;
            }
            found = closest_name(t, list, name);
        }
    } else {
        return;
    }
    if (found) {
        out_str(o, ". Did you mean: '");
        out_str(o, str_utf8_lossy(found));
        out_str(o, "'?");
    }
    obj_decref(list);
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

/* An int attribute of a SyntaxError as a C integer; false if it is not an int. */
static bool syntax_int(Ref v, int64_t *out) {
    if (ref_is_null(v) || !int_check(v)) return false;
    int overflow = 0;
    *out = int_as_i64_overflow(v, &overflow);
    return !overflow;
}

/* The `  File "x", line N` + text + carets block. Returns false (nothing printed) when the
 * exception's attributes do not describe a location (lineno not an int). Offsets are used
 * as byte counts into the UTF-8 text, as CPython does. */
static bool print_syntax_error_block(Thread *t, Out *o, Ref exc) {
    (void)t;
    SyntaxErrorExc *e = (SyntaxErrorExc *)ref_obj(exc);
    int64_t lineno, offset = -1, end_lineno, end_offset = -1;
    if (!syntax_int(e->lineno, &lineno)) return false;
    if (!ref_is_null(e->offset) && !ref_is_none(e->offset) && !syntax_int(e->offset, &offset)) return false;
    end_lineno = lineno;
    if (!ref_is_null(e->end_lineno) && !ref_is_none(e->end_lineno) && !syntax_int(e->end_lineno, &end_lineno))
        return false;
    if (!ref_is_null(e->end_offset) && !ref_is_none(e->end_offset) && !syntax_int(e->end_offset, &end_offset))
        return false;
    const char *filename = "<string>";
    if (!ref_is_null(e->filename) && !ref_is_none(e->filename)) {
        filename = str_check(e->filename) ? str_utf8_lossy(ref_obj(e->filename)) : "<string>";
    }
    out_fmt(o, "  File \"%s\", line %lld\n", filename, (long long)lineno);
    if (ref_is_null(e->text) || ref_is_none(e->text) || !str_check(e->text)) return true;
    const char *text = str_utf8_lossy(ref_obj(e->text));
    int64_t line_size = (int64_t)strlen(text);
    if (end_lineno > lineno) end_offset = line_size;
    if (end_offset > line_size + 1) end_offset = line_size + 1;
    if (type_is_subtype(ref_type(exc), &exc_IndentationError)) end_offset = -1;

    int64_t off = offset - 1;
    while (*text == ' ' || *text == '\t' || *text == '\f') {
        text++;
        off--;
    }
    int64_t len = (int64_t)strlen(text);
    if (len > 0 && text[len - 1] == '\n') len--;
    if (off > len) off = len;
    for (;;) {
        const char *nl = strchr(text, '\n');
        if (!nl) break;
        int64_t inl = nl - text;
        if (inl >= off) break;
        inl++;
        text += inl;
        len -= inl;
        off -= inl;
    }
    out_str(o, "    ");
    out_str(o, text);
    if (text[len] != '\n') out_str(o, "\n");
    if (off < 0) return true;
    out_str(o, "    ");
    out_repeat(o, ' ', (intptr_t)off);
    int64_t carets = end_offset > 0 ? end_offset - offset : 1;
    if (carets < 1) carets = 1;
    out_repeat(o, '^', (intptr_t)carets);
    out_str(o, "\n");
    return true;
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
    if (syntax) syntax = print_syntax_error_block(t, o, exc);
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
        out_str(o, ": <exception str() failed>");
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
        ref_close(s);
    }
    print_suggestion(t, o, exc);
    out_str(o, "\n");
    print_notes(t, o, exc);
}

/* ---- chains and exception groups (3.11's boxed layout) ------------------------------------ */

#define GROUP_MAX_WIDTH 15
#define GROUP_MAX_DEPTH 10

typedef struct PrintCtx {
    Thread *t;
    Out *o;
    SourceCache *cache;
    Object *seen;        /* set of ids of exceptions already printed (cycles) */
    int group_depth;     /* nesting inside exception groups: indentation and margin */
    bool need_close;
    int recursion;
} PrintCtx;

/* Writes text with every line prefixed by the group indentation and margin. */
static void emit(PrintCtx *c, const char *text, size_t n, const char *margin) {
    const char *p = text, *end = text + n;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t len = nl ? (size_t)(nl - p) + 1 : (size_t)(end - p);
        if (c->group_depth) {
            out_repeat(c->o, ' ', 2 * c->group_depth);
            out_str(c->o, margin ? margin : "| ");
        }
        out_bytes(c->o, p, len);
        p += len;
    }
}

static void emit_str(PrintCtx *c, const char *text) { emit(c, text, strlen(text), NULL); }

static void emit_out(PrintCtx *c, Out *tmp, const char *margin) {
    if (tmp->buf) emit(c, tmp->buf, tmp->len, margin);
    free(tmp->buf);
    memset(tmp, 0, sizeof *tmp);
}

static bool seen_contains(PrintCtx *c, Object *e) {
    if (!c->seen) return false;
    Ref key = int_from_i64(c->t, (int64_t)(uintptr_t)e);
    int in = ref_is_null(key) ? -1 : set_contains(c->t, c->seen, key);
    ref_close(key);
    if (in < 0) err_clear(c->t);
    return in == 1;
}

static void seen_add(PrintCtx *c, Object *e) {
    if (!c->seen) return;
    Ref key = int_from_i64(c->t, (int64_t)(uintptr_t)e);
    if (ref_is_null(key) || set_add(c->t, c->seen, key) < 0) err_clear(c->t);
    ref_close(key);
}

static void print_recursive(PrintCtx *c, Ref exc);

static void print_chained(PrintCtx *c, Object *other, const char *message) {
    print_recursive(c, ref_from_obj(other));
    emit_str(c, "\n");
    emit_str(c, message);
    emit_str(c, "\n");
}

/* Traceback (with the given header) and exception line of one exception, no chain. */
static void print_plain(PrintCtx *c, Ref exc, bool group) {
    Out tmp = {0};
    Object *tb = EXC_OBJ(exc)->traceback;
    if (tb) {
        print_traceback(c->t, &tmp, tb, c->cache);
        const char *plain = "Traceback (most recent call last):\n";
        size_t pl = strlen(plain);
        if (group && tmp.buf && strncmp(tmp.buf, plain, pl) == 0) {
            emit(c, "Exception Group Traceback (most recent call last):\n",
                 strlen("Exception Group Traceback (most recent call last):\n"),
                 c->group_depth == 1 ? "+ " : NULL);
            emit(c, tmp.buf + pl, tmp.len - pl, NULL);
            free(tmp.buf);
            memset(&tmp, 0, sizeof tmp);
        } else {
            emit_out(c, &tmp, NULL);
        }
    }
    print_exception_only(c->t, &tmp, exc);
    emit_out(c, &tmp, NULL);
}

static void print_group(PrintCtx *c, Ref exc) {
    if (c->group_depth > GROUP_MAX_DEPTH) {
        char line[64];
        snprintf(line, sizeof line, "... (max_group_depth is %d)\n", GROUP_MAX_DEPTH);
        emit_str(c, line);
        return;
    }
    bool toplevel = c->group_depth == 0;
    if (toplevel) c->group_depth++;
    print_plain(c, exc, true);
    Ref excs_ref = ((ExcGroupExc *)ref_obj(exc))->excs;
    intptr_t num = !ref_is_null(excs_ref) && tuple_check(excs_ref) ? tuple_size(ref_obj(excs_ref)) : 0;
    intptr_t n = num <= GROUP_MAX_WIDTH ? num : GROUP_MAX_WIDTH + 1;
    c->need_close = false;
    for (intptr_t i = 0; i < n; i++) {
        bool last = i == n - 1;
        if (last) c->need_close = true;
        bool truncated = i >= GROUP_MAX_WIDTH;
        out_repeat(c->o, ' ', 2 * c->group_depth);
        out_str(c->o, i == 0 ? "+-" : "  ");
        if (truncated) out_str(c->o, "+---------------- ... ----------------\n");
        else out_fmt(c->o, "+---------------- %zd ----------------\n", (ssize_t)(i + 1));
        c->group_depth++;
        if (!truncated) {
            print_recursive(c, tuple_get(ref_obj(excs_ref), i));
        } else {
            intptr_t rest = num - GROUP_MAX_WIDTH;
            char line[96];
            snprintf(line, sizeof line, "and %zd more exception%s\n", (ssize_t)rest, rest > 1 ? "s" : "");
            emit_str(c, line);
        }
        if (last && c->need_close) {
            out_repeat(c->o, ' ', 2 * c->group_depth);
            out_str(c->o, "+------------------------------------\n");
            c->need_close = false;
        }
        c->group_depth--;
    }
    if (toplevel) c->group_depth = 0;
}

static void print_recursive(PrintCtx *c, Ref exc) {
    if (c->recursion > 200) return;
    c->recursion++;
    if (exc_check(exc)) {
        seen_add(c, ref_obj(exc));
        BaseExc *e = EXC_OBJ(exc);
        if (e->cause) {
            if (!seen_contains(c, e->cause))
                print_chained(c, e->cause,
                              "The above exception was the direct cause of the following exception:\n");
        } else if (e->context && !e->suppress_context) {
            if (!seen_contains(c, e->context))
                print_chained(c, e->context,
                              "During handling of the above exception, another exception occurred:\n");
        }
    }
    if (!exc_check(exc)) {
        Out tmp = {0};
        out_fmt(&tmp, "TypeError: print_exception(): Exception expected for value, %s found\n",
                type_name(ref_type(exc)));
        emit_out(c, &tmp, NULL);
    } else if (type_is_subtype(ref_type(exc), &exc_BaseExceptionGroup)) {
        print_group(c, exc);
    } else {
        print_plain(c, exc, false);
    }
    c->recursion--;
}

void err_print_exception(Thread *t, Ref exc) {
    if (ref_is_null(exc)) return;
    Ref saved = err_fetch(t);
    sys_flush_std_streams(t);
    Out o = {0};
    SourceCache cache = {0};
    PrintCtx c = {.t = t, .o = &o, .cache = &cache};
    c.seen = set_new(t, REF_NULL);
    if (!c.seen) err_clear(t);
    print_recursive(&c, exc);
    if (c.seen) obj_decref(c.seen);
    cache_clear(&cache);
    out_flush(t, &o);
    free(o.buf);
    ref_close(exc);
    err_clear(t);
    err_restore(t, saved);
}

void err_print_unraisable(Thread *t, Ref exc, Ref err_msg, Ref obj) {
    Out o = {0};
    bool has_msg = !ref_is_null(err_msg) && !ref_is_none(err_msg);
    Ref msg = has_msg ? obj_str(t, err_msg) : REF_NULL;
    if (has_msg && ref_is_null(msg)) err_clear(t);
    const char *text = ref_is_null(msg) ? NULL : str_utf8_lossy(ref_obj(msg));
    if (!ref_is_null(obj) && !ref_is_none(obj)) {
        out_fmt(&o, "%s: ", text ? text : "Exception ignored in");
        Ref r = obj_repr(t, obj);
        if (ref_is_null(r)) {
            err_clear(t);
            out_str(&o, "<object repr() failed>\n");
        } else {
            out_fmt(&o, "%s\n", str_utf8_lossy(ref_obj(r)));
            ref_close(r);
        }
    } else if (text) {
        out_fmt(&o, "%s:\n", text);
    }
    ref_close(msg);
    out_flush(t, &o);
    free(o.buf);
    err_print_exception(t, ref_dup(exc));
}

/* Passes the pending exception to sys.unraisablehook as UnraisableHookArgs; without a hook
 * (None, deleted, or the default) the report is printed here. A hook that fails has its
 * own exception reported instead, against the hook. */
void err_write_unraisable(Thread *t, Ref obj) {
    Ref exc = err_fetch(t);
    if (ref_is_null(exc)) return;
    Object *hook = sys_get(t, "unraisablehook");
    if (!hook || hook == sys_get(t, "__unraisablehook__") || ref_is_none(ref_from_obj(hook))) {
        err_print_unraisable(t, exc, REF_NULL, obj);
        ref_close(exc);
        return;
    }
    obj_incref(hook);
    Object *tb = exc_check(exc) ? EXC_OBJ(exc)->traceback : NULL;
    Ref fields[5] = {ref_from_obj((Object *)ref_type(exc)), exc, tb ? ref_from_obj(tb) : REF_NONE,
                     REF_NONE, ref_is_null(obj) ? REF_NONE : obj};
    Object *args = structseq_new(t, &sys_unraisable_hook_args_type, fields);
    ref_close(exc);
    Ref r = args ? obj_call1(t, ref_from_obj(hook), ref_from_obj(args)) : REF_NULL;
    obj_xdecref(args);
    if (ref_is_null(r)) {
        Ref failure = err_fetch(t);
        Object *msg = str_from_cstr(t, "Exception ignored in sys.unraisablehook");
        err_clear(t);
        if (msg) err_print_unraisable(t, failure, ref_from_obj(msg), ref_from_obj(hook));
        obj_xdecref(msg);
        ref_close(failure);
    }
    ref_close(r);
    obj_decref(hook);
}

/* ---- the _traceback module ------------------------------------------------------------------ */

/* _traceback.caret_anchors(segment): the (start, end) character range of the operator of a
 * binary operation or of the subscript of a subscription spanning segment, which the
 * printer marks with '^' inside '~'; None for other expressions. traceback.py uses it so
 * that its output matches this printer's. */
static Ref tbmod_caret_anchors(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "caret_anchors", nargs, kw)) return REF_NULL;
    if (!str_check(args[0]))
        return err_format(t, &exc_TypeError, "caret_anchors() argument must be str, not %T", args[0]);
    const char *segment = str_utf8(t, ref_obj(args[0]), NULL);
    if (!segment) return REF_NULL;
    int left, right;
    if (!find_anchors(segment, &left, &right)) return REF_NONE;
    Ref l = ref_from_int(char_offset(segment, left)), r = ref_from_int(char_offset(segment, right));
    return ref_from_obj(tuple_pack(t, 2, l, r));
}

static const MethodDef traceback_module_methods[] = {
    {"caret_anchors", tbmod_caret_anchors, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Object *traceback_module_create(Thread *t) {
    Object *m = module_new_cstr(t, "_traceback");
    if (m && module_add_functions(t, m, traceback_module_methods) < 0) {
        obj_decref(m);
        return NULL;
    }
    return m;
}
