/* The posix module, part two: processes, the environment, users, system information and
 * the module object itself. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/statvfs.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <sysexits.h>
#include <unistd.h>

#include "modules/modules.h"
#include "modules/posixmodule.h"
#include "objects/structseq.h"
#include "spry.h"

extern char **environ;

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)

static const MemberDef terminal_size_fields[] = {
    STRUCTSEQ_FIELD(0, "columns", "width of the terminal window in characters"),
    STRUCTSEQ_FIELD(1, "lines", "height of the terminal window in characters"), {NULL, 0, 0, 0, NULL}};
Type posix_terminal_size_type = {STRUCTSEQ_TYPE_INIT("os.terminal_size", terminal_size_fields)};

static const MemberDef times_result_fields[] = {
    STRUCTSEQ_FIELD(0, "user", "user time"), STRUCTSEQ_FIELD(1, "system", "system time"),
    STRUCTSEQ_FIELD(2, "children_user", "user time of children"),
    STRUCTSEQ_FIELD(3, "children_system", "system time of children"),
    STRUCTSEQ_FIELD(4, "elapsed", "elapsed time since an arbitrary point in the past"), {NULL, 0, 0, 0, NULL}};
Type posix_times_result_type = {STRUCTSEQ_TYPE_INIT("posix.times_result", times_result_fields)};

static const MemberDef uname_result_fields[] = {
    STRUCTSEQ_FIELD(0, "sysname", "operating system name"),
    STRUCTSEQ_FIELD(1, "nodename", "name of machine on network (implementation-defined)"),
    STRUCTSEQ_FIELD(2, "release", "operating system release"),
    STRUCTSEQ_FIELD(3, "version", "operating system version"),
    STRUCTSEQ_FIELD(4, "machine", "hardware identifier"), {NULL, 0, 0, 0, NULL}};
Type posix_uname_result_type = {STRUCTSEQ_TYPE_INIT("posix.uname_result", uname_result_fields)};

static const MemberDef statvfs_result_fields[] = {
    STRUCTSEQ_FIELD(0, "f_bsize", NULL), STRUCTSEQ_FIELD(1, "f_frsize", NULL),
    STRUCTSEQ_FIELD(2, "f_blocks", NULL), STRUCTSEQ_FIELD(3, "f_bfree", NULL),
    STRUCTSEQ_FIELD(4, "f_bavail", NULL), STRUCTSEQ_FIELD(5, "f_files", NULL),
    STRUCTSEQ_FIELD(6, "f_ffree", NULL), STRUCTSEQ_FIELD(7, "f_favail", NULL),
    STRUCTSEQ_FIELD(8, "f_flag", NULL), STRUCTSEQ_FIELD(9, "f_namemax", NULL), {NULL, 0, 0, 0, NULL}};
Type posix_statvfs_result_type = {STRUCTSEQ_TYPE_INIT("os.statvfs_result", statvfs_result_fields)};

/* ---- processes ------------------------------------------------------------------------- */

FN(posix_getpid) {
    if (!args_none(t, "posix.getpid", nargs, kw)) return REF_NULL;
    return ref_from_int(getpid());
}
FN(posix_getppid) {
    if (!args_none(t, "posix.getppid", nargs, kw)) return REF_NULL;
    return ref_from_int(getppid());
}
FN(posix_getuid) {
    if (!args_none(t, "posix.getuid", nargs, kw)) return REF_NULL;
    return ref_from_int(getuid());
}
FN(posix_geteuid) {
    if (!args_none(t, "posix.geteuid", nargs, kw)) return REF_NULL;
    return ref_from_int(geteuid());
}
FN(posix_getgid) {
    if (!args_none(t, "posix.getgid", nargs, kw)) return REF_NULL;
    return ref_from_int(getgid());
}
FN(posix_getegid) {
    if (!args_none(t, "posix.getegid", nargs, kw)) return REF_NULL;
    return ref_from_int(getegid());
}
FN(posix_getpgrp) {
    if (!args_none(t, "posix.getpgrp", nargs, kw)) return REF_NULL;
    return ref_from_int(getpgrp());
}
FN(posix_getsid) {
    if (!args_one(t, "posix.getsid", nargs, kw)) return REF_NULL;
    int pid;
    if (!posix_int_arg(t, args[0], &pid)) return REF_NULL;
    pid_t r = getsid(pid);
    if (r < 0) return posix_error(t, REF_NULL);
    return ref_from_int(r);
}
FN(posix_setsid) {
    if (!args_none(t, "posix.setsid", nargs, kw)) return REF_NULL;
    if (setsid() < 0) return posix_error(t, REF_NULL);
    return REF_NONE;
}

FN(posix_getlogin) {
    if (!args_none(t, "posix.getlogin", nargs, kw)) return REF_NULL;
    const char *s = getlogin();
    if (!s) return posix_error(t, REF_NULL);
    return posix_decode(t, s, -1, false);
}

FN(posix_kill) {
    if (!args_count(t, "kill", nargs, kw, 2, 2)) return REF_NULL;
    int pid, sig;
    if (!posix_int_arg(t, args[0], &pid) || !posix_int_arg(t, args[1], &sig)) return REF_NULL;
    if (kill(pid, sig) < 0) return posix_error(t, REF_NULL);
    /* A signal sent to this very process has its handler run before kill() returns. */
    if (atomic_load(&t->eval_breaker) && eval_handle_pending(t) < 0) return REF_NULL;
    return REF_NONE;
}

FN(posix_waitpid) {
    if (!args_no_kw(t, "waitpid", kw)) return REF_NULL;
    if (nargs != 2) return err_format(t, &exc_TypeError, "waitpid() takes exactly 2 arguments (%zu given)", nargs);
    int pid, options, status = 0;
    if (!posix_int_arg(t, args[0], &pid) || !posix_int_arg(t, args[1], &options)) return REF_NULL;
    pid_t r;
    EVAL_BLOCKING_CALL(t, r, waitpid(pid, &status, options));
    if (r < 0) return err_occurred(t) ? REF_NULL : posix_error(t, REF_NULL);
    return ref_from_obj(tuple_pack(t, 2, ref_from_int(r), ref_from_int(status)));
}

FN(posix_wait) {
    if (!args_none(t, "posix.wait", nargs, kw)) return REF_NULL;
    int status = 0;
    pid_t r;
    EVAL_BLOCKING_CALL(t, r, wait(&status));
    if (r < 0) return err_occurred(t) ? REF_NULL : posix_error(t, REF_NULL);
    return ref_from_obj(tuple_pack(t, 2, ref_from_int(r), ref_from_int(status)));
}

FN(posix_exit) {
    static const char *const names[] = {"status", NULL};
    static const ArgSpec spec = {"_exit", names, 1, -1};
    Ref a[1];
    int code;
    if (!args_parse(t, &spec, args, nargs, kw, a) || !posix_int_arg(t, a[0], &code)) return REF_NULL;
    _exit(code);
}

FN(posix_fork) {
    if (!args_none(t, "posix.fork", nargs, kw)) return REF_NULL;
    sys_flush_std_streams(t);
    pid_t pid = fork();
    if (pid < 0) return posix_error(t, REF_NULL);
    return ref_from_int(pid);
}

/* A list/tuple of str/bytes/PathLike as a NULL-terminated char* array; the holders own
 * the bytes. */
static char **argv_of(Thread *t, Ref seq, const char *fname, const char *what, Object **holders) {
    Object *items = tuple_from_iterable(t, seq);
    if (!items) return NULL;
    intptr_t n = tuple_size(items);
    Object *hold = list_new(t, 0);
    char **v = hold ? mem_alloc(t, (size_t)(n + 1) * sizeof(char *)) : NULL;
    if (!v) goto fail;
    for (intptr_t i = 0; i < n; i++) {
        PathArg p;
        if (!posix_path_convert(t, fname, what, tuple_get(items, i), 0, &p)) goto fail;
        if (list_append_steal(t, hold, p.holder) < 0) goto fail;
        v[i] = (char *)p.narrow;
    }
    v[n] = NULL;
    obj_decref(items);
    *holders = hold;
    return v;
fail:
    mem_free(v);
    obj_xdecref(hold);
    obj_decref(items);
    return NULL;
}

/* environ mapping (str or bytes keys and values) as "K=V" strings. */
static char **envp_of(Thread *t, Ref env, Object **holders) {
    Object *hold = list_new(t, 0);
    if (!hold) return NULL;
    Ref items = obj_call_method(t, env, ID(items), NULL, 0);
    Object *lst = ref_is_null(items) ? NULL : list_from_iterable(t, items);
    ref_close(items);
    char **v = lst ? mem_alloc(t, (size_t)(list_size(lst) + 1) * sizeof(char *)) : NULL;
    if (!v) goto fail;
    for (intptr_t i = 0; i < list_size(lst); i++) {
        Ref kv = list_items(lst)[i];
        if (!ref_type_is(kv, &tuple_type) || tuple_size(ref_obj(kv)) != 2) {
            err_set(t, &exc_TypeError, "env.items() or env.values() is not a list");
            goto fail;
        }
        PathArg k, val;
        if (!posix_path_convert(t, "execve", "key", tuple_get(ref_obj(kv), 0), 0, &k)) goto fail;
        if (list_append_steal(t, hold, k.holder) < 0) goto fail;
        if (!posix_path_convert(t, "execve", "value", tuple_get(ref_obj(kv), 1), 0, &val)) goto fail;
        if (list_append_steal(t, hold, val.holder) < 0) goto fail;
        size_t kl = strlen(k.narrow), vl = strlen(val.narrow);
        Object *b = bytes_new_uninit(t, (intptr_t)(kl + vl + 1));
        if (!b) goto fail;
        memcpy(bytes_data(b), k.narrow, kl);
        bytes_data(b)[kl] = '=';
        memcpy(bytes_data(b) + kl + 1, val.narrow, vl);
        if (list_append_steal(t, hold, ref_from_obj(b)) < 0) goto fail;
        v[i] = bytes_data(b);
    }
    v[list_size(lst)] = NULL;
    obj_decref(lst);
    *holders = hold;
    return v;
fail:
    mem_free(v);
    obj_xdecref(lst);
    obj_decref(hold);
    return NULL;
}

static Ref do_exec(Thread *t, const char *fname, const Ref *args, size_t nargs, Object *kw, bool with_env) {
    if (!args_count(t, fname, nargs, kw, with_env ? 3 : 2, with_env ? 3 : 2)) return REF_NULL;
    PathArg p;
    if (!posix_path_convert(t, fname, "path", args[0], 0, &p)) return REF_NULL;
    if (!ref_type_is(args[1], &tuple_type) && !ref_type_is(args[1], &list_type)) {
        posix_path_release(&p);
        return err_set(t, &exc_TypeError,
                       with_env ? "execve: argv must be a tuple or list" : "execv() arg 2 must be a tuple or list");
    }
    Object *hold = NULL, *ehold = NULL;
    char **argv = argv_of(t, args[1], fname, "argv", &hold);
    if (!argv) {
        posix_path_release(&p);
        return REF_NULL;
    }
    if (!argv[0]) {
        mem_free(argv);
        obj_decref(hold);
        posix_path_release(&p);
        return err_set(t, &exc_ValueError, with_env ? "execve: argv must not be empty" : "execv() arg 2 must not be empty");
    }
    char **envp = NULL;
    if (with_env) {
        envp = envp_of(t, args[2], &ehold);
        if (!envp) {
            mem_free(argv);
            obj_decref(hold);
            posix_path_release(&p);
            return REF_NULL;
        }
    }
    sys_flush_std_streams(t);
    if (with_env) execve(p.narrow, argv, envp);
    else execv(p.narrow, argv);
    Ref r = posix_error(t, REF_NULL);
    mem_free(argv);
    mem_free(envp);
    obj_decref(hold);
    obj_xdecref(ehold);
    posix_path_release(&p);
    return r;
}

FN(posix_execv) { return do_exec(t, "execv", args, nargs, kw, false); }
FN(posix_execve) { return do_exec(t, "execve", args, nargs, kw, true); }

FN(posix_system) {
    static const char *const names[] = {"command", NULL};
    static const ArgSpec spec = {"system", names, 1, -1};
    Ref a[1];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    PathArg p;
    if (!posix_path_convert(t, "system", "command", a[0], 0, &p)) return REF_NULL;
    sys_flush_std_streams(t);
    int r = system(p.narrow);
    posix_path_release(&p);
    return ref_from_int(r);
}

/* W* status macros: one int in, an int or a bool out. */
static bool status_arg(Thread *t, const char *fname, const Ref *args, size_t nargs, Object *kw, int *st) {
    static const char *const names[] = {"status", NULL};
    const ArgSpec spec = {fname, names, 1, -1};
    Ref a[1];
    return args_parse(t, &spec, args, nargs, kw, a) && posix_int_arg(t, a[0], st);
}
#define WFN(pyname, expr, wrap)                                         \
    FN(posix_##pyname) {                                                \
        int status;                                                     \
        if (!status_arg(t, #pyname, args, nargs, kw, &status)) return REF_NULL; \
        return wrap(expr);                                              \
    }
WFN(WIFEXITED, WIFEXITED(status), ref_from_bool)
WFN(WEXITSTATUS, WEXITSTATUS(status), ref_from_int)
WFN(WIFSIGNALED, WIFSIGNALED(status), ref_from_bool)
WFN(WTERMSIG, WTERMSIG(status), ref_from_int)
WFN(WIFSTOPPED, WIFSTOPPED(status), ref_from_bool)
WFN(WSTOPSIG, WSTOPSIG(status), ref_from_int)
WFN(WCOREDUMP, WCOREDUMP(status), ref_from_bool)
WFN(WIFCONTINUED, WIFCONTINUED(status), ref_from_bool)
#undef WFN

FN(posix_waitstatus_to_exitcode) {
    int status;
    if (!status_arg(t, "waitstatus_to_exitcode", args, nargs, kw, &status)) return REF_NULL;
    if (WIFEXITED(status)) return ref_from_int(WEXITSTATUS(status));
    if (WIFSIGNALED(status)) return ref_from_int(-WTERMSIG(status));
    if (WIFSTOPPED(status))
        return err_format(t, &exc_ValueError, "process stopped by delivery of signal %d", WSTOPSIG(status));
    return err_format(t, &exc_ValueError, "invalid wait status: %d", status);
}

FN(posix_times) {
    if (!args_none(t, "posix.times", nargs, kw)) return REF_NULL;
    struct tms tm;
    clock_t c = times(&tm);
    if (c == (clock_t)-1) return posix_error(t, REF_NULL);
    double hz = (double)sysconf(_SC_CLK_TCK);
    Ref v[5] = {float_from_double(t, (double)tm.tms_utime / hz), float_from_double(t, (double)tm.tms_stime / hz),
                float_from_double(t, (double)tm.tms_cutime / hz), float_from_double(t, (double)tm.tms_cstime / hz),
                float_from_double(t, (double)c / hz)};
    Object *r = NULL;
    bool ok = true;
    for (int i = 0; i < 5; i++) ok = ok && !ref_is_null(v[i]);
    if (ok) r = structseq_new(t, &posix_times_result_type, v);
    for (int i = 0; i < 5; i++) ref_close(v[i]);
    return r ? ref_from_obj(r) : REF_NULL;
}

FN(posix_umask) {
    if (!args_one(t, "posix.umask", nargs, kw)) return REF_NULL;
    int mask;
    if (!posix_int_arg(t, args[0], &mask)) return REF_NULL;
    return ref_from_int(umask((mode_t)mask));
}

/* ---- system information ---------------------------------------------------------------- */

FN(posix_uname) {
    if (!args_none(t, "posix.uname", nargs, kw)) return REF_NULL;
    struct utsname u;
    if (uname(&u) < 0) return posix_error(t, REF_NULL);
    const char *f[5] = {u.sysname, u.nodename, u.release, u.version, u.machine};
    Ref v[5];
    bool ok = true;
    for (int i = 0; i < 5; i++) {
        v[i] = posix_decode(t, f[i], -1, false);
        ok = ok && !ref_is_null(v[i]);
    }
    Object *r = ok ? structseq_new(t, &posix_uname_result_type, v) : NULL;
    for (int i = 0; i < 5; i++) ref_close(v[i]);
    return r ? ref_from_obj(r) : REF_NULL;
}

FN(posix_statvfs) {
    static const char *const names[] = {"path", NULL};
    static const ArgSpec spec = {"statvfs", names, 1, -1};
    Ref a[1];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    PathArg p;
    if (!posix_path_convert(t, "statvfs", "path", a[0], PATH_ALLOW_FD, &p)) return REF_NULL;
    struct statvfs s;
    int rc = p.narrow ? statvfs(p.narrow, &s) : fstatvfs(p.fd, &s);
    posix_path_release(&p);
    if (rc < 0) return posix_error(t, a[0]);
    uint64_t f[10] = {s.f_bsize, s.f_frsize, s.f_blocks, s.f_bfree, s.f_bavail,
                      s.f_files, s.f_ffree, s.f_favail, s.f_flag, s.f_namemax};
    Ref v[10];
    bool ok = true;
    for (int i = 0; i < 10; i++) {
        v[i] = int_from_u64(t, f[i]);
        ok = ok && !ref_is_null(v[i]);
    }
    Object *r = ok ? structseq_new(t, &posix_statvfs_result_type, v) : NULL;
    for (int i = 0; i < 10; i++) ref_close(v[i]);
    return r ? ref_from_obj(r) : REF_NULL;
}

FN(posix_cpu_count) {
    if (!args_none(t, "posix.cpu_count", nargs, kw)) return REF_NULL;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1) return REF_NONE;
    return ref_from_int(n);
}

FN(posix_get_terminal_size) {
    if (!args_count(t, "get_terminal_size", nargs, kw, 0, 1)) return REF_NULL;
    int fd = 1;
    if (nargs && !posix_int_arg(t, args[0], &fd)) return REF_NULL;
    struct winsize w;
    if (ioctl(fd, TIOCGWINSZ, &w) < 0) return posix_error(t, REF_NULL);
    Ref v[2] = {ref_from_int(w.ws_col), ref_from_int(w.ws_row)};
    return ref_from_obj(structseq_new(t, &posix_terminal_size_type, v));
}

FN(posix_urandom) {
    if (!args_one(t, "posix.urandom", nargs, kw)) return REF_NULL;
    intptr_t n;
    if (!arg_ssize(t, args[0], &n)) return REF_NULL;
    if (n < 0) return err_set(t, &exc_ValueError, "negative argument not allowed");
    Object *b = bytes_new_uninit(t, n);
    if (!b) return REF_NULL;
    for (intptr_t got = 0; got < n;) {
        ssize_t r = getrandom(bytes_data(b) + got, (size_t)(n - got), 0);
        if (r < 0) {
            if (errno == EINTR) continue;
            obj_decref(b);
            return posix_error(t, REF_NULL);
        }
        got += r;
    }
    return ref_from_obj(b);
}

FN(posix_strerror) {
    if (!args_one(t, "posix.strerror", nargs, kw)) return REF_NULL;
    int code;
    if (!posix_int_arg(t, args[0], &code)) return REF_NULL;
    return ref_from_obj(str_from_cstr(t, strerror(code)));
}

/* ---- environment ----------------------------------------------------------------------- */

FN(posix_putenv) {
    if (!args_count(t, "putenv", nargs, kw, 2, 2)) return REF_NULL;
    PathArg k, v;
    if (!posix_path_convert(t, "putenv", "name", args[0], PATH_FSCONVERTER, &k)) return REF_NULL;
    if (!posix_path_convert(t, "putenv", "value", args[1], PATH_FSCONVERTER, &v)) {
        posix_path_release(&k);
        return REF_NULL;
    }
    Ref r = REF_NONE;
    if (strchr(k.narrow, '='))
        r = err_set(t, &exc_ValueError, "illegal environment variable name");
    else if (setenv(k.narrow, v.narrow, 1) < 0)
        r = posix_error(t, REF_NULL);
    posix_path_release(&k);
    posix_path_release(&v);
    return r;
}

FN(posix_unsetenv) {
    if (!args_one(t, "posix.unsetenv", nargs, kw)) return REF_NULL;
    PathArg k;
    if (!posix_path_convert(t, "unsetenv", "name", args[0], PATH_FSCONVERTER, &k)) return REF_NULL;
    Ref r = REF_NONE;
    if (unsetenv(k.narrow) < 0)
        r = posix_error(t, REF_NULL);
    posix_path_release(&k);
    return r;
}

/* posix.environ: bytes keys and values, a snapshot taken when the module is created. */
static Object *environ_dict(Thread *t) {
    Object *d = dict_new(t);
    for (char **e = environ; d && e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq || eq == *e) continue;
        Object *k = bytes_from(t, *e, eq - *e);
        Object *v = k ? bytes_from(t, eq + 1, (intptr_t)strlen(eq + 1)) : NULL;
        int rc = v ? 0 : -1;
        if (rc == 0) {
            int has = dict_contains(t, d, ref_from_obj(k));
            rc = has < 0 ? -1 : has ? 0 : dict_set(t, d, ref_from_obj(k), ref_from_obj(v));
        }
        obj_xdecref(k);
        obj_xdecref(v);
        if (rc < 0) {
            obj_decref(d);
            d = NULL;
        }
    }
    return d;
}

static const MethodDef posix_proc_methods[] = {
    {"getpid", posix_getpid, 0, NULL},
    {"getppid", posix_getppid, 0, NULL},
    {"getuid", posix_getuid, 0, NULL},
    {"geteuid", posix_geteuid, 0, NULL},
    {"getgid", posix_getgid, 0, NULL},
    {"getegid", posix_getegid, 0, NULL},
    {"getpgrp", posix_getpgrp, 0, NULL},
    {"getsid", posix_getsid, 0, NULL},
    {"setsid", posix_setsid, 0, NULL},
    {"getlogin", posix_getlogin, 0, NULL},
    {"kill", posix_kill, 0, NULL},
    {"waitpid", posix_waitpid, 0, NULL},
    {"wait", posix_wait, 0, NULL},
    {"_exit", posix_exit, 0, NULL},
    {"fork", posix_fork, 0, NULL},
    {"execv", posix_execv, 0, NULL},
    {"execve", posix_execve, 0, NULL},
    {"system", posix_system, 0, NULL},
    {"WIFEXITED", posix_WIFEXITED, 0, NULL},
    {"WEXITSTATUS", posix_WEXITSTATUS, 0, NULL},
    {"WIFSIGNALED", posix_WIFSIGNALED, 0, NULL},
    {"WTERMSIG", posix_WTERMSIG, 0, NULL},
    {"WIFSTOPPED", posix_WIFSTOPPED, 0, NULL},
    {"WSTOPSIG", posix_WSTOPSIG, 0, NULL},
    {"WCOREDUMP", posix_WCOREDUMP, 0, NULL},
    {"WIFCONTINUED", posix_WIFCONTINUED, 0, NULL},
    {"waitstatus_to_exitcode", posix_waitstatus_to_exitcode, 0, NULL},
    {"times", posix_times, 0, NULL},
    {"umask", posix_umask, 0, NULL},
    {"uname", posix_uname, 0, NULL},
    {"cpu_count", posix_cpu_count, 0, NULL},
    {"statvfs", posix_statvfs, 0, NULL},
    {"get_terminal_size", posix_get_terminal_size, 0, NULL},
    {"urandom", posix_urandom, 0, NULL},
    {"strerror", posix_strerror, 0, NULL},
    {"putenv", posix_putenv, 0, NULL},
    {"unsetenv", posix_unsetenv, 0, NULL},
    {NULL, NULL, 0, NULL},
};

#define C(x) {#x, x}
static const struct {
    const char *name;
    long value;
} posix_proc_consts[] = {C(WNOHANG), C(WUNTRACED), C(WCONTINUED), C(EX_OK), C(EX_USAGE),
                         C(EX_DATAERR), C(EX_NOINPUT), C(EX_NOUSER), C(EX_NOHOST), C(EX_UNAVAILABLE),
                         C(EX_SOFTWARE), C(EX_OSERR), C(EX_OSFILE), C(EX_CANTCREAT), C(EX_IOERR),
                         C(EX_TEMPFAIL), C(EX_PROTOCOL), C(EX_NOPERM), C(EX_CONFIG), {NULL, 0}};
#undef C

int posix_add_proc(Thread *t, Object *m) {
    if (module_add_functions(t, m, posix_proc_methods) < 0) return -1;
    for (int i = 0; posix_proc_consts[i].name; i++)
        if (module_add_ref(t, m, posix_proc_consts[i].name, ref_from_int(posix_proc_consts[i].value)) < 0)
            return -1;
    Object *env = environ_dict(t);
    if (!env) return -1;
    int rc = module_add_ref(t, m, "environ", ref_from_obj(env));
    obj_decref(env);
    if (rc < 0) return -1;
    if (module_add_ref(t, m, "terminal_size", ref_immortal(&posix_terminal_size_type)) < 0 ||
        module_add_ref(t, m, "times_result", ref_immortal(&posix_times_result_type)) < 0 ||
        module_add_ref(t, m, "uname_result", ref_immortal(&posix_uname_result_type)) < 0 ||
        module_add_ref(t, m, "statvfs_result", ref_immortal(&posix_statvfs_result_type)) < 0)
        return -1;
    return 0;
}

Object *posix_module_create(Thread *t) {
    Object *m = module_new_cstr(t, "posix");
    if (!m) return NULL;
    if (posix_add_fs(t, m) < 0 || posix_add_proc(t, m) < 0 || posix_add_scandir(t, m) < 0) {
        obj_decref(m);
        return NULL;
    }
    return m;
}
