/* _posixsubprocess: fork + exec for subprocess.py (runtime/lib/subprocess.py).
 *
 * fork_exec(args, executables, close_fds, pass_fds, cwd, env, stdin_fd, stdout_fd,
 *           stderr_fd, errpipe_write, restore_signals, start_new_session
 *           [, preexec_fn, process_group, umask, gid, extra_groups, uid]) -> pid
 *   args, executables: sequences of bytes (argv; the paths to try in turn);
 *   env: sequence of b"NAME=value" or None (inherit); cwd: bytes or None;
 *   stdin_fd/stdout_fd/stderr_fd: the fds the child gets as 0/1/2, or -1 to inherit.
 * Everything is converted to C before fork(): the child only makes async-signal-safe
 * calls. If the child fails before exec succeeds it writes "<stage>:<errno in hex>" to
 * errpipe_write (stage "chdir", "exec" or "preexec") and exits with 255; on success the
 * pipe closes on exec (it is close-on-exec) and the parent reads EOF.
 *   preexec_fn: None or a callable run in the child just before the exec (the one place
 *   the child runs Python: what it may safely do is the caller's business, as in CPython);
 *   process_group, umask: -1 leaves them alone, else setpgid(0, n) / umask(n).
 *   gid, uid: -1 leaves them alone, else setregid(n, n) / setreuid(n, n); extra_groups:
 *   None, or a sequence of gids for setgroups(). A failure there is stage "ids".
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <grp.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "modules/modules.h"
#include "modules/posixmodule.h"
#include "spry.h"

extern char **environ;

/* A NULL-terminated array of copies of the bytes items of seq (NULL on error). */
static char **cstring_array(Thread *t, Ref seq, const char *what) {
    Object *list = list_from_iterable(t, seq);
    if (!list) return NULL;
    intptr_t n = list_size(list);
    char **arr = calloc((size_t)n + 1, sizeof *arr);
    if (!arr) {
        obj_decref(list);
        err_no_memory(t);
        return NULL;
    }
    for (intptr_t i = 0; i < n; i++) {
        Ref item = list_items(list)[i];
        if (!ref_isinstance_exact(item, &bytes_type)) {
            err_format(t, &exc_TypeError, "%s must contain only bytes, not %T", what, item);
            goto fail;
        }
        Object *b = ref_obj(item);
        if (memchr(bytes_data(b), 0, (size_t)bytes_size(b))) {
            err_set(t, &exc_ValueError, "embedded null byte");
            goto fail;
        }
        arr[i] = strndup(bytes_data(b), (size_t)bytes_size(b));
        if (!arr[i]) {
            err_no_memory(t);
            goto fail;
        }
    }
    obj_decref(list);
    return arr;
fail:
    for (intptr_t i = 0; i < n; i++) free(arr[i]);
    free(arr);
    obj_decref(list);
    return NULL;
}

static void free_array(char **arr) {
    if (!arr) return;
    for (char **p = arr; *p; p++) free(*p);
    free(arr);
}

/* ---- in the child: async-signal-safe only ---------------------------------------------- */

static void child_report(int errpipe, const char *stage, int err) {
    char buf[40];
    size_t n = 0;
    while (stage[n] && n < 16) {
        buf[n] = stage[n];
        n++;
    }
    buf[n++] = ':';
    char hex[16];
    int k = 0;
    unsigned u = (unsigned)err;
    do {
        hex[k++] = "0123456789abcdef"[u % 16];
        u /= 16;
    } while (u && k < 16);
    while (k) buf[n++] = hex[--k];
    ssize_t w = write(errpipe, buf, n);
    (void)w;
}

/* Moves fd out of the 0..2 range so that setting up the standard fds cannot clobber it. */
static int lift(int fd) {
    if (fd < 0 || fd > 2) return fd;
    return fcntl(fd, F_DUPFD_CLOEXEC, 3);
}

static int install(int fd, int target) {
    if (fd < 0) return 0;
    if (fd == target) {
        int flags = fcntl(fd, F_GETFD);
        return flags < 0 ? -1 : fcntl(fd, F_SETFD, flags & ~FD_CLOEXEC);
    }
    return dup2(fd, target) < 0 ? -1 : 0;
}

/* Closes every fd >= 3 except `keep` (sorted ascending, n entries). */
static void close_other_fds(const int *keep, size_t n) {
    unsigned lo = 3;
    for (size_t i = 0; i <= n; i++) {
        unsigned hi = i < n ? (unsigned)keep[i] : ~0u;
        if (hi > lo) {
            if (syscall(SYS_close_range, lo, hi - 1, 0) != 0) {
                long max = sysconf(_SC_OPEN_MAX);
                for (long fd = lo; fd < (long)hi && fd < max; fd++) close((int)fd);
            }
        }
        if (hi != ~0u) lo = hi + 1;
    }
}

typedef struct ChildPlan {
    char **argv, **exes, **envp;
    const char *cwd;
    int *keep;                   /* pass_fds + errpipe, sorted */
    size_t nkeep;
    int fds[3];
    int errpipe;
    int pgid, umask;             /* -1: unchanged */
    long gid, uid;               /* -1: unchanged */
    gid_t *groups;               /* setgroups() list when has_groups */
    size_t ngroups;
    bool has_groups;
    bool close_fds, restore_signals, new_session;
    Thread *t;                   /* the forking thread, to run preexec */
    Ref preexec;                 /* REF_NULL: none */
} ChildPlan;

static void child_main(const ChildPlan *p) {
    int errpipe = p->errpipe;
    int err = 0;
    if (p->new_session) setsid();
    if (p->pgid >= 0 && setpgid(0, p->pgid) < 0) {
        child_report(errpipe, "exec", errno);
        _exit(255);
    }
    int fds[3];
    for (int i = 0; i < 3; i++) fds[i] = lift(p->fds[i]);
    for (int i = 0; i < 3; i++) {
        if (install(fds[i], i) < 0) {
            child_report(errpipe, "exec", errno);
            _exit(255);
        }
    }
    if (p->cwd && chdir(p->cwd) < 0) {
        child_report(errpipe, "chdir", errno);
        _exit(255);
    }
    if (p->umask >= 0) umask((mode_t)p->umask);
    /* supplementary groups first: changing the uid may take away the right to */
    if ((p->has_groups && setgroups(p->ngroups, p->groups) < 0) ||
        (p->gid >= 0 && setregid((gid_t)p->gid, (gid_t)p->gid) < 0) ||
        (p->uid >= 0 && setreuid((uid_t)p->uid, (uid_t)p->uid) < 0)) {
        child_report(errpipe, "ids", errno);
        _exit(255);
    }
    if (p->restore_signals) {
        signal(SIGPIPE, SIG_DFL);
        signal(SIGXFSZ, SIG_DFL);
    }
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    if (!ref_is_null(p->preexec)) {
        Ref r = obj_call0(p->t, p->preexec);
        if (ref_is_null(r)) {
            child_report(errpipe, "preexec", 0);
            _exit(255);
        }
        ref_close(r);
    }
    for (size_t i = 0; i < p->nkeep; i++) {
        if (p->keep[i] != errpipe) {
            int flags = fcntl(p->keep[i], F_GETFD);
            if (flags >= 0) fcntl(p->keep[i], F_SETFD, flags & ~FD_CLOEXEC);
        }
    }
    if (p->close_fds) close_other_fds(p->keep, p->nkeep);
    char **envp = p->envp ? p->envp : environ;
    for (char **exe = p->exes; *exe; exe++) {
        execve(*exe, p->argv, envp);
        if (err == 0 && errno != ENOENT && errno != ENOTDIR) err = errno;
    }
    child_report(errpipe, "exec", err ? err : errno);
    _exit(255);
}

/* ---- the module function ------------------------------------------------------------- */

/* A uid/gid argument: -1 (unchanged) or an id that fits the id types. */
static bool id_arg(Thread *t, Ref v, long *out) {
    if (!ref_is_int(v)) {
        err_format(t, &exc_TypeError, "an integer id is required, not %T", v);
        return false;
    }
    int64_t n = ref_int(v);
    if (n < -1 || n > (int64_t)UINT32_MAX - 1) {
        err_set(t, &exc_OverflowError, "id out of range");
        return false;
    }
    *out = (long)n;
    return true;
}

static int cmp_int(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static Ref fork_exec(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    (void)self;
    if (!args_count(t, "fork_exec", nargs, kw, 12, 18)) return REF_NULL;
    ChildPlan p = {0};
    p.t = t;
    p.pgid = p.umask = -1;
    if (nargs > 12 && !ref_is_none(args[12])) p.preexec = args[12];
    if (nargs > 13 && !posix_int_arg(t, args[13], &p.pgid)) return REF_NULL;
    if (nargs > 14 && !posix_int_arg(t, args[14], &p.umask)) return REF_NULL;
    Ref result = REF_NULL;
    Object *pass = NULL;
    int close_fds = obj_truthy(t, args[2]), restore = obj_truthy(t, args[10]), session = obj_truthy(t, args[11]);
    if (close_fds < 0 || restore < 0 || session < 0) return REF_NULL;
    p.close_fds = close_fds;
    p.restore_signals = restore;
    p.new_session = session;
    for (int i = 0; i < 3; i++)
        if (!posix_int_arg(t, args[6 + i], &p.fds[i])) return REF_NULL;
    if (!posix_int_arg(t, args[9], &p.errpipe)) return REF_NULL;
    p.gid = p.uid = -1;
    if (nargs > 15 && !id_arg(t, args[15], &p.gid)) return REF_NULL;
    if (nargs > 17 && !id_arg(t, args[17], &p.uid)) return REF_NULL;
    if (nargs > 16 && !ref_is_none(args[16])) {
        Object *groups = list_from_iterable(t, args[16]);
        if (!groups) return REF_NULL;
        p.has_groups = true;
        p.ngroups = (size_t)list_size(groups);
        long most = sysconf(_SC_NGROUPS_MAX);
        if (most >= 0 && p.ngroups > (size_t)most) {
            obj_decref(groups);
            err_set(t, &exc_ValueError, "too many groups");
            return REF_NULL;
        }
        p.groups = malloc((p.ngroups ? p.ngroups : 1) * sizeof *p.groups);
        if (!p.groups) {
            obj_decref(groups);
            err_no_memory(t);
            return REF_NULL;
        }
        for (size_t i = 0; i < p.ngroups; i++) {
            long g;
            if (!id_arg(t, list_items(groups)[i], &g)) {
                obj_decref(groups);
                free(p.groups);
                return REF_NULL;
            }
            p.groups[i] = (gid_t)g;
        }
        obj_decref(groups);
    }
    if (!(p.argv = cstring_array(t, args[0], "args"))) goto done;
    if (!(p.exes = cstring_array(t, args[1], "executable list"))) goto done;
    if (!p.argv[0]) {
        err_set(t, &exc_ValueError, "args must not be empty");
        goto done;
    }
    if (!ref_is_none(args[5]) && !(p.envp = cstring_array(t, args[5], "env"))) goto done;
    if (!ref_is_none(args[4])) {
        if (!ref_isinstance_exact(args[4], &bytes_type)) {
            err_format(t, &exc_TypeError, "cwd must be bytes or None, not %T", args[4]);
            goto done;
        }
        p.cwd = bytes_data(ref_obj(args[4]));
    }
    if (!(pass = list_from_iterable(t, args[3]))) goto done;
    p.nkeep = (size_t)list_size(pass) + 1;
    p.keep = malloc(p.nkeep * sizeof *p.keep);
    if (!p.keep) {
        err_no_memory(t);
        goto done;
    }
    for (intptr_t i = 0; i < list_size(pass); i++)
        if (!posix_int_arg(t, list_items(pass)[i], &p.keep[i])) goto done;
    p.keep[p.nkeep - 1] = p.errpipe;
    qsort(p.keep, p.nkeep, sizeof *p.keep, cmp_int);

    pid_t pid = fork();
    if (pid == 0) child_main(&p);
    if (pid < 0)
        posix_error(t, REF_NULL);
    else
        result = ref_from_int(pid);
done:
    free_array(p.argv);
    free_array(p.exes);
    free_array(p.envp);
    free(p.keep);
    free(p.groups);
    obj_xdecref(pass);
    return result;
}

static const MethodDef posixsubprocess_functions[] = {
    {"fork_exec", fork_exec, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Object *posixsubprocess_module_create(Thread *t) {
    Object *m = module_new_cstr(t, "_posixsubprocess");
    if (!m) return NULL;
    if (module_add_functions(t, m, posixsubprocess_functions) < 0) {
        obj_decref(m);
        return NULL;
    }
    return m;
}
