/* sys.stdin, sys.stdout and sys.stderr: the io module's own layers, as in CPython 3.11.
 *
 * Each stream is a TextIOWrapper over a BufferedReader/BufferedWriter over a FileIO on the
 * descriptor (closefd=False, raw.name '<stdout>'), so `sys.stdout.buffer.write(b"...")`
 * lands after text written before it (the text layer is flushed into the buffer first by
 * anyone who asks for ordering, exactly as with CPython). Newlines are never translated
 * ("\n"); stdout is line-buffered on a terminal, stderr always. PYTHONIOENCODING gives
 * encoding[:errors]; the encoding defaults to UTF-8 (Spry's locale encoding), errors to
 * 'backslashreplace' for stderr (whatever PYTHONIOENCODING says) and for the others to 'surrogateescape' (CPython's choice
 * in the C and C.UTF-8 locales, the only ones Spry has), or 'strict' when PYTHONIOENCODING
 * names an encoding. -u (or PYTHONUNBUFFERED): no buffered layer under stdout and stderr
 * (their buffer is the FileIO), and all three text layers write through. A descriptor that is
 * not open gives None. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "modules/io.h"
#include "modules/modules.h"
#include "spry.h"

typedef struct StdSpec {
    const char *attr, *dunder, *name, *mode;
    int fd;
    bool stderr_like;
} StdSpec;

static const StdSpec std_specs[] = {
    {"stdin", "__stdin__", "<stdin>", "r", STDIN_FILENO, false},
    {"stdout", "__stdout__", "<stdout>", "w", STDOUT_FILENO, false},
    {"stderr", "__stderr__", "<stderr>", "w", STDERR_FILENO, true},
};

/* A str from the bytes [s, s+len), or REF_NONE when len is 0 (a missing part). */
static Ref str_or_none(Thread *t, const char *s, size_t len) {
    if (len == 0) return REF_NONE;
    Object *o = str_from_utf8(t, s, (intptr_t)len);
    return o ? ref_from_obj(o) : REF_NULL;
}

static Ref std_stream(Thread *t, const StdSpec *sp, bool unbuffered) {
    struct stat st;
    if (fstat(sp->fd, &st) < 0) return REF_NONE;
    bool writing = sp->mode[0] == 'w';
    Ref raw = fileio_open(t, ref_from_int(sp->fd), writing ? "w" : "r", false, REF_NONE);
    if (ref_is_null(raw)) return REF_NULL;
    Ref buffer = REF_NULL, text = REF_NULL, encoding = REF_NONE, errors = REF_NONE, newline = REF_NULL;
    Object *name = str_from_cstr(t, sp->name), *mode = str_from_cstr(t, sp->mode);
    if (!name || !mode || obj_setattr(t, raw, ID(name), ref_from_obj(name)) < 0) goto done;
    buffer = unbuffered && writing ? ref_dup(raw)
                                   : buffered_new_for(t, writing ? &bufferedwriter_type : &bufferedreader_type,
                                                      raw, IO_DEFAULT_BUFFER_SIZE);
    if (ref_is_null(buffer)) goto done;

    const char *env = getenv("PYTHONIOENCODING");
    const char *colon = env ? strchr(env, ':') : NULL;
    if (env && *env) {
        /* Shown under the codec's canonical name, as codecs.lookup() gives it. */
        char given[64], canon[64];
        size_t elen = colon ? (size_t)(colon - env) : strlen(env);
        snprintf(given, sizeof given, "%.*s", (int)elen, env);
        const char *cname = codecs_normalize(given, canon, sizeof canon);
        encoding = str_or_none(t, cname ? cname : given, strlen(cname ? cname : given));
        if (ref_is_null(encoding)) goto done;
        if (colon && !sp->stderr_like) {
            errors = str_or_none(t, colon + 1, strlen(colon + 1));
            if (ref_is_null(errors)) goto done;
        }
    }
    if (ref_is_none(encoding)) encoding = ref_from_obj(str_from_cstr(t, "utf-8"));
    if (ref_is_none(errors)) {
        bool names_encoding = env && *env && colon != env;
        const char *dflt = sp->stderr_like ? "backslashreplace" : names_encoding ? "strict" : "surrogateescape";
        errors = ref_from_obj(str_from_cstr(t, dflt));
    }
    newline = ref_from_obj(str_from_cstr(t, "\n"));
    if (ref_is_null(encoding) || ref_is_null(errors) || ref_is_null(newline)) goto done;
    bool line_buffering = writing && !unbuffered && (sp->stderr_like || isatty(sp->fd));
    text = textio_new_for(t, buffer, encoding, errors, newline, line_buffering, unbuffered, mode);
done:
    obj_xdecref(name);
    obj_xdecref(mode);
    ref_close(encoding);
    ref_close(errors);
    ref_close(newline);
    ref_close(buffer);
    ref_close(raw);
    return text;
}

int io_install_std_streams(Thread *t, Object *sys, bool unbuffered) {
    if (io_ensure_ready(t) < 0) return -1;
    for (size_t i = 0; i < sizeof std_specs / sizeof std_specs[0]; i++) {
        const StdSpec *sp = &std_specs[i];
        Ref s = std_stream(t, sp, unbuffered);
        if (ref_is_null(s)) return -1;
        int rc = module_add_ref(t, sys, sp->attr, s);
        if (rc == 0) rc = module_add_ref(t, sys, sp->dunder, s);
        ref_close(s);
        if (rc < 0) return -1;
    }
    return 0;
}
