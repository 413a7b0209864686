/* The interpreter lock: Python code of one interpreter runs in one thread at a time.
 *
 * The lock is the pair (interp->lock mutex, interp->lock_holder). A thread that wants it
 * waits on lock_released in slices of the switch interval; when a whole interval passes
 * without the lock changing hands, it sets EVAL_BREAK_DROP_LOCK on the holder. The holder
 * notices at its next eval break (one load of its own eval_breaker word) and calls
 * interp_lock_yield, which releases the lock and waits until another thread has taken it
 * before asking for it again: without that wait the holder would usually win the race
 * for the mutex and the waiter would starve.
 *
 * During shutdown (interp->finalizing) only the main thread may take the lock: daemon
 * threads that release it park until the process exits, as in CPython.
 */
#include <errno.h>
#include <time.h>

#include "spry.h"

void interp_lock_init(Interp *interp) {
    pthread_condattr_t attr;
    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    pthread_cond_init(&interp->lock_released, &attr);
    pthread_cond_init(&interp->lock_switched, &attr);
    pthread_condattr_destroy(&attr);
    interp->switch_interval_us = 5000;
}

static struct timespec deadline_after_us(long us) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    ts.tv_sec += us / 1000000;
    ts.tv_nsec += (us % 1000000) * 1000;
    if (ts.tv_nsec >= 1000000000) {
        ts.tv_sec++;
        ts.tv_nsec -= 1000000000;
    }
    return ts;
}

static bool may_take(Interp *in, Thread *t) {
    return in->lock_holder == NULL && (!in->finalizing || t == in->main_thread);
}

void thread_reacquire(Thread *t) {
    Interp *in = t->interp;
    pthread_mutex_lock(&in->lock);
    if (!may_take(in, t)) {
        in->lock_waiters++;
        while (!may_take(in, t)) {
            unsigned long seen = in->lock_switches;
            struct timespec ts = deadline_after_us(in->switch_interval_us > 0 ? in->switch_interval_us : 1);
            int rc = pthread_cond_timedwait(&in->lock_released, &in->lock, &ts);
            if (rc == ETIMEDOUT && in->lock_holder && in->lock_switches == seen && !in->finalizing)
                atomic_fetch_or(&in->lock_holder->eval_breaker, EVAL_BREAK_DROP_LOCK);
        }
        in->lock_waiters--;
    }
    in->lock_holder = t;
    in->lock_switches++;
    pthread_cond_broadcast(&in->lock_switched);
    pthread_mutex_unlock(&in->lock);
}

/* Lets go of the lock; the caller holds in->lock (the mutex). */
static void let_go_locked(Interp *in, Thread *t) {
    in->lock_holder = NULL;
    atomic_fetch_and(&t->eval_breaker, ~EVAL_BREAK_DROP_LOCK);
    if (in->lock_waiters) pthread_cond_signal(&in->lock_released);
}

void thread_release(Thread *t) {
    Interp *in = t->interp;
    pthread_mutex_lock(&in->lock);
    let_go_locked(in, t);
    pthread_mutex_unlock(&in->lock);
}

bool thread_holds_lock(Thread *t) {
    Interp *in = t->interp;
    pthread_mutex_lock(&in->lock);
    bool held = in->lock_holder == t;
    pthread_mutex_unlock(&in->lock);
    return held;
}

void interp_lock_yield(Thread *t) {
    Interp *in = t->interp;
    pthread_mutex_lock(&in->lock);
    if (in->finalizing || in->lock_waiters == 0) {
        atomic_fetch_and(&t->eval_breaker, ~EVAL_BREAK_DROP_LOCK);
        pthread_mutex_unlock(&in->lock);
        return;
    }
    unsigned long seen = in->lock_switches;
    let_go_locked(in, t);
    while (in->lock_switches == seen && in->lock_waiters > 0)
        pthread_cond_wait(&in->lock_switched, &in->lock);
    pthread_mutex_unlock(&in->lock);
    thread_reacquire(t);
}

void interp_trip_signal(Interp *interp, int sig) {
    Thread *main = interp->main_thread;
    atomic_store(&interp->signal_tripped[sig], 1);
    main->async_exc_pending = 1;
    atomic_fetch_or(&main->eval_breaker, EVAL_BREAK_SIGNAL);
}

void interp_begin_finalizing(Interp *interp) {
    pthread_mutex_lock(&interp->lock);
    interp->finalizing = true;
    pthread_mutex_unlock(&interp->lock);
}
