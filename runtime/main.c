/* The spry command: option parsing, running a script / -c / -m / stdin, the REPL, and
 * turning an uncaught exception or SystemExit into the process exit status. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "modules/modules.h"
#include "modules/repl.h"
#include "spry.h"

#define SPRY_VERSION_TEXT "Spry 0.1.0 (Python 3.11)"

static const char usage_text[] =
    "usage: spry [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
    "Options:\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-i     : inspect interactively after running script\n"
    "-m mod : run library module as a script (terminates option list)\n"
    "-q     : don't print version and copyright messages on interactive startup\n"
    "-u     : force the stdout and stderr streams to be unbuffered\n"
    "-V     : print the Spry version number and exit (also --version)\n"
    "-X opt : set implementation-specific option (jit=off, stats, dis)\n"
    "-B, -E, -I, -O, -s, -S : accepted for compatibility; no effect\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n";

typedef struct Options {
    const char *command;   /* -c */
    const char *module;    /* -m */
    const char *script;    /* file, or "-" for stdin */
    bool inspect, quiet, unbuffered;
    int argc;              /* what becomes sys.argv */
    char **argv;
} Options;

static int parse_options(int argc, char **argv, Options *o, Thread *t_unused) {
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || strcmp(a, "-") == 0) break;
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0 || strcmp(a, "-?") == 0) {
            fputs(usage_text, stdout);
            exit(0);
        }
        if (strcmp(a, "--version") == 0) {
            puts(SPRY_VERSION_TEXT);
            exit(0);
        }
        for (const char *p = a + 1; *p; p++) {
            switch (*p) {
            case 'c':
            case 'm': {
                const char *val = p[1] ? p + 1 : (i + 1 < argc ? argv[++i] : NULL);
                if (!val) {
                    fprintf(stderr, "Argument expected for the -%c option\n", *p);
                    exit(2);
                }
                if (*p == 'c') o->command = val;
                else o->module = val;
                o->argc = argc - i;
                o->argv = argv + i;
                return 0;
            }
            case 'X': {
                const char *val = p[1] ? p + 1 : (i + 1 < argc ? argv[++i] : NULL);
                if (!val) {
                    fprintf(stderr, "Argument expected for the -X option\n");
                    exit(2);
                }
                goto next_arg; /* -X options are read again by sys (sys._xoptions) */
            }
            case 'V': puts(SPRY_VERSION_TEXT); exit(0);
            case 'i': o->inspect = true; break;
            case 'q': o->quiet = true; break;
            case 'u': o->unbuffered = true; break;
            case 'B': case 'E': case 'I': case 'O': case 's': case 'S': case 'b': case 'd':
            case 'v': break;
            case 'W': {
                if (!p[1]) i++;
                goto next_arg;
            }
            default:
                fprintf(stderr, "Unknown option: -%c\n", *p);
                fputs(usage_text, stderr);
                exit(2);
            }
        }
    next_arg:;
    }
    if (i < argc) {
        o->script = argv[i];
        o->argc = argc - i;
        o->argv = argv + i;
    } else {
        o->argc = 0;
        o->argv = NULL;
    }
    return 0;
}

/* Exit status for an uncaught exception; prints it unless it is SystemExit. */
static int exit_status_for_exception(Thread *t, Ref exc) {
    if (type_is_subtype(ref_type(exc), &exc_SystemExit)) {
        Ref code = ((SystemExitExc *)ref_obj(exc))->code;
        int status = 0;
        if (ref_is_null(code) || ref_is_none(code)) {
            status = 0;
        } else if (int_check(code)) {
            int overflow = 0;
            int64_t v = int_as_i64_overflow(code, &overflow);
            status = overflow ? -1 : (int)v;
        } else {
            sys_flush_std_streams(t);
            Ref s = obj_str(t, code);
            if (ref_is_null(s)) {
                err_clear(t);
            } else {
                intptr_t len;
                const char *text = str_utf8(t, ref_obj(s), &len);
                if (text) fprintf(stderr, "%s\n", text);
                else err_clear(t);
                ref_close(s);
            }
            status = 1;
        }
        ref_close(exc);
        return status & 0xff;
    }
    bool interrupted = type_is_subtype(ref_type(exc), &exc_KeyboardInterrupt);
    err_print_exception(t, exc);
    ref_close(exc);
    return interrupted ? 130 : 1;
}

static char *read_stream(FILE *f, size_t *len) {
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap + 1);
    if (!buf) return NULL;
    size_t got;
    while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            cap *= 2;
            char *nb = realloc(buf, cap + 1);
            if (!nb) {
                free(buf);
                return NULL;
            }
            buf = nb;
        }
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* Creates __main__ (or reuses it) and returns its dict, borrowed. */
static Object *main_module_dict(Thread *t) {
    Ref m = import_module(t, "__main__");
    if (ref_is_null(m)) return NULL;
    Object *d = module_dict(ref_obj(m));
    ref_close(m);
    return d;
}

/* Compiles and runs source in __main__. 0, or -1 with the exception set. */
static int run_source(Thread *t, const char *src, size_t len, const char *filename, bool set_file) {
    Object *globals = main_module_dict(t);
    if (!globals) return -1;
    Object *fname = str_from_cstr(t, filename);
    if (!fname) return -1;
    if (set_file && dict_set_str(t, globals, ID(__file__), ref_from_obj(fname)) < 0) {
        obj_decref(fname);
        return -1;
    }
    Object *code = compile_source(t, src, len, fname, COMPILE_EXEC, 0);
    obj_decref(fname);
    if (!code) return -1;
    Ref r = eval_code(t, code, globals, globals);
    obj_decref(code);
    if (ref_is_null(r)) return -1;
    ref_close(r);
    return 0;
}

static void on_sigint(int sig) {
    Thread *t = thread_current();
    if (t) t->async_exc_pending = 1;
}

static char *script_dir(const char *script) {
    const char *slash = strrchr(script, '/');
    if (!slash) return strdup("");
    if (slash == script) return strdup("/");
    return strndup(script, (size_t)(slash - script));
}

int main(int argc, char **argv) {
    Options o = {0};
    parse_options(argc, argv, &o, NULL);
    if (o.unbuffered) {
        setvbuf(stdout, NULL, _IONBF, 0);
        setvbuf(stderr, NULL, _IONBF, 0);
    }

    Thread *t = interp_new();
    if (!t) {
        fprintf(stderr, "spry: could not create the interpreter\n");
        return 1;
    }
    signal(SIGINT, on_sigint);
    t->interp->argc = argc;
    t->interp->argv = argv;

    bool interactive = false;
    int rc = 0;
    char *path0 = NULL;
    char *empty_argv[] = {(char *)"", NULL};
    if (o.command) {
        o.argv[0] = (char *)"-c";
        rc = sys_set_argv(t, o.argc, o.argv, "");
    } else if (o.module) {
        o.argv[0] = (char *)"-m";
        rc = sys_set_argv(t, o.argc, o.argv, "");
    } else if (o.script && strcmp(o.script, "-") != 0) {
        path0 = script_dir(o.script);
        rc = sys_set_argv(t, o.argc, o.argv, path0);
    } else {
        interactive = isatty(STDIN_FILENO) && !o.script;
        if (o.script) rc = sys_set_argv(t, o.argc, o.argv, "");
        else rc = sys_set_argv(t, 1, empty_argv, "");
    }
    if (rc < 0) goto uncaught;

    if (o.command) {
        rc = run_source(t, o.command, strlen(o.command), "<string>", false);
    } else if (o.module) {
        rc = import_run_module_as_main(t, o.module);
    } else if (o.script && strcmp(o.script, "-") != 0) {
        FILE *f = fopen(o.script, "rb");
        if (!f) {
            fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", argv[0], o.script, errno,
                    strerror(errno));
            free(path0);
            return 2;
        }
        size_t len;
        char *src = read_stream(f, &len);
        fclose(f);
        if (!src) {
            fprintf(stderr, "spry: out of memory reading %s\n", o.script);
            return 1;
        }
        rc = run_source(t, src, len, o.script, true);
        free(src);
    } else if (!interactive) {
        size_t len;
        char *src = read_stream(stdin, &len);
        if (!src) return 1;
        rc = run_source(t, src, len, "<stdin>", false);
        free(src);
    }
    if (rc == 0 && (interactive || o.inspect)) {
        Object *globals = main_module_dict(t);
        rc = globals ? repl_run(t, globals, !o.quiet && !o.inspect) : -1;
    }

uncaught:;
    int status = 0;
    if (rc < 0) status = exit_status_for_exception(t, err_fetch(t));
    modules_interp_fini(t);
    sys_flush_std_streams(t);
    free(path0);
    fflush(stdout);
    return status;
}
