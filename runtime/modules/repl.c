/* The interactive prompt: read a statement (with continuation lines), compile it in
 * 'single' mode so expression values are echoed through sys.displayhook, run it, print
 * any exception, repeat. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "modules/lineedit.h"
#include "modules/modules.h"
#include "modules/repl.h"
#include "spry.h"

static const char *prompt_text(Thread *t, const char *name, const char *dflt, Ref *holder) {
    *holder = REF_NULL;
    Object *p = sys_get(t, name);
    if (!p) return dflt;
    Ref s = obj_str(t, ref_from_obj(p));
    if (ref_is_null(s)) {
        err_clear(t);
        return dflt;
    }
    *holder = s;
    return str_utf8_lossy(ref_obj(s));
}

static int set_default_prompts(Thread *t) {
    const char *names[2] = {"ps1", "ps2"}, *values[2] = {">>> ", "... "};
    for (int i = 0; i < 2; i++) {
        if (sys_get(t, names[i])) continue;
        Object *s = str_from_cstr(t, values[i]);
        int rc = s ? dict_set_cstr(t, t->interp->sysdict, names[i], ref_from_obj(s)) : -1;
        obj_xdecref(s);
        if (rc < 0) return -1;
    }
    return 0;
}

static bool blank(const char *line) {
    for (; *line; line++)
        if (*line != ' ' && *line != '\t') return *line == '#';
    return true;
}

/* Appends line + "\n" to the growing source buffer. */
static bool append_line(char **src, size_t *len, const char *line) {
    size_t n = strlen(line);
    char *nb = realloc(*src, *len + n + 2);
    if (!nb) return false;
    memcpy(nb + *len, line, n);
    nb[*len + n] = '\n';
    *len += n + 1;
    nb[*len] = '\0';
    *src = nb;
    return true;
}

/* Runs one complete statement. Returns -1 for SystemExit (left raised), else 0. */
static int run_statement(Thread *t, Object *globals, Object *code) {
    Ref r = eval_code(t, code, globals, globals);
    if (!ref_is_null(r)) {
        ref_close(r);
        sys_flush_std_streams(t);
        return 0;
    }
    if (err_matches(t, &exc_SystemExit)) return -1;
    err_print_exception(t, err_fetch(t));
    return 0;
}

int repl_run(Thread *t, Object *globals, bool banner) {
    if (set_default_prompts(t) < 0) return -1;
    if (banner) {
        fprintf(stderr, "Spry 0.1.0 (Python 3.11) on linux\n"
                        "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
    }
    LineEditor ed;
    lineedit_init(&ed, STDIN_FILENO, STDERR_FILENO);
    Object *filename = str_from_cstr(t, "<stdin>");
    if (!filename) return -1;
    int rc = 0;
    for (;;) {
        char *src = NULL;
        size_t len = 0;
        bool in_block = false;
        Object *code = NULL;
        bool eof = false;
        for (int lineno = 0;; lineno++) {
            Ref holder;
            const char *prompt = lineno == 0 ? prompt_text(t, "ps1", ">>> ", &holder)
                                             : prompt_text(t, "ps2", "... ", &holder);
            sys_flush_std_streams(t);
            char *line = NULL;
            LineStatus st = lineedit_read(&ed, prompt, &line);
            ref_close(holder);
            if (st == LINE_EOF) {
                eof = true;
                if (src) {
                    /* End of input inside a statement: it ends here, complete or not
                     * (an unclosed bracket is then a SyntaxError). */
                    fputs("\n", stderr);
                    eof = false;
                    code = compile_source(t, src, len, filename, COMPILE_SINGLE, 0);
                    if (!code) err_print_exception(t, err_fetch(t));
                }
                break;
            }
            if (st == LINE_INTERRUPT || t->async_exc_pending) {
                t->async_exc_pending = 0;
                fputs("\nKeyboardInterrupt\n", stderr);
                free(src);
                src = NULL;
                len = 0;
                break;
            }
            if (st == LINE_ERROR) {
                eof = true;
                break;
            }
            lineedit_add_history(&ed, line);
            bool is_blank = blank(line);
            bool ok = append_line(&src, &len, line);
            free(line);
            if (!ok) {
                eof = true;
                break;
            }
            if (lineno == 0 && is_blank) {
                free(src);
                src = NULL;
                break;
            }
            /* Inside a block the statement ends only at an empty line. */
            if (in_block && !is_blank) continue;
            code = compile_source(t, src, len, filename, COMPILE_SINGLE, COMPILE_FLAG_INCOMPLETE_OK);
            if (code) break;
            if (compile_error_is_incomplete(t)) {
                err_clear(t);
                in_block = in_block || strchr(src, ':') != NULL;
                continue;
            }
            err_print_exception(t, err_fetch(t));
            break;
        }
        free(src);
        if (eof) {
            fputs("\n", stderr);
            break;
        }
        if (code) {
            int r = run_statement(t, globals, code);
            obj_decref(code);
            if (r < 0) {
                rc = -1;
                break;
            }
        }
    }
    obj_decref(filename);
    lineedit_free(&ed);
    return rc;
}
