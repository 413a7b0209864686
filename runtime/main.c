/* The spry command: option parsing, running a script / -c / -m / stdin, the REPL, and
 * turning an uncaught exception or SystemExit into the process exit status. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "modules/modules.h"
#include "modules/repl.h"
#include "spry.h"
#include "vm/specialize.h"

#define SPRY_VERSION_TEXT "Spry 0.1.0 (Python 3.11.7)"

static const char usage_line[] = "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

static const char usage_text[] =
    "Options:\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-i     : inspect interactively after running script; forces a prompt even\n"
    "         if stdin does not appear to be a terminal\n"
    "-m mod : run library module as a script (terminates option list)\n"
    "-q     : don't print version and copyright messages on interactive startup\n"
    "-u     : force the stdout and stderr streams to be unbuffered\n"
    "-V     : print the Spry version number and exit (also --version)\n"
    "-X opt : set implementation-specific option (jit=off, ...)\n"
    "-b, -B, -d, -E, -I, -O, -OO, -P, -R, -s, -S, -v, -x : accepted; no effect\n"
    "-W arg : warning control; arg is action:message:category:module:lineno\n"
    "         also PYTHONWARNINGS=arg\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n";

#define MAX_XOPTIONS 64

typedef struct Options {
    const char *command;   /* -c */
    const char *module;    /* -m */
    const char *script;    /* file, or "-" for stdin */
    bool inspect, quiet, unbuffered;
    int version;           /* -V count */
    int argc;              /* what becomes sys.argv */
    char **argv;
    const char *xoptions[MAX_XOPTIONS];
    int nxoptions;
    const char *warnoptions[MAX_XOPTIONS];   /* -W, in order */
    int nwarnoptions;
} Options;

static void usage_error(const char *prog) {
    fprintf(stderr, usage_line, prog);
    fprintf(stderr, "Try `spry -h' for more information.\n");
    exit(2);
}

/* CPython's option syntax: single-letter options may be grouped (-iq), -c/-m/-X/-W take
 * the rest of the word or the next argument, and -c/-m end the option list. */
static void parse_options(int argc, char **argv, Options *o) {
    const char *prog = argv[0] ? argv[0] : "spry";
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || strcmp(a, "-") == 0) break;
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (a[1] == '-') {
            if (strcmp(a, "--help") == 0) {
                printf(usage_line, prog);
                fputs(usage_text, stdout);
                exit(0);
            } else if (strcmp(a, "--version") == 0) {
                o->version++;
            } else if (strcmp(a, "--check-hash-based-pycs") == 0) {
                if (i + 1 >= argc) {
                    fprintf(stderr, "Argument expected for the --check-hash-based-pycs option\n");
                    usage_error(prog);
                }
                i++;
            } else {
                fprintf(stderr, "unknown option %s\n", a);
                usage_error(prog);
            }
            continue;
        }
        for (const char *p = a + 1; *p; p++) {
            switch (*p) {
            case 'c':
            case 'm':
            case 'X':
            case 'W': {
                const char *val = p[1] ? p + 1 : (i + 1 < argc ? argv[++i] : NULL);
                if (!val) {
                    fprintf(stderr, "Argument expected for the -%c option\n", *p);
                    usage_error(prog);
                }
                if (*p == 'X') {
                    if (o->nxoptions < MAX_XOPTIONS) o->xoptions[o->nxoptions++] = val;
                    goto next_arg;
                }
                if (*p == 'W') {
                    if (o->nwarnoptions < MAX_XOPTIONS) o->warnoptions[o->nwarnoptions++] = val;
                    goto next_arg;
                }
                if (*p == 'c') o->command = val;
                else o->module = val;
                /* sys.argv: the option's own slot, then what follows. */
                o->argc = argc - i;
                o->argv = argv + i;
                return;
            }
            case 'h':
            case '?':
                printf(usage_line, prog);
                fputs(usage_text, stdout);
                exit(0);
            case 'V': o->version++; break;
            case 'i': o->inspect = true; break;
            case 'q': o->quiet = true; break;
            case 'u': o->unbuffered = true; break;
            case 'b': case 'B': case 'd': case 'E': case 'I': case 'O': case 'P': case 'R':
            case 's': case 'S': case 'v': case 'x':
                break;
            default:
                fprintf(stderr, "Unknown option: -%c\n", *p);
                usage_error(prog);
            }
        }
    next_arg:;
    }
    if (o->version) {
        if (o->version > 1) printf("%s (main) [spry]\n", SPRY_VERSION_TEXT);
        else puts(SPRY_VERSION_TEXT);
        exit(0);
    }
    if (i < argc) {
        o->script = argv[i];
        o->argc = argc - i;
        o->argv = argv + i;
    } else {
        o->argc = 0;
        o->argv = NULL;
    }
}

/* Exit status of a SystemExit (consumed), printing a non-int code as CPython does. */
static int system_exit_status(Thread *t, Ref exc) {
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
        Object *err = sys_get(t, "stderr");
        bool written = false;
        if (!ref_is_null(s) && err && !ref_is_none(ref_from_obj(err))) {
            Object *nl = str_from_cstr(t, "\n");
            Ref r = obj_call_method(t, ref_from_obj(err), ID(write), &s, 1);
            Ref r2 = ref_is_null(r) || !nl ? REF_NULL
                                           : obj_call_method(t, ref_from_obj(err), ID(write),
                                                             (Ref[]){ref_from_obj(nl)}, 1);
            written = !ref_is_null(r2);
            ref_close(r);
            ref_close(r2);
            obj_xdecref(nl);
            sys_flush_std_streams(t);
        }
        if (!written && !ref_is_null(s)) {
            intptr_t len;
            const char *text = str_utf8(t, ref_obj(s), &len);
            if (text) fprintf(stderr, "%s\n", text);
        }
        err_clear(t);
        ref_close(s);
        status = 1;
    }
    ref_close(exc);
    return status & 0xff;
}

static bool is_system_exit(Ref exc) {
    return exc_check(exc) && type_is_subtype(ref_type(exc), &exc_SystemExit);
}

static void write_stderr_text(Thread *t, const char *text) {
    sys_flush_std_streams(t);
    Object *err = sys_get(t, "stderr");
    Object *s = str_from_cstr(t, text);
    Ref r = REF_NULL;
    if (err && s && !ref_is_none(ref_from_obj(err)))
        r = obj_call_method(t, ref_from_obj(err), ID(write), (Ref[]){ref_from_obj(s)}, 1);
    if (ref_is_null(r)) {
        err_clear(t);
        fputs(text, stderr);
    }
    ref_close(r);
    obj_xdecref(s);
    sys_flush_std_streams(t);
}

/* Reports an uncaught exception (stolen) through sys.excepthook, as CPython's top level
 * does; returns the exit status (1, or a SystemExit's status). *interrupted is set for
 * KeyboardInterrupt. */
static int report_uncaught(Thread *t, Ref exc, bool *interrupted) {
    if (is_system_exit(exc)) return system_exit_status(t, exc);
    if (exc_check(exc) && type_is_subtype(ref_type(exc), &exc_KeyboardInterrupt)) *interrupted = true;
    Object *tb = exc_check(exc) ? EXC_OBJ(exc)->traceback : NULL;
    Ref type = ref_from_obj((Object *)ref_type(exc));
    Ref tbr = tb ? ref_from_obj(tb) : REF_NONE;
    Object *sd = t->interp->sysdict;
    if (sd) {
        if (dict_set_cstr(t, sd, "last_type", type) < 0 || dict_set_cstr(t, sd, "last_value", exc) < 0 ||
            dict_set_cstr(t, sd, "last_traceback", tbr) < 0)
            err_clear(t);
    }
    Ref hook = sd ? dict_get_cstr(t, sd, "excepthook") : REF_NULL;
    if (ref_is_null(hook) || ref_is_none(hook)) {
        err_clear(t);
        ref_close(hook);
        write_stderr_text(t, "sys.excepthook is missing\n");
        err_print_exception(t, exc);
        return 1;
    }
    Ref args[3] = {type, exc, tbr};
    Ref r = obj_call(t, hook, args, 3, NULL);
    ref_close(hook);
    if (ref_is_null(r)) {
        Ref exc2 = err_fetch(t);
        if (is_system_exit(exc2)) {
            ref_close(exc);
            return system_exit_status(t, exc2);
        }
        write_stderr_text(t, "Error in sys.excepthook:\n");
        err_print_exception(t, exc2);
        write_stderr_text(t, "\nOriginal exception was:\n");
        err_print_exception(t, exc);
        return 1;
    }
    ref_close(r);
    ref_close(exc);
    sys_flush_std_streams(t);
    return 1;
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

/* __main__'s dict, borrowed. */
static Object *main_module_dict(Thread *t) {
    Ref m = import_module(t, "__main__");
    if (ref_is_null(m)) return NULL;
    Object *d = module_dict(ref_obj(m));
    ref_close(m);
    return d;
}

/* Compiles and runs source in __main__. 0, or -1 with the exception set. */
static int run_source(Thread *t, const char *src, size_t len, const char *filename, bool set_file,
                      int flags) {
    Object *globals = main_module_dict(t);
    if (!globals) return -1;
    Object *fname = str_from_cstr(t, filename);
    if (!fname) return -1;
    if (set_file && dict_set_str(t, globals, ID(__file__), ref_from_obj(fname)) < 0) {
        obj_decref(fname);
        return -1;
    }
    Object *code = compile_source(t, src, len, fname, COMPILE_EXEC, flags);
    obj_decref(fname);
    if (!code) return -1;
    Ref r = eval_code(t, code, globals, globals);
    if (t->interp->spec_dis) spec_dump_quickened(t, CODE(code), stderr);
    obj_decref(code);
    if (ref_is_null(r)) return -1;
    ref_close(r);
    return 0;
}

static void on_sigint(int sig) {
    (void)sig;
    /* Any thread may receive the signal; KeyboardInterrupt is for the main thread. */
    Thread *t = thread_current();
    if (t) t = t->interp->main_thread;
    if (t) {
        t->async_exc_pending = 1;
        atomic_fetch_or(&t->eval_breaker, EVAL_BREAK_SIGNAL);
    }
}

/* The absolute form of path without resolving symlinks (CPython's os.path.abspath). */
static char *absolute_path(const char *path) {
    if (path[0] == '/') return strdup(path);
    char cwd[4096];
    if (!getcwd(cwd, sizeof cwd)) return strdup(path);
    const char *p = path;
    size_t n = strlen(cwd) + strlen(p) + 2;
    char *r = malloc(n);
    if (r) snprintf(r, n, "%s%s%s", cwd, strcmp(cwd, "/") == 0 ? "" : "/", p);
    return r;
}

/* sys.path[0] for a script: the directory of its real path. */
static char *script_dir(const char *abs) {
    char *real = realpath(abs, NULL);
    const char *src = real ? real : abs;
    const char *slash = strrchr(src, '/');
    char *r = !slash ? strdup("") : slash == src ? strdup("/") : strndup(src, (size_t)(slash - src));
    free(real);
    return r;
}

int main(int argc, char **argv) {
    Options o = {0};
    parse_options(argc, argv, &o);
    const char *unbuffered_env = getenv("PYTHONUNBUFFERED");
    if (unbuffered_env && *unbuffered_env) o.unbuffered = true;

    Thread *t = interp_new();
    if (!t) {
        fprintf(stderr, "spry: could not create the interpreter\n");
        return 1;
    }
    signal(SIGINT, on_sigint);
    /* As CPython: a write to a closed pipe or past the file size limit raises an OSError
     * (BrokenPipeError) instead of killing the process; children get the defaults back
     * (subprocess's restore_signals). */
    signal(SIGPIPE, SIG_IGN);
    signal(SIGXFSZ, SIG_IGN);
    t->interp->argc = argc;
    t->interp->argv = argv;
    for (int i = 0; i < o.nxoptions; i++) {
        /* The specializer's observability: -X stats counts, -X dis dumps quickened code. */
        if (strcmp(o.xoptions[i], "stats") == 0 && spec_stats_enable(t) < 0) return 1;
        if (strcmp(o.xoptions[i], "dis") == 0) t->interp->spec_dis = true;
    }
    if (sys_set_xoptions(t, o.nxoptions, o.xoptions) < 0 ||
        sys_set_warnoptions(t, getenv("PYTHONWARNINGS"), o.nwarnoptions, o.warnoptions) < 0 ||
        (o.unbuffered && sys_set_unbuffered(t) < 0)) {
        err_print_exception(t, err_fetch(t));
        return 1;
    }

    bool stdin_tty = isatty(STDIN_FILENO);
    bool run_stdin = !o.command && !o.module && (!o.script || strcmp(o.script, "-") == 0);
    bool interactive = run_stdin && (stdin_tty || o.inspect);
    int rc = 0;
    char *path0 = NULL, *abs_script = NULL;
    bool dir_main = false;
    char *empty_argv[] = {(char *)"", NULL};
    if (o.command) {
        o.argv[0] = (char *)"-c";
        rc = sys_set_argv(t, o.argc, o.argv, "");
    } else if (o.module) {
        o.argv[0] = (char *)"-m";
        char cwd[4096];
        rc = sys_set_argv(t, o.argc, o.argv, getcwd(cwd, sizeof cwd) ? cwd : "");
    } else if (!run_stdin) {
        abs_script = absolute_path(o.script);
        struct stat st;
        if (abs_script && stat(abs_script, &st) == 0 && S_ISDIR(st.st_mode)) {
            /* A directory runs its __main__.py, with the directory as sys.path[0]. */
            size_t n = strlen(abs_script) + 16;
            char *main_py = malloc(n);
            if (!main_py) return 1;
            snprintf(main_py, n, "%s/__main__.py", abs_script);
            if (access(main_py, F_OK) != 0) {
                fprintf(stderr, "%s: can't find '__main__' module in '%s'\n", argv[0], abs_script);
                free(main_py);
                free(abs_script);
                return 1;
            }
            path0 = realpath(abs_script, NULL);
            if (!path0) path0 = strdup(abs_script);
            free(abs_script);
            abs_script = main_py;
            dir_main = true;
        } else {
            path0 = script_dir(abs_script);
        }
        rc = sys_set_argv(t, o.argc, o.argv, path0);
    } else if (o.script) {
        rc = sys_set_argv(t, o.argc, o.argv, "");
    } else {
        rc = sys_set_argv(t, 1, empty_argv, "");
    }

    if (rc == 0) {
        if (o.command) {
            rc = run_source(t, o.command, strlen(o.command), "<string>", false, 0);
        } else if (o.module) {
            rc = import_run_module_as_main(t, o.module);
        } else if (!run_stdin) {
            FILE *f = fopen(abs_script, "rb");
            if (!f) {
                int e = errno;
                fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", argv[0], abs_script, e,
                        strerror(e));
                free(path0);
                free(abs_script);
                return 2;
            }
            size_t len;
            char *src = read_stream(f, &len);
            fclose(f);
            if (!src) {
                fprintf(stderr, "spry: out of memory reading %s\n", o.script);
                return 1;
            }
            if (dir_main) {
                /* runpy runs a directory's __main__ with __package__ = ''. */
                Object *g = main_module_dict(t);
                Object *empty = str_from_cstr(t, "");
                rc = g && empty && dict_set_str(t, g, ID(__package__), ref_from_obj(empty)) == 0 ? 0 : -1;
                obj_xdecref(empty);
            }
            if (rc == 0) rc = run_source(t, src, len, abs_script, true, COMPILE_FLAG_SCRIPT);
            free(src);
        } else if (!interactive) {
            size_t len;
            char *src = read_stream(stdin, &len);
            if (!src) return 1;
            rc = run_source(t, src, len, "<stdin>", true, COMPILE_FLAG_SCRIPT);
            free(src);
        }
    }

    int status = 0;
    bool interrupted = false;
    if (rc < 0) {
        Ref exc = err_fetch(t);
        if (o.inspect && is_system_exit(exc)) {
            /* With -i a SystemExit does not end the process: it is reported, then the
             * prompt starts. */
            err_print_exception(t, exc);
        } else {
            status = report_uncaught(t, exc, &interrupted);
        }
    }
    if (interactive || o.inspect) {
        interrupted = false;
        Object *globals = main_module_dict(t);
        bool banner = !o.quiet && run_stdin;
        rc = globals ? repl_run(t, globals, banner) : -1;
        status = rc < 0 ? report_uncaught(t, err_fetch(t), &interrupted) : 0;
    }

    modules_interp_fini(t);
    sys_flush_std_streams(t);
    spec_stats_print(t, stderr);
    free(path0);
    free(abs_script);
    fflush(stdout);
    if (interrupted) {
        /* Die of SIGINT, as CPython does after an uncaught KeyboardInterrupt, so the
         * parent sees the signal (a shell reports status 130). */
        signal(SIGINT, SIG_DFL);
        kill(getpid(), SIGINT);
    }
    return status;
}
