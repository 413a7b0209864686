/* Legacy C API: PyThread_* -- OS threads, plain locks and thread-specific storage for C
 * code, on pthreads. Independent of the interpreter lock: a thread started here must call
 * PyGILState_Ensure before touching Python objects. */
#include <errno.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "legacy.h"

void PyThread_init_thread(void) {}

typedef struct ThreadStart {
    void (*func)(void *);
    void *arg;
} ThreadStart;
static void *thread_trampoline(void *p) {
    ThreadStart s = *(ThreadStart *)p;
    free(p);
    s.func(s.arg);
    return NULL;
}
unsigned long PyThread_start_new_thread(void (*func)(void *), void *arg) {
    ThreadStart *s = malloc(sizeof *s);
    if (!s) return PYTHREAD_INVALID_THREAD_ID;
    s->func = func;
    s->arg = arg;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    Thread *t = legacy_thread();
    if (t && t->interp->thread_stack_size) pthread_attr_setstacksize(&attr, t->interp->thread_stack_size);
    pthread_t tid;
    int rc = pthread_create(&tid, &attr, thread_trampoline, s);
    pthread_attr_destroy(&attr);
    if (rc != 0) {
        free(s);
        return PYTHREAD_INVALID_THREAD_ID;
    }
    return (unsigned long)tid;
}
void PyThread_exit_thread(void) { pthread_exit(NULL); }
unsigned long PyThread_get_thread_ident(void) { return (unsigned long)pthread_self(); }
unsigned long PyThread_get_thread_native_id(void) { return (unsigned long)syscall(SYS_gettid); }
size_t PyThread_get_stacksize(void) {
    Thread *t = legacy_thread();
    return t ? t->interp->thread_stack_size : 0;
}
/* 0, or -1 for a size the platform refuses (below 32 KiB), as _thread.stack_size. */
int PyThread_set_stacksize(size_t size) {
    Thread *t = legacy_thread();
    if (size != 0 && size < 32768) return -1;
    if (t) t->interp->thread_stack_size = size;
    return 0;
}
PyObject *PyThread_GetInfo(void) { return Py_XNewRef(PySys_GetObject("thread_info")); }

/* ---- locks: a flag under a mutex, so any thread may release (not only the owner) ---------- */
typedef struct PlainLock {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    bool locked;
} PlainLock;
PyThread_type_lock PyThread_allocate_lock(void) {
    PlainLock *l = malloc(sizeof *l);
    if (!l) return NULL;
    pthread_mutex_init(&l->mu, NULL);
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&l->cv, &ca);
    pthread_condattr_destroy(&ca);
    l->locked = false;
    return l;
}
void PyThread_free_lock(PyThread_type_lock lock) {
    PlainLock *l = lock;
    pthread_cond_destroy(&l->cv);
    pthread_mutex_destroy(&l->mu);
    free(l);
}
PyLockStatus PyThread_acquire_lock_timed(PyThread_type_lock lock, long long microseconds, int intr_flag) {
    (void)intr_flag;
    PlainLock *l = lock;
    struct timespec deadline;
    if (microseconds > 0) {
        clock_gettime(CLOCK_MONOTONIC, &deadline);
        deadline.tv_sec += (time_t)(microseconds / 1000000);
        deadline.tv_nsec += (long)(microseconds % 1000000) * 1000;
        if (deadline.tv_nsec >= 1000000000) {
            deadline.tv_sec++;
            deadline.tv_nsec -= 1000000000;
        }
    }
    pthread_mutex_lock(&l->mu);
    int rc = 0;
    while (l->locked && microseconds != 0 && rc != ETIMEDOUT)
        rc = microseconds < 0 ? pthread_cond_wait(&l->cv, &l->mu) : pthread_cond_timedwait(&l->cv, &l->mu, &deadline);
    bool got = !l->locked;
    l->locked = true;
    pthread_mutex_unlock(&l->mu);
    return got ? PY_LOCK_ACQUIRED : PY_LOCK_FAILURE;
}
int PyThread_acquire_lock(PyThread_type_lock lock, int waitflag) {
    return PyThread_acquire_lock_timed(lock, waitflag ? -1 : 0, 0) == PY_LOCK_ACQUIRED;
}
void PyThread_release_lock(PyThread_type_lock lock) {
    PlainLock *l = lock;
    pthread_mutex_lock(&l->mu);
    l->locked = false;
    pthread_cond_signal(&l->cv);
    pthread_mutex_unlock(&l->mu);
}

/* ---- thread-specific storage ---------------------------------------------------------------- */
Py_tss_t *PyThread_tss_alloc(void) {
    Py_tss_t *k = calloc(1, sizeof *k);
    return k;
}
void PyThread_tss_free(Py_tss_t *key) {
    if (!key) return;
    PyThread_tss_delete(key);
    free(key);
}
int PyThread_tss_is_created(Py_tss_t *key) { return key->_is_initialized; }
int PyThread_tss_create(Py_tss_t *key) {
    if (key->_is_initialized) return 0;
    if (pthread_key_create(&key->_key, NULL) != 0) return -1;
    key->_is_initialized = 1;
    return 0;
}
void PyThread_tss_delete(Py_tss_t *key) {
    if (!key->_is_initialized) return;
    pthread_key_delete(key->_key);
    key->_is_initialized = 0;
}
int PyThread_tss_set(Py_tss_t *key, void *value) { return pthread_setspecific(key->_key, value) ? -1 : 0; }
void *PyThread_tss_get(Py_tss_t *key) { return pthread_getspecific(key->_key); }

/* The pre-3.7 int keys: a pthread key is an unsigned int on Linux. */
_Static_assert(sizeof(pthread_key_t) <= sizeof(int), "pthread keys fit an int");
int PyThread_create_key(void) {
    pthread_key_t k;
    return pthread_key_create(&k, NULL) ? -1 : (int)k;
}
void PyThread_delete_key(int key) { pthread_key_delete((pthread_key_t)key); }
int PyThread_set_key_value(int key, void *value) { return pthread_setspecific((pthread_key_t)key, value) ? -1 : 0; }
void *PyThread_get_key_value(int key) { return pthread_getspecific((pthread_key_t)key); }
void PyThread_delete_key_value(int key) { pthread_setspecific((pthread_key_t)key, NULL); }
void PyThread_ReInitTLS(void) {}

/* ---- the cycle collector ------------------------------------------------------------------- */
Py_ssize_t PyGC_Collect(void) {
    PyObject *gc = PyImport_ImportModule("gc");
    PyObject *n = gc ? PyObject_CallMethod(gc, "collect", NULL) : NULL;
    Py_XDECREF(gc);
    Py_ssize_t r = n ? PyLong_AsSsize_t(n) : -1;
    Py_XDECREF(n);
    return r;
}
int PyGC_IsEnabled(void) { return legacy_thread()->interp->gc.enabled; }
int PyGC_Enable(void) {
    int was = PyGC_IsEnabled();
    legacy_thread()->interp->gc.enabled = true;
    return was;
}
int PyGC_Disable(void) {
    int was = PyGC_IsEnabled();
    legacy_thread()->interp->gc.enabled = false;
    return was;
}
