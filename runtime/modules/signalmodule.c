/* _signal: Python-level signal handlers (signal.py adds the enums on top).
 *
 * The C handler only sets flags, which is all that is async-signal-safe: it finds the
 * interpreter through thread_current() (the allow-listed TLS pointer every Spry thread
 * sets; a signal delivered to an OS thread Spry does not know is dropped), marks the
 * signal in interp->signal_tripped and raises the main thread's eval breaker
 * (interp_trip_signal), and writes the signal number to the wakeup fd if one is set.
 * The main thread then runs the Python handlers at its next eval break through
 * interp->eval_pending_hook, or when a blocking call it is in returns EINTR.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#include "modules/modules.h"
#include "modules/posixmodule.h"
#include "spry.h"

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)
#define SIGNAL_MAX 65 /* NSIG on Linux; signal_tripped has this many slots */

static void on_signal(int sig) {
    int saved_errno = errno;
    Thread *t = thread_current();
    if (t && sig > 0 && sig < SIGNAL_MAX) {
        Interp *in = t->interp;
        interp_trip_signal(in, sig);
        int fd = in->signal_wakeup_fd;
        if (fd >= 0) {
            unsigned char byte = (unsigned char)sig;
            ssize_t r = write(fd, &byte, 1);
            (void)r;
        }
    }
    errno = saved_errno;
}

/* The handlers list (interp->signal_handlers), borrowed. */
static Object *handlers(Thread *t) { return t->interp->signal_handlers; }

/* eval_pending_hook: runs the Python handlers of the signals that arrived. */
static int run_handlers(Thread *t) {
    Interp *in = t->interp;
    if (t != in->main_thread || !in->signal_handlers) return 0;
    for (int sig = 1; sig < SIGNAL_MAX; sig++) {
        if (!atomic_exchange(&in->signal_tripped[sig], 0)) continue;
        Ref h = list_items(in->signal_handlers)[sig];
        if (ref_is_int(h) || ref_is_none(h) || ref_is_null(h)) continue; /* SIG_DFL / SIG_IGN */
        Object *frame = eval_frame_object(t, 0);
        if (!frame && err_occurred(t)) return -1;
        Ref fr = frame ? ref_from_obj(frame) : REF_NONE;
        h = ref_dup(h);
        Ref r = obj_call2(t, h, ref_from_int(sig), fr);
        ref_close(h);
        obj_xdecref(frame);
        if (ref_is_null(r)) {
            /* Signals still tripped run at the next eval break. */
            for (int s = sig + 1; s < SIGNAL_MAX; s++) {
                if (atomic_load(&in->signal_tripped[s])) {
                    t->async_exc_pending = 1;
                    atomic_fetch_or(&t->eval_breaker, EVAL_BREAK_SIGNAL);
                    break;
                }
            }
            return -1;
        }
        ref_close(r);
    }
    return 0;
}

static bool signum_arg(Thread *t, Ref v, int *out) {
    intptr_t n;
    if (!arg_ssize(t, v, &n)) return false;
    if (n < 1 || n >= SIGNAL_MAX) {
        err_set(t, &exc_ValueError, "signal number out of range");
        return false;
    }
    *out = (int)n;
    return true;
}

static bool main_thread_only(Thread *t, const char *what) {
    if (t == t->interp->main_thread) return true;
    err_format(t, &exc_ValueError, "%s only works in main thread of the main interpreter", what);
    return false;
}

/* Runs handlers of signals that arrived during a call that may have raised one itself
 * (kill, raise_signal, pthread_kill), as CPython checks right after these. */
static Ref check_signals(Thread *t) {
    if (atomic_load(&t->eval_breaker) && eval_handle_pending(t) < 0) return REF_NULL;
    return REF_NONE;
}

FN(signal_signal) {
    if (!args_count(t, "signal", nargs, kw, 2, 2)) return REF_NULL;
    int sig;
    if (!signum_arg(t, args[0], &sig)) return REF_NULL;
    Ref h = args[1];
    void (*action)(int);
    if (ref_is_int(h) && ref_int(h) == 0)
        action = SIG_DFL;
    else if (ref_is_int(h) && ref_int(h) == 1)
        action = SIG_IGN;
    else if (obj_callable(h))
        action = on_signal;
    else
        return err_set(t, &exc_TypeError,
                       "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
    if (!main_thread_only(t, "signal")) return REF_NULL;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = action;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_ONSTACK;
    if (sigaction(sig, &sa, NULL) < 0) return posix_error(t, REF_NULL);
    Ref *slot = &list_items(handlers(t))[sig];
    Ref old = *slot;
    *slot = ref_dup(h);
    return ref_is_null(old) ? REF_NONE : old;
}

FN(signal_getsignal) {
    if (!args_count(t, "getsignal", nargs, kw, 1, 1)) return REF_NULL;
    int sig;
    if (!signum_arg(t, args[0], &sig)) return REF_NULL;
    return ref_dup(list_items(handlers(t))[sig]);
}

FN(signal_default_int_handler) {
    (void)args;
    (void)nargs;
    (void)kw;
    return err_set_value(t, &exc_KeyboardInterrupt, REF_NULL);
}

FN(signal_alarm) {
    if (!args_count(t, "alarm", nargs, kw, 1, 1)) return REF_NULL;
    intptr_t secs;
    if (!int_check(args[0])) return err_format(t, &exc_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
    if (!arg_ssize(t, args[0], &secs)) return REF_NULL;
    return ref_from_int(alarm((unsigned)secs));
}

FN(signal_pause) {
    if (!args_none(t, "pause", nargs, kw)) return REF_NULL;
    thread_release(t);
    pause();
    thread_reacquire(t);
    return check_signals(t);
}

FN(signal_raise_signal) {
    if (!args_count(t, "raise_signal", nargs, kw, 1, 1)) return REF_NULL;
    int sig;
    if (!signum_arg(t, args[0], &sig)) return REF_NULL;
    if (raise(sig) != 0) return posix_error(t, REF_NULL);
    return check_signals(t);
}

FN(signal_pthread_kill) {
    if (!args_count(t, "pthread_kill", nargs, kw, 2, 2)) return REF_NULL;
    int64_t id = int_check(args[0]) ? int_as_i64(t, args[0]) : -1;
    if (!int_check(args[0])) return err_format(t, &exc_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
    if (id == -1 && err_occurred(t)) return REF_NULL;
    intptr_t sig;
    if (!arg_ssize(t, args[1], &sig)) return REF_NULL;
    int rc = pthread_kill((pthread_t)id, (int)sig);
    if (rc != 0) {
        errno = rc;
        return posix_error(t, REF_NULL);
    }
    return check_signals(t);
}

static Ref timeval_pair(Thread *t, const struct itimerval *v) {
    Ref a = float_from_double(t, (double)v->it_value.tv_sec + (double)v->it_value.tv_usec / 1e6);
    Ref b = ref_is_null(a) ? REF_NULL
                           : float_from_double(t, (double)v->it_interval.tv_sec + (double)v->it_interval.tv_usec / 1e6);
    Object *r = ref_is_null(b) ? NULL : tuple_pack(t, 2, a, b);
    ref_close(a);
    ref_close(b);
    return r ? ref_from_obj(r) : REF_NULL;
}

static bool seconds_to_timeval(Thread *t, Ref v, struct timeval *out) {
    double d = float_as_double(t, v);
    if (d == -1.0 && err_occurred(t)) return false;
    if (d < 0) d = 0;
    out->tv_sec = (time_t)d;
    out->tv_usec = (suseconds_t)((d - (double)out->tv_sec) * 1e6);
    if (out->tv_sec == 0 && out->tv_usec == 0 && d > 0) out->tv_usec = 1;
    return true;
}

static Ref itimer_error(Thread *t) {
    Ref m = import_module(t, "signal");
    if (ref_is_null(m)) return REF_NULL;
    Ref type = obj_getattr_cstr(t, m, "ItimerError");
    ref_close(m);
    if (ref_is_null(type)) return REF_NULL;
    int e = errno;
    Object *msg = str_from_cstr(t, strerror(e));
    Ref exc = msg ? obj_call2(t, type, ref_from_int(e), ref_from_obj(msg)) : REF_NULL;
    obj_xdecref(msg);
    ref_close(type);
    if (!ref_is_null(exc)) err_raise(t, exc);
    return REF_NULL;
}

FN(signal_setitimer) {
    if (!args_count(t, "setitimer", nargs, kw, 2, 3)) return REF_NULL;
    intptr_t which;
    struct itimerval nv = {{0, 0}, {0, 0}}, old;
    if (!arg_ssize(t, args[0], &which) || !seconds_to_timeval(t, args[1], &nv.it_value) ||
        (nargs == 3 && !seconds_to_timeval(t, args[2], &nv.it_interval)))
        return REF_NULL;
    if (setitimer((int)which, &nv, &old) != 0) return itimer_error(t);
    return timeval_pair(t, &old);
}

FN(signal_getitimer) {
    if (!args_count(t, "getitimer", nargs, kw, 1, 1)) return REF_NULL;
    intptr_t which;
    if (!arg_ssize(t, args[0], &which)) return REF_NULL;
    struct itimerval v;
    if (getitimer((int)which, &v) != 0) return itimer_error(t);
    return timeval_pair(t, &v);
}

static Ref sigset_to_set(Thread *t, const sigset_t *mask) {
    Object *s = set_new(t, REF_NULL);
    for (int sig = 1; s && sig < SIGNAL_MAX; sig++) {
        if (sigismember(mask, sig) == 1 && set_add(t, s, ref_from_int(sig)) < 0) OBJ_SETREF(s, NULL);
    }
    return s ? ref_from_obj(s) : REF_NULL;
}

static bool iterable_to_sigset(Thread *t, Ref iterable, sigset_t *mask) {
    sigemptyset(mask);
    Ref it = obj_iter(t, iterable);
    if (ref_is_null(it)) return false;
    Ref item;
    bool ok = true;
    while (ok && !ref_is_null(item = obj_next(t, it))) {
        int sig;
        ok = signum_arg(t, item, &sig);
        if (ok) sigaddset(mask, sig);
        ref_close(item);
    }
    ref_close(it);
    return ok && !err_occurred(t);
}

FN(signal_valid_signals) {
    if (!args_none(t, "valid_signals", nargs, kw)) return REF_NULL;
    sigset_t mask;
    sigfillset(&mask);
    return sigset_to_set(t, &mask);
}

FN(signal_pthread_sigmask) {
    if (!args_count(t, "pthread_sigmask", nargs, kw, 2, 2)) return REF_NULL;
    intptr_t how;
    sigset_t mask, old;
    if (!arg_ssize(t, args[0], &how) || !iterable_to_sigset(t, args[1], &mask)) return REF_NULL;
    int rc = pthread_sigmask((int)how, &mask, &old);
    if (rc != 0) {
        errno = rc;
        return posix_error(t, REF_NULL);
    }
    Ref r = sigset_to_set(t, &old);
    if (ref_is_null(r)) return r;
    if (ref_is_null(check_signals(t))) {
        ref_close(r);
        return REF_NULL;
    }
    return r;
}

FN(signal_sigpending) {
    if (!args_none(t, "sigpending", nargs, kw)) return REF_NULL;
    sigset_t mask;
    if (sigpending(&mask) != 0) return posix_error(t, REF_NULL);
    return sigset_to_set(t, &mask);
}

FN(signal_strsignal) {
    if (!args_count(t, "strsignal", nargs, kw, 1, 1)) return REF_NULL;
    int sig;
    if (!signum_arg(t, args[0], &sig)) return REF_NULL;
    const char *s = strsignal(sig);
    if (!s || strstr(s, "Unknown signal") || strstr(s, "Real-time signal")) return REF_NONE;
    Object *r = str_from_cstr(t, s);
    return r ? ref_from_obj(r) : REF_NULL;
}

FN(signal_set_wakeup_fd) {
    static const char *const names[] = {"", "warn_on_full_buffer", NULL};
    static const ArgSpec spec = {"set_wakeup_fd", names, 1, 1};
    Ref a[2];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    intptr_t fd;
    if (!arg_ssize(t, a[0], &fd)) return REF_NULL;
    if (!main_thread_only(t, "set_wakeup_fd")) return REF_NULL;
    if (fd != -1) {
        int flags = fcntl((int)fd, F_GETFL);
        if (flags < 0) return posix_error(t, REF_NULL);
        if (!(flags & O_NONBLOCK))
            return err_format(t, &exc_ValueError, "the fd %zd must be in non-blocking mode", fd);
    }
    int old = t->interp->signal_wakeup_fd;
    t->interp->signal_wakeup_fd = (int)fd;
    return ref_from_int(old);
}

FN(signal_siginterrupt) {
    if (!args_count(t, "siginterrupt", nargs, kw, 2, 2)) return REF_NULL;
    int sig;
    if (!signum_arg(t, args[0], &sig)) return REF_NULL;
    int flag = obj_truthy(t, args[1]);
    if (flag < 0) return REF_NULL;
    struct sigaction sa;
    if (sigaction(sig, NULL, &sa) < 0) return posix_error(t, REF_NULL);
    if (flag)
        sa.sa_flags &= ~SA_RESTART;
    else
        sa.sa_flags |= SA_RESTART;
    if (sigaction(sig, &sa, NULL) < 0) return posix_error(t, REF_NULL);
    return REF_NONE;
}

static const MethodDef signal_functions[] = {
    {"signal", signal_signal, 0, NULL},
    {"getsignal", signal_getsignal, 0, NULL},
    {"default_int_handler", signal_default_int_handler, 0, NULL},
    {"alarm", signal_alarm, 0, NULL},
    {"pause", signal_pause, 0, NULL},
    {"raise_signal", signal_raise_signal, 0, NULL},
    {"pthread_kill", signal_pthread_kill, 0, NULL},
    {"pthread_sigmask", signal_pthread_sigmask, 0, NULL},
    {"sigpending", signal_sigpending, 0, NULL},
    {"setitimer", signal_setitimer, 0, NULL},
    {"getitimer", signal_getitimer, 0, NULL},
    {"valid_signals", signal_valid_signals, 0, NULL},
    {"strsignal", signal_strsignal, 0, NULL},
    {"set_wakeup_fd", signal_set_wakeup_fd, 0, NULL},
    {"siginterrupt", signal_siginterrupt, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const struct {
    const char *name;
    int value;
} signal_constants[] = {
    {"SIGHUP", SIGHUP}, {"SIGINT", SIGINT}, {"SIGQUIT", SIGQUIT}, {"SIGILL", SIGILL},
    {"SIGTRAP", SIGTRAP}, {"SIGABRT", SIGABRT}, {"SIGIOT", SIGIOT}, {"SIGBUS", SIGBUS},
    {"SIGFPE", SIGFPE}, {"SIGKILL", SIGKILL}, {"SIGUSR1", SIGUSR1}, {"SIGSEGV", SIGSEGV},
    {"SIGUSR2", SIGUSR2}, {"SIGPIPE", SIGPIPE}, {"SIGALRM", SIGALRM}, {"SIGTERM", SIGTERM},
    {"SIGSTKFLT", SIGSTKFLT}, {"SIGCHLD", SIGCHLD}, {"SIGCLD", SIGCHLD}, {"SIGCONT", SIGCONT},
    {"SIGSTOP", SIGSTOP}, {"SIGTSTP", SIGTSTP}, {"SIGTTIN", SIGTTIN}, {"SIGTTOU", SIGTTOU},
    {"SIGURG", SIGURG}, {"SIGXCPU", SIGXCPU}, {"SIGXFSZ", SIGXFSZ}, {"SIGVTALRM", SIGVTALRM},
    {"SIGPROF", SIGPROF}, {"SIGWINCH", SIGWINCH}, {"SIGIO", SIGIO}, {"SIGPOLL", SIGPOLL},
    {"SIGPWR", SIGPWR}, {"SIGSYS", SIGSYS}, {"SIGRTMIN", 0}, {"SIGRTMAX", 0},
    {"SIG_DFL", 0}, {"SIG_IGN", 1}, {"NSIG", SIGNAL_MAX},
    {"SIG_BLOCK", SIG_BLOCK}, {"SIG_UNBLOCK", SIG_UNBLOCK}, {"SIG_SETMASK", SIG_SETMASK},
    {"ITIMER_REAL", ITIMER_REAL}, {"ITIMER_VIRTUAL", ITIMER_VIRTUAL}, {"ITIMER_PROF", ITIMER_PROF},
};

/* The handler list at start-up: what each signal's disposition is now; SIGINT gets
 * default_int_handler (KeyboardInterrupt) through on_signal. */
static int init_handlers(Thread *t, Object *m) {
    Object *list = list_new(t, SIGNAL_MAX);
    if (!list) return -1;
    for (int sig = 0; sig < SIGNAL_MAX; sig++) {
        struct sigaction sa;
        Ref h = REF_NONE;
        if (sig > 0 && sigaction(sig, NULL, &sa) == 0)
            h = sa.sa_handler == SIG_IGN ? ref_from_int(1) : sa.sa_handler == SIG_DFL ? ref_from_int(0) : REF_NONE;
        list_items(list)[sig] = h;
    }
    Ref dih = obj_getattr_cstr(t, ref_from_obj(m), "default_int_handler");
    if (ref_is_null(dih)) {
        obj_decref(list);
        return -1;
    }
    ref_close(list_items(list)[SIGINT]);
    list_items(list)[SIGINT] = dih;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_ONSTACK;
    sigaction(SIGINT, &sa, NULL);
    OBJ_SETREF(t->interp->signal_handlers, list);
    t->interp->eval_pending_hook = run_handlers;
    return 0;
}

Object *signal_module_create(Thread *t) {
    Object *m = module_new_cstr(t, "_signal");
    if (!m) return NULL;
    int rc = module_add_functions(t, m, signal_functions);
    for (size_t i = 0; rc == 0 && i < sizeof signal_constants / sizeof signal_constants[0]; i++) {
        int v = signal_constants[i].value;
        if (strcmp(signal_constants[i].name, "SIGRTMIN") == 0) v = SIGRTMIN;
        if (strcmp(signal_constants[i].name, "SIGRTMAX") == 0) v = SIGRTMAX;
        rc = module_add_ref(t, m, signal_constants[i].name, ref_from_int(v));
    }
    if (rc == 0 && !t->interp->signal_handlers) rc = init_handlers(t, m);
    if (rc < 0) {
        obj_decref(m);
        return NULL;
    }
    return m;
}
