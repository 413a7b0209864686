/* _thread: OS threads running Python code under the interpreter lock, locks, and
 * thread-local data. threading.py (runtime/lib) builds the public API on top.
 *
 * A thread started here gets its own Thread state (core/state.c) on its own OS thread;
 * it holds the interpreter lock while running Python code and gives it up in blocking
 * calls (lock waits here, sleep, I/O) and when another thread asks for it
 * (core/interp_lock.c).
 */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "modules/modules.h"
#include "spry.h"

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)

/* Lock timeouts above this many seconds are refused (CPython's value on Linux). */
#define THREAD_TIMEOUT_MAX 9223372036.0
/* How long the main thread waits for a lock between looks at pending signals. */
#define SIGNAL_POLL_NS 20000000L

/* ---- the wait primitive shared by lock and RLock ------------------------------------- */

typedef struct Sem {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    bool locked;
} Sem;

static void sem_init(Sem *s) {
    pthread_condattr_t attr;
    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    pthread_mutex_init(&s->mu, NULL);
    pthread_cond_init(&s->cv, &attr);
    pthread_condattr_destroy(&attr);
    s->locked = false;
}

static void sem_destroy(Sem *s) {
    pthread_cond_destroy(&s->cv);
    pthread_mutex_destroy(&s->mu);
}

static bool sem_try(Sem *s) {
    pthread_mutex_lock(&s->mu);
    bool got = !s->locked;
    s->locked = true;
    pthread_mutex_unlock(&s->mu);
    return got;
}

static void sem_release(Sem *s) {
    pthread_mutex_lock(&s->mu);
    s->locked = false;
    pthread_cond_signal(&s->cv);
    pthread_mutex_unlock(&s->mu);
}

static struct timespec ts_add_ns(struct timespec ts, int64_t ns) {
    ts.tv_sec += (time_t)(ns / 1000000000);
    ts.tv_nsec += (long)(ns % 1000000000);
    if (ts.tv_nsec >= 1000000000) {
        ts.tv_sec++;
        ts.tv_nsec -= 1000000000;
    }
    return ts;
}

static bool ts_before(struct timespec a, struct timespec b) {
    return a.tv_sec < b.tv_sec || (a.tv_sec == b.tv_sec && a.tv_nsec < b.tv_nsec);
}

/* Takes s, waiting at most `timeout` seconds (< 0: forever) with the interpreter lock
 * released. The main thread wakes up now and then to run signal handlers, so Ctrl-C
 * interrupts a join. 1 taken, 0 timed out, -1 a signal handler raised. */
static int sem_acquire(Thread *t, Sem *s, double timeout) {
    if (sem_try(s)) return 1;
    if (timeout == 0) return 0;
    struct timespec now, deadline;
    clock_gettime(CLOCK_MONOTONIC, &now);
    deadline = ts_add_ns(now, timeout < 0 ? INT64_MAX / 2 : (int64_t)(timeout * 1e9));
    bool main = t == t->interp->main_thread;
    for (;;) {
        thread_release(t);
        pthread_mutex_lock(&s->mu);
        int rc = 0;
        while (s->locked && rc != ETIMEDOUT) {
            struct timespec until = deadline;
            if (main) {
                struct timespec poll = ts_add_ns(now, SIGNAL_POLL_NS);
                if (ts_before(poll, until)) until = poll;
            }
            rc = pthread_cond_timedwait(&s->cv, &s->mu, &until);
            clock_gettime(CLOCK_MONOTONIC, &now);
            if (rc == ETIMEDOUT && ts_before(now, deadline)) {
                rc = 0;
                if (t->async_exc_pending) break;
            }
        }
        bool got = !s->locked;
        s->locked = true;
        pthread_mutex_unlock(&s->mu);
        thread_reacquire(t);
        if (got) return 1;
        if (rc == ETIMEDOUT) return 0;
        if (eval_handle_pending(t) < 0) return -1;
    }
}

/* The (blocking=True, timeout=-1) arguments of acquire(): the timeout in seconds, -1 for
 * none, 0 for a non-blocking call; false with an exception on bad values. */
static bool acquire_args(Thread *t, const char *fname, const Ref *args, size_t nargs, Object *kw,
                         double *timeout) {
    static const char *const names[] = {"blocking", "timeout", NULL};
    ArgSpec spec = {fname, names, 0, -1};
    Ref a[2];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return false;
    int blocking = 1;
    if (!ref_is_null(a[0]) && (blocking = obj_truthy(t, a[0])) < 0) return false;
    double to = -1;
    if (!ref_is_null(a[1])) {
        to = float_as_double(t, a[1]);
        if (to == -1.0 && err_occurred(t)) return false;
    }
    if (!blocking && to != -1) {
        err_set(t, &exc_ValueError, "can't specify a timeout for a non-blocking call");
        return false;
    }
    if (to < 0 && to != -1) {
        err_set(t, &exc_ValueError, "timeout value must be positive");
        return false;
    }
    if (to >= 9223372036.854775807) { /* not representable in nanoseconds */
        err_set(t, &exc_OverflowError, "timestamp out of range for platform time_t");
        return false;
    }
    *timeout = blocking ? to : 0;
    return true;
}

/* ---- _thread.lock ----------------------------------------------------------------------- */

typedef struct LockObject {
    Object ob;
    Sem sem;
} LockObject;
#define LOCK(r) ((LockObject *)ref_obj(r))

extern Type thread_lock_type, thread_rlock_type, thread_local_type;

static Object *lock_new(Thread *t) {
    LockObject *l = (LockObject *)obj_alloc(t, &thread_lock_type, sizeof(LockObject));
    if (l) sem_init(&l->sem);
    return &l->ob;
}

static void lock_dealloc(Object *o) {
    sem_destroy(&((LockObject *)o)->sem);
    o->ob_type->tp_free(o);
}

FN(lock_acquire) {
    double timeout;
    if (!acquire_args(t, "acquire", args, nargs, kw, &timeout)) return REF_NULL;
    int r = sem_acquire(t, &LOCK(self)->sem, timeout);
    return r < 0 ? REF_NULL : ref_from_bool(r);
}

FN(lock_release) {
    if (!args_none(t, "release", nargs, kw)) return REF_NULL;
    Sem *s = &LOCK(self)->sem;
    pthread_mutex_lock(&s->mu);
    bool held = s->locked;
    pthread_mutex_unlock(&s->mu);
    if (!held) return err_set(t, &exc_RuntimeError, "release unlocked lock");
    sem_release(s);
    return REF_NONE;
}

FN(lock_exit) {
    (void)args;
    (void)nargs;
    (void)kw;
    return lock_release(t, self, NULL, 0, NULL);
}

FN(lock_locked) {
    if (!args_none(t, "locked", nargs, kw)) return REF_NULL;
    Sem *s = &LOCK(self)->sem;
    pthread_mutex_lock(&s->mu);
    bool held = s->locked;
    pthread_mutex_unlock(&s->mu);
    return ref_from_bool(held);
}

FN(lock_at_fork_reinit) {
    if (!args_none(t, "_at_fork_reinit", nargs, kw)) return REF_NULL;
    sem_destroy(&LOCK(self)->sem);
    sem_init(&LOCK(self)->sem);
    return REF_NONE;
}

static Ref lock_repr(Thread *t, Ref self) {
    Sem *s = &LOCK(self)->sem;
    return ref_from_obj(str_from_format(t, "<%s %s object at %p>", s->locked ? "locked" : "unlocked",
                                        ref_type(self)->tp_name, (void *)ref_obj(self)));
}

static const MethodDef lock_methods[] = {
    {"acquire", lock_acquire, 0, NULL},
    {"acquire_lock", lock_acquire, 0, NULL},
    {"__enter__", lock_acquire, 0, NULL},
    {"release", lock_release, 0, NULL},
    {"release_lock", lock_release, 0, NULL},
    {"__exit__", lock_exit, 0, NULL},
    {"locked", lock_locked, 0, NULL},
    {"locked_lock", lock_locked, 0, NULL},
    {"_at_fork_reinit", lock_at_fork_reinit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type thread_lock_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_thread.lock",
    .tp_basicsize = sizeof(LockObject),
    .tp_dealloc = lock_dealloc,
    .tp_free = obj_free,
    .repr = lock_repr,
    .methods = lock_methods,
};

/* ---- _thread.RLock ---------------------------------------------------------------------- */

typedef struct RLockObject {
    Object ob;
    Sem sem;
    unsigned long owner;         /* ident of the owning thread, 0: none */
    unsigned long count;
} RLockObject;
#define RLOCK(r) ((RLockObject *)ref_obj(r))

static Ref rlock_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    RLockObject *l = (RLockObject *)obj_alloc(t, type, (size_t)type->tp_basicsize);
    if (!l) return REF_NULL;
    sem_init(&l->sem);
    l->owner = 0;
    l->count = 0;
    return ref_from_obj(&l->ob);
}

static void rlock_dealloc(Object *o) {
    sem_destroy(&((RLockObject *)o)->sem);
    o->ob_type->tp_free(o);
}

FN(rlock_acquire) {
    double timeout;
    if (!acquire_args(t, "acquire", args, nargs, kw, &timeout)) return REF_NULL;
    RLockObject *l = RLOCK(self);
    if (l->count > 0 && l->owner == t->ident) {
        if (l->count == ULONG_MAX) return err_set(t, &exc_OverflowError, "Internal lock count overflowed");
        l->count++;
        return REF_TRUE;
    }
    int r = sem_acquire(t, &l->sem, timeout);
    if (r < 0) return REF_NULL;
    if (r) {
        l->owner = t->ident;
        l->count = 1;
    }
    return ref_from_bool(r);
}

FN(rlock_release) {
    if (!args_none(t, "release", nargs, kw)) return REF_NULL;
    RLockObject *l = RLOCK(self);
    if (l->count == 0 || l->owner != t->ident)
        return err_set(t, &exc_RuntimeError, "cannot release un-acquired lock");
    if (--l->count == 0) {
        l->owner = 0;
        sem_release(&l->sem);
    }
    return REF_NONE;
}

FN(rlock_exit) {
    (void)args;
    (void)nargs;
    (void)kw;
    return rlock_release(t, self, NULL, 0, NULL);
}

FN(rlock_is_owned) {
    if (!args_none(t, "_is_owned", nargs, kw)) return REF_NULL;
    RLockObject *l = RLOCK(self);
    return ref_from_bool(l->count > 0 && l->owner == t->ident);
}

FN(rlock_recursion_count) {
    if (!args_none(t, "_recursion_count", nargs, kw)) return REF_NULL;
    RLockObject *l = RLOCK(self);
    return ref_from_int(l->owner == t->ident ? (int64_t)l->count : 0);
}

/* Condition.wait() support: give the lock up completely, remembering the state. */
FN(rlock_release_save) {
    if (!args_none(t, "_release_save", nargs, kw)) return REF_NULL;
    RLockObject *l = RLOCK(self);
    if (l->count == 0) return err_set(t, &exc_RuntimeError, "cannot release un-acquired lock");
    Object *state = tuple_pack(t, 2, ref_from_int((int64_t)l->count), ref_from_int((int64_t)l->owner));
    if (!state) return REF_NULL;
    l->count = 0;
    l->owner = 0;
    sem_release(&l->sem);
    return ref_from_obj(state);
}

FN(rlock_acquire_restore) {
    if (!args_one(t, "_acquire_restore", nargs, kw)) return REF_NULL;
    Ref st = args[0];
    if (!ref_isinstance_exact(st, &tuple_type) || tuple_size(ref_obj(st)) != 2 ||
        !ref_is_int(tuple_items(ref_obj(st))[0]) || !int_check(tuple_items(ref_obj(st))[1]))
        return err_set(t, &exc_TypeError, "_acquire_restore() argument must be a (count, owner) tuple");
    RLockObject *l = RLOCK(self);
    if (sem_acquire(t, &l->sem, -1) < 0) return REF_NULL;
    l->count = (unsigned long)ref_int(tuple_items(ref_obj(st))[0]);
    l->owner = t->ident;
    return REF_NONE;
}

FN(rlock_at_fork_reinit) {
    if (!args_none(t, "_at_fork_reinit", nargs, kw)) return REF_NULL;
    RLockObject *l = RLOCK(self);
    sem_destroy(&l->sem);
    sem_init(&l->sem);
    l->owner = 0;
    l->count = 0;
    return REF_NONE;
}

static Ref rlock_repr(Thread *t, Ref self) {
    RLockObject *l = RLOCK(self);
    return ref_from_obj(str_from_format(t, "<%s %s object owner=%lu count=%lu at %p>",
                                        l->count ? "locked" : "unlocked", ref_type(self)->tp_name,
                                        l->owner, l->count, (void *)ref_obj(self)));
}

static const MethodDef rlock_methods[] = {
    {"acquire", rlock_acquire, 0, NULL},
    {"__enter__", rlock_acquire, 0, NULL},
    {"release", rlock_release, 0, NULL},
    {"__exit__", rlock_exit, 0, NULL},
    {"_is_owned", rlock_is_owned, 0, NULL},
    {"_recursion_count", rlock_recursion_count, 0, NULL},
    {"_release_save", rlock_release_save, 0, NULL},
    {"_acquire_restore", rlock_acquire_restore, 0, NULL},
    {"_at_fork_reinit", rlock_at_fork_reinit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type thread_rlock_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_thread.RLock",
    .tp_basicsize = sizeof(RLockObject),
    .tp_flags = TPFLAG_BASETYPE,
    .tp_dealloc = rlock_dealloc,
    .tp_free = obj_free,
    .repr = rlock_repr,
    .new_ = rlock_new,
    .methods = rlock_methods,
};

/* ---- _thread._local: per-thread attribute dicts ----------------------------------------
 * Each thread keeps, in t->local_dicts, one dict per local object it has touched, keyed
 * by the object's address. A thread touching a local for the first time runs the
 * subclass's __init__ with the constructor's arguments, as CPython does. */

typedef struct LocalObject {
    Object ob;
    Object *args;                /* tuple */
    Object *kwargs;              /* dict or NULL */
} LocalObject;
#define LOCAL(r) ((LocalObject *)ref_obj(r))

static Ref local_key(Ref self) { return ref_from_int((int64_t)((uintptr_t)ref_obj(self) >> 3)); }

/* This thread's dict for the local `self` (borrowed), made (and __init__ run) on first
 * use. NULL with an exception. */
static Object *local_dict(Thread *t, Ref self, bool run_init) {
    if (!t->local_dicts && !(t->local_dicts = dict_new(t))) return NULL;
    Ref d = dict_get(t, t->local_dicts, local_key(self));
    if (!ref_is_null(d)) {
        ref_close(d); /* t->local_dicts keeps it */
        return ref_obj(d);
    }
    if (err_occurred(t)) return NULL;
    Object *nd = dict_new(t);
    if (!nd || dict_set(t, t->local_dicts, local_key(self), ref_from_obj(nd)) < 0) {
        obj_xdecref(nd);
        return NULL;
    }
    obj_decref(nd);
    Type *tp = ref_type(self);
    if (run_init && tp->init != object_init) {
        Ref init = type_lookup(tp, ID(__init__));
        Object *bound = ref_is_null(init) ? NULL : method_new(t, init, self);
        Ref r = bound ? obj_call_tuple_dict(t, ref_from_obj(bound), LOCAL(self)->args, LOCAL(self)->kwargs)
                      : REF_NULL;
        obj_xdecref(bound);
        if (ref_is_null(r)) {
            dict_del(t, t->local_dicts, local_key(self));
            return NULL;
        }
        ref_close(r);
    }
    return nd;
}

static Ref local_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kw) {
    if ((nargs || (kw && tuple_size(kw))) && type->init == object_init)
        return err_set(t, &exc_TypeError, "Initialization arguments are not supported");
    size_t npos = nargs;
    Object *pos = tuple_from_array(t, args, npos);
    if (!pos) return REF_NULL;
    Object *kwargs = NULL;
    if (kw && tuple_size(kw)) {
        kwargs = dict_new(t);
        for (intptr_t i = 0; kwargs && i < tuple_size(kw); i++) {
            if (dict_set(t, kwargs, tuple_items(kw)[i], args[nargs + (size_t)i]) < 0) OBJ_SETREF(kwargs, NULL);
        }
        if (!kwargs) {
            obj_decref(pos);
            return REF_NULL;
        }
    }
    LocalObject *l = (LocalObject *)obj_alloc(t, type, (size_t)type->tp_basicsize);
    if (!l) {
        obj_decref(pos);
        obj_xdecref(kwargs);
        return REF_NULL;
    }
    l->args = pos;
    l->kwargs = kwargs;
    if (type_has_flag(type, TPFLAG_HAVE_GC)) gc_track(&l->ob);
    /* The creating thread's dict exists now; type.__call__ runs __init__ into it. */
    if (!local_dict(t, ref_from_obj(&l->ob), false)) {
        obj_decref(&l->ob);
        return REF_NULL;
    }
    return ref_from_obj(&l->ob);
}

static void local_dealloc(Object *o) {
    Thread *t = thread_current();
    if (t) {
        Ref exc = err_fetch(t);
        for (Thread *th = t->interp->threads; th; th = th->next_in_interp) {
            if (th->local_dicts && dict_del(t, th->local_dicts, local_key(ref_from_obj(o))) < 0) err_clear(t);
        }
        err_restore(t, exc);
    }
    LocalObject *l = (LocalObject *)o;
    obj_xdecref(l->args);
    obj_xdecref(l->kwargs);
    o->ob_type->tp_free(o);
}

static Ref local_getattro(Thread *t, Ref self, Object *name) {
    Object *d = local_dict(t, self, true);
    if (!d) return REF_NULL;
    if (str_eq_cstr(name, "__dict__")) return ref_dup(ref_from_obj(d));
    Type *tp = ref_type(self);
    Ref descr = type_lookup(tp, name);
    if (!ref_is_null(descr)) {
        Type *dt = ref_type(descr);
        if (dt->descr_get && dt->descr_set) return dt->descr_get(t, descr, self, ref_immortal(tp));
    }
    Ref v = dict_get_str(t, d, name);
    if (!ref_is_null(v) || err_occurred(t)) return v;
    if (!ref_is_null(descr)) {
        Type *dt = ref_type(descr);
        return dt->descr_get ? dt->descr_get(t, descr, self, ref_immortal(tp)) : ref_dup(descr);
    }
    return object_attribute_error(t, self, name);
}

static int local_setattro(Thread *t, Ref self, Object *name, Ref value) {
    if (str_eq_cstr(name, "__dict__")) {
        err_format(t, &exc_AttributeError, "'%s' object attribute '__dict__' is read-only",
                   type_name(ref_type(self)));
        return -1;
    }
    Object *d = local_dict(t, self, true);
    if (!d) return -1;
    Ref descr = type_lookup(ref_type(self), name);
    if (!ref_is_null(descr) && ref_type(descr)->descr_set)
        return ref_type(descr)->descr_set(t, descr, self, value);
    if (!ref_is_null(value)) return dict_set_str(t, d, name, value);
    int r = dict_del_str(t, d, name);
    if (r == 0) object_attribute_error(t, self, name);
    return r > 0 ? 0 : -1;
}

Type thread_local_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_thread._local",
    .tp_basicsize = sizeof(LocalObject),
    .tp_flags = TPFLAG_BASETYPE,
    .tp_doc = "Thread-local data",
    .tp_dealloc = local_dealloc,
    .tp_free = obj_free,
    .new_ = local_new,
    .getattro = local_getattro,
    .setattro = local_setattro,
};

/* ---- starting threads ------------------------------------------------------------------- */

typedef struct Boot {
    Interp *interp;
    Ref func;
    Object *args;
    Object *kwargs;
} Boot;

static void boot_free(Boot *b) {
    ref_close(b->func);
    obj_decref(b->args);
    obj_xdecref(b->kwargs);
    free(b);
}

void thread_drop_python_state(Thread *t) {
    OBJ_SETREF(t->local_dicts, NULL);
    if (t->exit_lock) {
        sem_release(&((LockObject *)t->exit_lock)->sem);
        OBJ_SETREF(t->exit_lock, NULL);
    }
}

static void thread_finish(Thread *t) {
    thread_drop_python_state(t);
    t->interp->thread_count--;
    thread_delete_current(t);
}

static void *thread_main(void *arg) {
    Boot *b = arg;
    Thread *t = thread_new(b->interp);
    if (!t) {
        fputs("spry: out of memory starting a thread\n", stderr);
        return NULL;
    }
    thread_start(t);
    Ref r = obj_call_tuple_dict(t, b->func, b->args, b->kwargs);
    if (ref_is_null(r)) {
        if (err_matches(t, &exc_SystemExit))
            err_clear(t);
        else
            err_write_unraisable(t, b->func);
    }
    ref_close(r);
    boot_free(b);
    thread_finish(t);
    return NULL;
}

FN(thread_start_new_thread) {
    if (!args_no_kw(t, "start_new_thread", kw)) return REF_NULL;
    if (nargs < 2 || nargs > 3)
        return err_format(t, &exc_TypeError, "start_new_thread expected %s 2 arguments, got %zu",
                          nargs < 2 ? "at least" : "at most", nargs);
    if (!obj_callable(args[0])) return err_set(t, &exc_TypeError, "first arg must be callable");
    if (!ref_type_is(args[1], &tuple_type)) return err_set(t, &exc_TypeError, "2nd arg must be a tuple");
    if (nargs == 3 && !ref_type_is(args[2], &dict_type))
        return err_set(t, &exc_TypeError, "optional 3rd arg must be a dictionary");
    Boot *b = malloc(sizeof *b);
    if (!b) return err_no_memory(t);
    b->interp = t->interp;
    b->func = ref_dup(args[0]);
    b->args = ref_obj(ref_dup(args[1]));
    b->kwargs = nargs == 3 ? ref_obj(ref_dup(args[2])) : NULL;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    if (t->interp->thread_stack_size) pthread_attr_setstacksize(&attr, t->interp->thread_stack_size);
    pthread_t tid;
    t->interp->thread_count++;
    int rc = pthread_create(&tid, &attr, thread_main, b);
    pthread_attr_destroy(&attr);
    if (rc != 0) {
        t->interp->thread_count--;
        boot_free(b);
        return err_set(t, &exc_RuntimeError, "can't start new thread");
    }
    return int_from_u64(t, (uint64_t)tid);
}

FN(thread_allocate_lock) {
    if (!args_none(t, "allocate_lock", nargs, kw)) return REF_NULL;
    Object *l = lock_new(t);
    return l ? ref_from_obj(l) : REF_NULL;
}

FN(thread_get_ident) {
    if (!args_none(t, "get_ident", nargs, kw)) return REF_NULL;
    return int_from_u64(t, t->ident);
}

FN(thread_get_native_id) {
    if (!args_none(t, "get_native_id", nargs, kw)) return REF_NULL;
    return ref_from_int(t->native_id);
}

FN(thread_count) {
    if (!args_none(t, "_count", nargs, kw)) return REF_NULL;
    return ref_from_int(t->interp->thread_count);
}

FN(thread_stack_size) {
    if (!args_count(t, "stack_size", nargs, kw, 0, 1)) return REF_NULL;
    size_t old = t->interp->thread_stack_size;
    if (nargs) {
        intptr_t n;
        if (!arg_ssize(t, args[0], &n)) return REF_NULL;
        if (n < 0) return err_set(t, &exc_ValueError, "size must be 0 or a positive value");
        if (n != 0 && n < 32768) return err_format(t, &exc_ValueError, "size not valid: %zd bytes", n);
        t->interp->thread_stack_size = (size_t)n;
    }
    return ref_from_int((int64_t)old);
}

FN(thread_interrupt_main) {
    static const char *const names[] = {"signum", NULL};
    static const ArgSpec spec = {"interrupt_main", names, 0, -1};
    Ref a[1];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    int64_t sig = SIGINT;
    if (!ref_is_null(a[0])) {
        if (!ref_is_int(a[0])) return err_format(t, &exc_TypeError, "an integer is required");
        sig = ref_int(a[0]);
    }
    if (sig < 1 || sig >= 65) return err_set(t, &exc_ValueError, "signal number out of range");
    interp_trip_signal(t->interp, (int)sig);
    return REF_NONE;
}

FN(thread_exit) {
    (void)args;
    if (!args_none(t, "exit", nargs, kw)) return REF_NULL;
    return err_set_value(t, &exc_SystemExit, REF_NULL);
}

/* A locked lock, released when the calling thread's state is deleted: threading's
 * Thread.join() waits for it, so a joined thread has really finished. */
FN(thread_set_sentinel) {
    if (!args_none(t, "_set_sentinel", nargs, kw)) return REF_NULL;
    Object *l = lock_new(t);
    if (!l) return REF_NULL;
    sem_try(&((LockObject *)l)->sem);
    obj_incref(l);
    OBJ_SETREF(t->exit_lock, l);
    return ref_from_obj(l);
}

static const MethodDef thread_functions[] = {
    {"start_new_thread", thread_start_new_thread, 0, NULL},
    {"start_new", thread_start_new_thread, 0, NULL},
    {"allocate_lock", thread_allocate_lock, 0, NULL},
    {"allocate", thread_allocate_lock, 0, NULL},
    {"get_ident", thread_get_ident, 0, NULL},
    {"get_native_id", thread_get_native_id, 0, NULL},
    {"_count", thread_count, 0, NULL},
    {"stack_size", thread_stack_size, 0, NULL},
    {"interrupt_main", thread_interrupt_main, 0, NULL},
    {"exit", thread_exit, 0, NULL},
    {"exit_thread", thread_exit, 0, NULL},
    {"_set_sentinel", thread_set_sentinel, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Object *thread_module_create(Thread *t) {
    Object *m = module_new_cstr(t, "_thread");
    if (!m) return NULL;
    Ref tmax = float_from_double(t, THREAD_TIMEOUT_MAX);
    int rc = ref_is_null(tmax) ? -1 : module_add_functions(t, m, thread_functions);
    if (rc == 0) rc = module_add_ref(t, m, "LockType", ref_immortal(&thread_lock_type));
    if (rc == 0) rc = module_add_ref(t, m, "RLock", ref_immortal(&thread_rlock_type));
    if (rc == 0) rc = module_add_ref(t, m, "_local", ref_immortal(&thread_local_type));
    if (rc == 0) rc = module_add_ref(t, m, "error", ref_immortal(&exc_RuntimeError));
    if (rc == 0) rc = module_add_ref(t, m, "TIMEOUT_MAX", tmax);
    ref_close(tmax);
    if (rc < 0) {
        obj_decref(m);
        return NULL;
    }
    return m;
}
