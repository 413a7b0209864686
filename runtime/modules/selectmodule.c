/* select: waiting for file descriptors (select() and poll objects), both on poll(2).
 * The wait runs with the interpreter lock released; EINTR runs the signal handlers and
 * retries with the remaining time (PEP 475). */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <poll.h>
#include <stdlib.h>
#include <time.h>

#include "modules/modules.h"
#include "modules/posixmodule.h"
#include "spry.h"

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)

/* An int, or the result of obj.fileno(); CPython's messages. -1 with an exception. */
static int fd_of(Thread *t, Ref obj) {
    Ref v;
    if (int_check(obj)) {
        v = ref_dup(obj);
    } else {
        Ref meth = obj_lookup_attr(t, obj, ID(fileno));
        if (ref_is_null(meth)) {
            if (!err_occurred(t))
                err_set(t, &exc_TypeError, "argument must be an int, or have a fileno() method.");
            return -1;
        }
        v = obj_call0(t, meth);
        ref_close(meth);
        if (ref_is_null(v)) return -1;
        if (!int_check(v)) {
            ref_close(v);
            err_set(t, &exc_TypeError, "fileno() returned a non-integer");
            return -1;
        }
    }
    int64_t fd = int_as_i64(t, v);
    ref_close(v);
    if (fd == -1 && err_occurred(t)) return -1;
    if (fd < 0) {
        err_format(t, &exc_ValueError, "file descriptor cannot be a negative integer (%lld)", (long long)fd);
        return -1;
    }
    if (fd > INT_MAX) {
        err_set(t, &exc_OverflowError, "fd is greater than maximum");
        return -1;
    }
    return (int)fd;
}

static int64_t now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* poll(2) with the lock released; timeout_ms < 0 waits forever. The count of ready
 * entries, or -1 with an exception. */
static int poll_released(Thread *t, struct pollfd *fds, size_t n, int64_t timeout_ms) {
    int64_t deadline = timeout_ms < 0 ? -1 : now_ms() + timeout_ms;
    for (;;) {
        int wait = timeout_ms < 0 ? -1 : timeout_ms > INT_MAX ? INT_MAX : (int)timeout_ms;
        thread_release(t);
        int r = poll(fds, n, wait);
        int e = errno;
        thread_reacquire(t);
        if (r >= 0) return r;
        if (e != EINTR) {
            errno = e;
            posix_error(t, REF_NULL);
            return -1;
        }
        if (eval_handle_pending(t) < 0) return -1;
        if (deadline >= 0) {
            timeout_ms = deadline - now_ms();
            if (timeout_ms < 0) timeout_ms = 0;
        }
    }
}

/* A timeout in seconds (None: forever) as milliseconds, rounded up; -1 for forever. */
static bool seconds_timeout(Thread *t, Ref v, int64_t *ms) {
    if (ref_is_null(v) || ref_is_none(v)) {
        *ms = -1;
        return true;
    }
    if (!int_check(v) && !float_check(v)) {
        err_set(t, &exc_TypeError, "timeout must be a float or None");
        return false;
    }
    double d = float_as_double(t, v);
    if (d == -1.0 && err_occurred(t)) return false;
    if (isnan(d)) {
        err_set(t, &exc_ValueError, "Invalid value NaN (not a number)");
        return false;
    }
    if (d < 0) {
        err_set(t, &exc_ValueError, "timeout must be non-negative");
        return false;
    }
    double msd = ceil(d * 1000.0);
    *ms = msd > 9e15 ? (int64_t)9e15 : (int64_t)msd;
    return true;
}

/* ---- select.select ------------------------------------------------------------------- */

typedef struct Watched {
    Ref *objs;                   /* borrowed from the sequence's list copy */
    intptr_t n;
    Object *list;                /* list(seq), owned */
} Watched;

static bool watched_init(Thread *t, Ref seq, Watched *w) {
    w->list = list_from_iterable(t, seq);
    if (!w->list) {
        if (err_matches(t, &exc_TypeError)) {
            err_clear(t);
            err_set(t, &exc_TypeError, "arguments 1-3 must be sequences");
        }
        return false;
    }
    w->objs = list_items(w->list);
    w->n = list_size(w->list);
    return true;
}

static Ref ready_list(Thread *t, Watched *w, struct pollfd *fds, short mask) {
    Object *out = list_new(t, 0);
    for (intptr_t i = 0; out && i < w->n; i++) {
        if ((fds[i].revents & mask) && list_append(t, out, w->objs[i]) < 0) OBJ_SETREF(out, NULL);
    }
    return out ? ref_from_obj(out) : REF_NULL;
}

FN(select_select) {
    if (!args_count(t, "select", nargs, kw, 3, 4)) return REF_NULL;
    int64_t ms;
    if (!seconds_timeout(t, nargs == 4 ? args[3] : REF_NULL, &ms)) return REF_NULL;
    Watched w[3] = {{NULL, 0, NULL}, {NULL, 0, NULL}, {NULL, 0, NULL}};
    static const short masks[3] = {POLLIN | POLLHUP | POLLERR, POLLOUT | POLLERR, POLLPRI};
    Ref result = REF_NULL;
    struct pollfd *fds[3] = {NULL, NULL, NULL};
    struct pollfd *all = NULL;
    int i;
    for (i = 0; i < 3; i++)
        if (!watched_init(t, args[i], &w[i])) goto done;
    size_t total = (size_t)(w[0].n + w[1].n + w[2].n);
    all = calloc(total ? total : 1, sizeof *all);
    if (!all) {
        err_no_memory(t);
        goto done;
    }
    size_t k = 0;
    for (i = 0; i < 3; i++) {
        fds[i] = all + k;
        for (intptr_t j = 0; j < w[i].n; j++, k++) {
            int fd = fd_of(t, w[i].objs[j]);
            if (fd < 0) goto done;
            all[k].fd = fd;
            all[k].events = i == 0 ? POLLIN : i == 1 ? POLLOUT : POLLPRI;
        }
    }
    if (poll_released(t, all, total, ms) < 0) goto done;
    for (k = 0; k < total; k++) {
        if (all[k].revents & POLLNVAL) {
            errno = EBADF;
            posix_error(t, REF_NULL);
            goto done;
        }
    }
    Ref lists[3] = {REF_NULL, REF_NULL, REF_NULL};
    for (i = 0; i < 3; i++) {
        lists[i] = ready_list(t, &w[i], fds[i], masks[i]);
        if (ref_is_null(lists[i])) break;
    }
    if (i == 3) {
        Object *tup = tuple_pack(t, 3, lists[0], lists[1], lists[2]);
        if (tup) result = ref_from_obj(tup);
    }
    for (i = 0; i < 3; i++) ref_close(lists[i]);
done:
    free(all);
    for (i = 0; i < 3; i++) obj_xdecref(w[i].list);
    return result;
}

/* ---- select.poll ------------------------------------------------------------------------ */

typedef struct PollObject {
    Object ob;
    Object *fds;                 /* dict: fd -> event mask */
    bool polling;                /* a poll() is running: no re-entry from another thread */
} PollObject;
#define POLLOBJ(r) ((PollObject *)ref_obj(r))

extern Type select_poll_type;

static bool mask_arg(Thread *t, Ref v, unsigned short *out) {
    int64_t m = int_check(v) ? int_as_i64(t, v) : -1;
    if (!int_check(v)) {
        err_format(t, &exc_TypeError, "'%T' object cannot be interpreted as an integer", v);
        return false;
    }
    if (m == -1 && err_occurred(t)) return false;
    if (m < 0) {
        err_set(t, &exc_OverflowError, "can't convert negative int to unsigned");
        return false;
    }
    if (m > USHRT_MAX) {
        err_set(t, &exc_OverflowError, "Python int too large for C unsigned short");
        return false;
    }
    *out = (unsigned short)m;
    return true;
}

FN(poll_register) {
    if (!args_count(t, "register", nargs, kw, 1, 2)) return REF_NULL;
    int fd = fd_of(t, args[0]);
    if (fd < 0) return REF_NULL;
    unsigned short mask = POLLIN | POLLPRI | POLLOUT;
    if (nargs == 2 && !mask_arg(t, args[1], &mask)) return REF_NULL;
    if (dict_set(t, POLLOBJ(self)->fds, ref_from_int(fd), ref_from_int(mask)) < 0) return REF_NULL;
    return REF_NONE;
}

FN(poll_modify) {
    if (!args_count(t, "modify", nargs, kw, 2, 2)) return REF_NULL;
    int fd = fd_of(t, args[0]);
    if (fd < 0) return REF_NULL;
    unsigned short mask;
    if (!mask_arg(t, args[1], &mask)) return REF_NULL;
    int has = dict_contains(t, POLLOBJ(self)->fds, ref_from_int(fd));
    if (has < 0) return REF_NULL;
    if (!has) {
        errno = ENOENT;
        return posix_error(t, REF_NULL);
    }
    if (dict_set(t, POLLOBJ(self)->fds, ref_from_int(fd), ref_from_int(mask)) < 0) return REF_NULL;
    return REF_NONE;
}

FN(poll_unregister) {
    if (!args_count(t, "unregister", nargs, kw, 1, 1)) return REF_NULL;
    int fd = fd_of(t, args[0]);
    if (fd < 0) return REF_NULL;
    int r = dict_del(t, POLLOBJ(self)->fds, ref_from_int(fd));
    if (r < 0) return REF_NULL;
    if (r == 0) return err_set_value(t, &exc_KeyError, ref_from_int(fd));
    return REF_NONE;
}

FN(poll_poll) {
    if (!args_count(t, "poll", nargs, kw, 0, 1)) return REF_NULL;
    int64_t ms = -1;
    if (nargs && !ref_is_none(args[0])) {
        if (!int_check(args[0]) && !float_check(args[0]))
            return err_set(t, &exc_TypeError, "timeout must be an integer or None");
        double d = float_as_double(t, args[0]);
        if (d == -1.0 && err_occurred(t)) return REF_NULL;
        ms = d < 0 ? -1 : (int64_t)ceil(d);
    }
    PollObject *p = POLLOBJ(self);
    if (p->polling) return err_set(t, &exc_RuntimeError, "concurrent poll() invocation");
    intptr_t n = dict_size(p->fds);
    struct pollfd *fds = calloc(n ? (size_t)n : 1, sizeof *fds);
    if (!fds) return err_no_memory(t);
    intptr_t pos = 0, i = 0;
    Ref key, value;
    while (dict_next(p->fds, &pos, &key, &value) && i < n) {
        fds[i].fd = (int)ref_int(key);
        fds[i].events = (short)ref_int(value);
        i++;
    }
    p->polling = true;
    int r = poll_released(t, fds, (size_t)i, ms);
    p->polling = false;
    Object *out = r < 0 ? NULL : list_new(t, 0);
    for (intptr_t j = 0; out && j < i; j++) {
        if (!fds[j].revents) continue;
        Object *pair = tuple_pack(t, 2, ref_from_int(fds[j].fd), ref_from_int((uint16_t)fds[j].revents));
        if (!pair || list_append(t, out, ref_from_obj(pair)) < 0) OBJ_SETREF(out, NULL);
        obj_xdecref(pair);
    }
    free(fds);
    return out ? ref_from_obj(out) : REF_NULL;
}

static void poll_dealloc(Object *o) {
    obj_xdecref(((PollObject *)o)->fds);
    o->ob_type->tp_free(o);
}

static const MethodDef poll_methods[] = {
    {"register", poll_register, 0, NULL},
    {"modify", poll_modify, 0, NULL},
    {"unregister", poll_unregister, 0, NULL},
    {"poll", poll_poll, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type select_poll_type = {
    TYPE_HEAD_INIT,
    .tp_name = "select.poll",
    .tp_basicsize = sizeof(PollObject),
    .tp_dealloc = poll_dealloc,
    .tp_free = obj_free,
    .methods = poll_methods,
};

FN(select_poll) {
    if (!args_none(t, "poll", nargs, kw)) return REF_NULL;
    PollObject *p = (PollObject *)obj_alloc(t, &select_poll_type, sizeof(PollObject));
    if (!p) return REF_NULL;
    p->polling = false;
    p->fds = dict_new(t);
    if (!p->fds) {
        obj_decref(&p->ob);
        return REF_NULL;
    }
    return ref_from_obj(&p->ob);
}

static const MethodDef select_functions[] = {
    {"select", select_select, 0, NULL},
    {"poll", select_poll, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const struct {
    const char *name;
    int value;
} select_constants[] = {
    {"POLLIN", POLLIN}, {"POLLPRI", POLLPRI}, {"POLLOUT", POLLOUT}, {"POLLERR", POLLERR},
    {"POLLHUP", POLLHUP}, {"POLLNVAL", POLLNVAL}, {"POLLRDNORM", POLLRDNORM},
    {"POLLRDBAND", POLLRDBAND}, {"POLLWRNORM", POLLWRNORM}, {"POLLWRBAND", POLLWRBAND},
    {"POLLMSG", POLLMSG}, {"POLLRDHUP", POLLRDHUP}, {"PIPE_BUF", PIPE_BUF},
};

Object *select_module_create(Thread *t) {
    Object *m = module_new_cstr(t, "select");
    if (!m) return NULL;
    int rc = module_add_functions(t, m, select_functions);
    if (rc == 0) rc = module_add_ref(t, m, "error", ref_immortal(&exc_OSError));
    for (size_t i = 0; rc == 0 && i < sizeof select_constants / sizeof select_constants[0]; i++)
        rc = module_add_ref(t, m, select_constants[i].name, ref_from_int(select_constants[i].value));
    if (rc < 0) {
        obj_decref(m);
        return NULL;
    }
    return m;
}
