/* _socket: BSD sockets over POSIX (AF_INET, AF_INET6, AF_UNIX), the C half of the socket
 * module (runtime/lib/socket.py adds the socket subclass, makefile(), create_connection,
 * create_server and the enums).
 *
 * Timeouts as in CPython: a socket is blocking (timeout None), non-blocking (0.0) or has a
 * timeout; with a timeout the descriptor is non-blocking underneath and each call first
 * waits in poll(2) for readiness, raising TimeoutError('timed out') when the time runs
 * out. Every call that may block (and name resolution) runs with the interpreter lock
 * released; EINTR runs the signal handlers and retries (PEP 475). */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "modules/modules.h"
#include "spry.h"

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)

typedef struct Sock {
    Object ob;
    int fd;                    /* -1 once closed or detached */
    int family, type, proto;
    double timeout;            /* < 0: blocking; 0: non-blocking; else seconds */
} Sock;

#define SOCK(r) ((Sock *)ref_obj(r))

Type socket_type;

static Type exc_SocketHerror = {
    TYPE_HEAD_INIT,
    .tp_name = "socket.herror",
    .tp_basicsize = sizeof(OSErrorExc),
    .tp_flags = TPFLAG_BASETYPE | TPFLAG_BASE_EXC_SUBCLASS,
    .tp_dictoffset = offsetof(BaseExc, dict),
    .tp_base = &exc_OSError,
};

static Type exc_SocketGaierror = {
    TYPE_HEAD_INIT,
    .tp_name = "socket.gaierror",
    .tp_basicsize = sizeof(OSErrorExc),
    .tp_flags = TPFLAG_BASETYPE | TPFLAG_BASE_EXC_SUBCLASS,
    .tp_dictoffset = offsetof(BaseExc, dict),
    .tp_base = &exc_OSError,
};

/* ---- errors ---------------------------------------------------------------------------------- */

static Ref raise_errno(Thread *t) { return err_from_errno(t, &exc_OSError, NULL); }

static Ref raise_timeout(Thread *t) { return err_set(t, &exc_TimeoutError, "timed out"); }

/* gaierror(code, gai_strerror(code)); EAI_SYSTEM is an ordinary OSError from errno. */
static Ref raise_gai(Thread *t, int code) {
    if (code == EAI_SYSTEM) return raise_errno(t);
    Object *msg = str_from_cstr(t, gai_strerror(code));
    if (!msg) return REF_NULL;
    Ref a[2] = {ref_from_int(code), ref_from_obj(msg)};
    Ref exc = exc_new(t, &exc_SocketGaierror, a, 2);
    obj_decref(msg);
    return ref_is_null(exc) ? REF_NULL : err_raise(t, exc);
}

/* ---- waiting --------------------------------------------------------------------------------- */

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* Waits until fd is readable (or writable) for at most `seconds` with the lock released:
 * 1 ready, 0 timed out, -1 error (a signal handler raised). */
static int wait_ready(Thread *t, int fd, bool writing, double seconds) {
    double deadline = now_s() + seconds;
    for (;;) {
        double left = deadline - now_s();
        if (left < 0) left = 0;
        struct pollfd p = {.fd = fd, .events = writing ? POLLOUT : POLLIN};
        int n;
        thread_release(t);
        n = poll(&p, 1, (int)ceil(left * 1000));
        int e = errno;
        thread_reacquire(t);
        if (n >= 0) return n > 0;
        if (e != EINTR) {
            errno = e;
            raise_errno(t);
            return -1;
        }
        if (eval_handle_pending(t) < 0) return -1;
    }
}

/* One socket operation that may block; runs without the interpreter lock. */
typedef enum { OP_RECV, OP_SEND, OP_RECVFROM, OP_SENDTO, OP_ACCEPT } OpKind;

typedef struct SockOp {
    OpKind kind;
    char *buf;
    size_t len;
    int flags;
    struct sockaddr_storage addr;
    socklen_t addrlen;
} SockOp;

static ssize_t run_op(int fd, SockOp *o) {
    switch (o->kind) {
    case OP_RECV: return recv(fd, o->buf, o->len, o->flags);
    case OP_SEND: return send(fd, o->buf, o->len, o->flags | MSG_NOSIGNAL);
    case OP_RECVFROM:
        o->addrlen = sizeof o->addr;
        return recvfrom(fd, o->buf, o->len, o->flags, (struct sockaddr *)&o->addr, &o->addrlen);
    case OP_SENDTO:
        return sendto(fd, o->buf, o->len, o->flags | MSG_NOSIGNAL, (struct sockaddr *)&o->addr, o->addrlen);
    case OP_ACCEPT:
        o->addrlen = sizeof o->addr;
        return accept4(fd, (struct sockaddr *)&o->addr, &o->addrlen, SOCK_CLOEXEC);
    }
    return -1;
}

/* Runs o on s honouring s's timeout: the result, or -1 with an exception set. */
static ssize_t sock_call(Thread *t, Sock *s, SockOp *o) {
    bool writing = o->kind == OP_SEND || o->kind == OP_SENDTO;
    double deadline = s->timeout > 0 ? now_s() + s->timeout : 0;
    for (;;) {
        if (s->fd < 0) {
            errno = EBADF;
            raise_errno(t);
            return -1;
        }
        if (s->timeout > 0) {
            int r = wait_ready(t, s->fd, writing, deadline - now_s());
            if (r < 0) return -1;
            if (r == 0) {
                raise_timeout(t);
                return -1;
            }
        }
        ssize_t n;
        int fd = s->fd;
        EVAL_BLOCKING_CALL(t, n, run_op(fd, o));
        if (n >= 0) return n;
        if (errno == EINTR) return -1; /* a signal handler raised */
        if (s->timeout > 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) continue;
        raise_errno(t);
        return -1;
    }
}

/* ---- addresses ------------------------------------------------------------------------------- */

/* Resolves host for family into *out (an IPv4 or IPv6 address of addrlen bytes), as
 * CPython's setipaddr: '' is the wildcard, '<broadcast>' the IPv4 broadcast address,
 * numeric forms parse directly, anything else goes through getaddrinfo. */
static int resolve_host(Thread *t, const char *host, int family, struct sockaddr_storage *out) {
    memset(out, 0, sizeof *out);
    if (family == AF_INET) {
        struct sockaddr_in *sin = (struct sockaddr_in *)out;
        sin->sin_family = AF_INET;
        if (host[0] == '\0') {
            sin->sin_addr.s_addr = htonl(INADDR_ANY);
            return 0;
        }
        if (strcmp(host, "<broadcast>") == 0 || strcmp(host, "255.255.255.255") == 0) {
            sin->sin_addr.s_addr = htonl(INADDR_BROADCAST);
            return 0;
        }
        if (inet_pton(AF_INET, host, &sin->sin_addr) == 1) return 0;
    } else {
        struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)out;
        sin6->sin6_family = AF_INET6;
        if (host[0] == '\0') {
            sin6->sin6_addr = in6addr_any;
            return 0;
        }
        if (inet_pton(AF_INET6, host, &sin6->sin6_addr) == 1) return 0;
    }
    struct addrinfo hints = {.ai_family = family}, *res = NULL;
    int rc;
    thread_release(t);
    rc = getaddrinfo(host, NULL, &hints, &res);
    thread_reacquire(t);
    if (rc != 0) {
        raise_gai(t, rc);
        return -1;
    }
    size_t n = res->ai_addrlen < sizeof *out ? res->ai_addrlen : sizeof *out;
    memcpy(out, res->ai_addr, n);
    freeaddrinfo(res);
    return 0;
}

static bool port_arg(Thread *t, Ref v, const char *caller, uint16_t *out) {
    intptr_t port = obj_as_ssize(t, v, &exc_OverflowError);
    if (port == -1 && err_occurred(t)) return false;
    if (port < 0 || port > 65535) {
        err_format(t, &exc_OverflowError, "%s(): port must be 0-65535.", caller);
        return false;
    }
    *out = htons((uint16_t)port);
    return true;
}

/* A Python address for family into a sockaddr: 0, or -1 with an exception. */
static int get_sockaddr(Thread *t, Sock *s, Ref addr, struct sockaddr_storage *ss, socklen_t *len,
                        const char *caller) {
    memset(ss, 0, sizeof *ss);
    if (s->family == AF_UNIX) {
        ByteView v;
        if (str_check(addr)) {
            intptr_t n;
            const char *p = str_utf8(t, ref_obj(addr), &n);
            if (!p) return -1;
            v.data = p;
            v.len = n;
        } else if (!bytes_view(addr, &v)) {
            err_format(t, &exc_TypeError, "a bytes-like object is required, not '%T'", addr);
            return -1;
        }
        struct sockaddr_un *sun = (struct sockaddr_un *)ss;
        if ((size_t)v.len >= sizeof sun->sun_path + (v.len > 0 && v.data[0] == '\0')) {
            err_set(t, &exc_OSError, "AF_UNIX path too long");
            return -1;
        }
        sun->sun_family = AF_UNIX;
        memcpy(sun->sun_path, v.data, (size_t)v.len);
        *len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + (size_t)v.len + (v.len > 0 && v.data[0] != '\0'));
        return 0;
    }
    if (s->family != AF_INET && s->family != AF_INET6) {
        err_format(t, &exc_OSError, "%s(): bad family", caller);
        return -1;
    }
    const char *fname = s->family == AF_INET ? "AF_INET" : "AF_INET6";
    if (!tuple_check(addr)) {
        err_format(t, &exc_TypeError, "%s address must be tuple, not %T", fname, addr);
        return -1;
    }
    intptr_t n = tuple_size(ref_obj(addr));
    if (s->family == AF_INET ? n != 2 : (n < 2 || n > 4)) {
        if (s->family == AF_INET)
            err_format(t, &exc_TypeError, "AF_INET address must be a pair (host, port)");
        else
            err_format(t, &exc_TypeError, "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
        return -1;
    }
    Ref host = tuple_get(ref_obj(addr), 0);
    const char *h;
    ByteView hb;
    char hostbuf[1025];
    if (str_check(host)) {
        h = str_utf8(t, ref_obj(host), NULL);
        if (!h) return -1;
    } else if (bytes_check(host) && bytes_view(host, &hb) && hb.len < (intptr_t)sizeof hostbuf) {
        memcpy(hostbuf, hb.data, (size_t)hb.len);
        hostbuf[hb.len] = '\0';
        h = hostbuf;
    } else {
        err_format(t, &exc_TypeError, "str, bytes or bytearray expected, not %T", host);
        return -1;
    }
    uint16_t port;
    if (!port_arg(t, tuple_get(ref_obj(addr), 1), caller, &port)) return -1;
    if (resolve_host(t, h, s->family, ss) < 0) return -1;
    if (s->family == AF_INET) {
        ((struct sockaddr_in *)ss)->sin_port = port;
        *len = sizeof(struct sockaddr_in);
        return 0;
    }
    struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)ss;
    sin6->sin6_port = port;
    for (intptr_t i = 2; i < n; i++) {
        int64_t v = int_as_i64(t, tuple_get(ref_obj(addr), i));
        if (v == -1 && err_occurred(t)) return -1;
        if (v < 0 || v > 0xFFFFFFFFLL) {
            err_format(t, &exc_OverflowError, "%s(): %s must be 0-4294967295.", caller, i == 2 ? "flowinfo" : "scope_id");
            return -1;
        }
        if (i == 2) sin6->sin6_flowinfo = htonl((uint32_t)v);
        else sin6->sin6_scope_id = (uint32_t)v;
    }
    *len = sizeof(struct sockaddr_in6);
    return 0;
}

/* A sockaddr as Python sees it: (host, port), (host, port, flowinfo, scope_id), or an
 * AF_UNIX path (str; bytes for the abstract namespace; '' when unnamed). */
static Ref make_sockaddr(Thread *t, const struct sockaddr *sa, socklen_t len) {
    char buf[INET6_ADDRSTRLEN];
    if (len == 0) return REF_NONE;
    switch (sa->sa_family) {
    case AF_INET: {
        const struct sockaddr_in *sin = (const struct sockaddr_in *)sa;
        inet_ntop(AF_INET, &sin->sin_addr, buf, sizeof buf);
        Object *h = str_from_cstr(t, buf);
        if (!h) return REF_NULL;
        Object *r = tuple_pack(t, 2, ref_from_obj(h), ref_from_int(ntohs(sin->sin_port)));
        obj_decref(h);
        return r ? ref_from_obj(r) : REF_NULL;
    }
    case AF_INET6: {
        const struct sockaddr_in6 *sin6 = (const struct sockaddr_in6 *)sa;
        inet_ntop(AF_INET6, &sin6->sin6_addr, buf, sizeof buf);
        Object *h = str_from_cstr(t, buf);
        if (!h) return REF_NULL;
        Object *r = tuple_pack(t, 4, ref_from_obj(h), ref_from_int(ntohs(sin6->sin6_port)),
                               ref_from_int(ntohl(sin6->sin6_flowinfo)), ref_from_int(sin6->sin6_scope_id));
        obj_decref(h);
        return r ? ref_from_obj(r) : REF_NULL;
    }
    case AF_UNIX: {
        const struct sockaddr_un *sun = (const struct sockaddr_un *)sa;
        size_t n = len > offsetof(struct sockaddr_un, sun_path) ? len - offsetof(struct sockaddr_un, sun_path) : 0;
        if (n > 0 && sun->sun_path[0] == '\0') return ref_from_obj(bytes_from(t, sun->sun_path, (intptr_t)n));
        n = strnlen(sun->sun_path, n);
        return ref_from_obj(str_from_utf8(t, sun->sun_path, (intptr_t)n));
    }
    default:
        return ref_from_obj(tuple_pack(t, 2, ref_from_int(sa->sa_family), REF_NONE));
    }
}

/* ---- the socket object ----------------------------------------------------------------------- */

static int set_blocking_fd(int fd, bool blocking) {
    int fl = fcntl(fd, F_GETFL);
    if (fl < 0) return -1;
    int nfl = blocking ? fl & ~O_NONBLOCK : fl | O_NONBLOCK;
    return nfl == fl ? 0 : fcntl(fd, F_SETFL, nfl);
}

/* Applies a timeout: the descriptor is non-blocking unless the socket blocks forever. */
static int apply_timeout(Thread *t, Sock *s, double timeout) {
    s->timeout = timeout;
    if (s->fd >= 0 && set_blocking_fd(s->fd, timeout < 0) < 0) {
        raise_errno(t);
        return -1;
    }
    return 0;
}

static Ref sock_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kw) {
    Object *o = obj_alloc(t, type, (size_t)type->tp_basicsize);
    if (!o) return REF_NULL;
    if (type_has_flag(type, TPFLAG_HAVE_GC)) gc_track(o);
    Sock *s = (Sock *)o;
    s->fd = -1;
    s->timeout = -1;
    return ref_from_obj(o);
}

static bool int_opt(Thread *t, Ref v, int dflt, int *out) {
    if (ref_is_null(v) || ref_is_none(v)) {
        *out = dflt;
        return true;
    }
    int64_t x = int_as_i64(t, v);
    if (x == -1 && err_occurred(t)) return false;
    if (x < INT32_MIN || x > INT32_MAX) {
        err_set(t, &exc_OverflowError, "signed integer is greater than maximum");
        return false;
    }
    *out = (int)x;
    return true;
}

static int getsockopt_int(int fd, int opt) {
    int v = -1;
    socklen_t l = sizeof v;
    return getsockopt(fd, SOL_SOCKET, opt, &v, &l) < 0 ? -1 : v;
}

/* socket(family=-1, type=-1, proto=-1, fileno=None): a new socket, or one adopting fileno
 * (whose family, type and protocol are asked of the kernel when not given). */
static int sock_init(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    static const char *const names[] = {"family", "type", "proto", "fileno", NULL};
    static const ArgSpec spec = {"socket", names, 0, -1};
    Ref a[4];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return -1;
    int family, type, proto;
    if (!int_opt(t, a[0], -1, &family) || !int_opt(t, a[1], -1, &type) || !int_opt(t, a[2], -1, &proto))
        return -1;
    Sock *s = SOCK(self);
    int fd;
    if (!ref_is_null(a[3]) && !ref_is_none(a[3])) {
        int64_t f = int_as_i64(t, a[3]);
        if (f == -1 && err_occurred(t)) return -1;
        if (f < 0) {
            err_set(t, &exc_ValueError, "negative file descriptor");
            return -1;
        }
        fd = (int)f;
        if (family == -1) family = getsockopt_int(fd, SO_DOMAIN);
        if (type == -1) type = getsockopt_int(fd, SO_TYPE);
        if (proto == -1) proto = getsockopt_int(fd, SO_PROTOCOL);
        if (family == -1 || type == -1 || proto == -1) {
            raise_errno(t);
            return -1;
        }
    } else {
        if (family == -1) family = AF_INET;
        if (type == -1) type = SOCK_STREAM;
        if (proto == -1) proto = 0;
        fd = socket(family, type | SOCK_CLOEXEC, proto);
        if (fd < 0) {
            raise_errno(t);
            return -1;
        }
    }
    if (s->fd >= 0) close(s->fd);
    s->fd = fd;
    s->family = family;
    s->type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
    s->proto = proto;
    s->timeout = -1;
    if (type & SOCK_NONBLOCK) return apply_timeout(t, s, 0);
    int fl = fcntl(fd, F_GETFL);
    if (fl >= 0 && (fl & O_NONBLOCK)) s->timeout = 0;
    return 0;
}

static void sock_dealloc(Object *o) {
    Sock *s = (Sock *)o;
    if (s->fd >= 0) close(s->fd);
    o->ob_type->tp_free(o);
}

static Ref sock_repr(Thread *t, Ref self) {
    Sock *s = SOCK(self);
    return ref_from_obj(str_from_format(t, "<socket object, fd=%d, family=%d, type=%d, proto=%d>", s->fd, s->family,
                                        s->type, s->proto));
}

FN(sock_fileno) {
    if (!args_none(t, "fileno", nargs, kw)) return REF_NULL;
    return ref_from_int(SOCK(self)->fd);
}

FN(sock_close) {
    if (!args_none(t, "close", nargs, kw)) return REF_NULL;
    Sock *s = SOCK(self);
    int fd = s->fd;
    s->fd = -1;
    /* ECONNRESET on close is not worth an exception (CPython ignores it too). */
    if (fd >= 0 && close(fd) < 0 && errno != ECONNRESET && errno != EINTR) return raise_errno(t);
    return REF_NONE;
}

FN(sock_detach) {
    if (!args_none(t, "detach", nargs, kw)) return REF_NULL;
    int fd = SOCK(self)->fd;
    SOCK(self)->fd = -1;
    return ref_from_int(fd);
}

FN(sock_bind) {
    if (!args_one(t, "bind", nargs, kw)) return REF_NULL;
    Sock *s = SOCK(self);
    struct sockaddr_storage ss;
    socklen_t len;
    if (get_sockaddr(t, s, args[0], &ss, &len, "bind") < 0) return REF_NULL;
    if (bind(s->fd, (struct sockaddr *)&ss, len) < 0) return raise_errno(t);
    return REF_NONE;
}

FN(sock_listen) {
    if (!args_count(t, "listen", nargs, kw, 0, 1)) return REF_NULL;
    int backlog = SOMAXCONN < 128 ? SOMAXCONN : 128;
    if (nargs == 1 && !int_opt(t, args[0], backlog, &backlog)) return REF_NULL;
    if (backlog < 0) backlog = 0;
    if (listen(SOCK(self)->fd, backlog) < 0) return raise_errno(t);
    return REF_NONE;
}

/* connect: 0, or an errno value (with raise: -1 and the exception set). */
static int do_connect(Thread *t, Sock *s, Ref addr, bool raise) {
    struct sockaddr_storage ss;
    socklen_t len;
    if (get_sockaddr(t, s, addr, &ss, &len, "connect") < 0) return -1;
    int rc, e;
    int fd = s->fd;
    thread_release(t);
    rc = connect(fd, (struct sockaddr *)&ss, len);
    e = errno;
    thread_reacquire(t);
    if (rc == 0) return 0;
    if (e == EINTR && eval_handle_pending(t) < 0) return -1;
    bool waiting = e == EINTR || (e == EINPROGRESS && s->timeout != 0);
    if (waiting) {
        /* The connection goes on in the background: wait for it, then ask how it ended. */
        int r = wait_ready(t, fd, true, s->timeout > 0 ? s->timeout : 1e9);
        if (r < 0) return -1;
        if (r == 0) {
            if (!raise) return EWOULDBLOCK;
            raise_timeout(t);
            return -1;
        }
        e = getsockopt_int(fd, SO_ERROR);
        if (e == 0) return 0;
        if (e < 0) e = errno;
    }
    if (!raise) return e;
    errno = e;
    raise_errno(t);
    return -1;
}

FN(sock_connect) {
    if (!args_one(t, "connect", nargs, kw)) return REF_NULL;
    return do_connect(t, SOCK(self), args[0], true) < 0 ? REF_NULL : REF_NONE;
}

FN(sock_connect_ex) {
    if (!args_one(t, "connect_ex", nargs, kw)) return REF_NULL;
    int e = do_connect(t, SOCK(self), args[0], false);
    return e < 0 ? REF_NULL : ref_from_int(e);
}

/* _accept() -> (fd, address): socket.py wraps the descriptor. */
FN(sock_accept) {
    if (!args_none(t, "_accept", nargs, kw)) return REF_NULL;
    SockOp o = {.kind = OP_ACCEPT};
    ssize_t fd = sock_call(t, SOCK(self), &o);
    if (fd < 0) return REF_NULL;
    Ref addr = make_sockaddr(t, (struct sockaddr *)&o.addr, o.addrlen);
    if (ref_is_null(addr)) {
        close((int)fd);
        return REF_NULL;
    }
    Object *r = tuple_pack(t, 2, ref_from_int(fd), addr);
    ref_close(addr);
    return r ? ref_from_obj(r) : REF_NULL;
}

static bool size_arg(Thread *t, Ref v, const char *what, intptr_t *out) {
    intptr_t n = obj_as_ssize(t, v, &exc_OverflowError);
    if (n == -1 && err_occurred(t)) return false;
    if (n < 0) {
        err_format(t, &exc_ValueError, "negative buffersize in %s", what);
        return false;
    }
    *out = n;
    return true;
}

static bool flags_arg(Thread *t, const Ref *args, size_t nargs, size_t i, int *flags) {
    return int_opt(t, i < nargs ? args[i] : REF_NULL, 0, flags);
}

/* recv(bufsize[, flags]) / recvfrom(bufsize[, flags]) */
static Ref recv_common(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw, bool from) {
    const char *name = from ? "recvfrom" : "recv";
    if (!args_no_kw(t, name, kw)) return REF_NULL;
    if (!args_count(t, name, nargs, NULL, 1, 2)) return REF_NULL;
    intptr_t n;
    int flags;
    if (!size_arg(t, args[0], name, &n) || !flags_arg(t, args, nargs, 1, &flags)) return REF_NULL;
    char *buf = mem_alloc(t, (size_t)(n ? n : 1));
    if (!buf) return REF_NULL;
    SockOp o = {.kind = from ? OP_RECVFROM : OP_RECV, .buf = buf, .len = (size_t)n, .flags = flags};
    ssize_t got = sock_call(t, SOCK(self), &o);
    Object *data = got < 0 ? NULL : bytes_from(t, buf, got);
    mem_free(buf);
    if (!data || !from) return data ? ref_from_obj(data) : REF_NULL;
    Ref addr = make_sockaddr(t, (struct sockaddr *)&o.addr, o.addrlen);
    Object *r = ref_is_null(addr) ? NULL : tuple_pack(t, 2, ref_from_obj(data), addr);
    obj_decref(data);
    ref_close(addr);
    return r ? ref_from_obj(r) : REF_NULL;
}

FN(sock_recv) { return recv_common(t, self, args, nargs, kw, false); }
FN(sock_recvfrom) { return recv_common(t, self, args, nargs, kw, true); }

/* recv_into(buffer[, nbytes[, flags]]) / recvfrom_into(...) */
static Ref recv_into_common(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw, bool from) {
    const char *name = from ? "recvfrom_into" : "recv_into";
    static const char *const names[] = {"buffer", "nbytes", "flags", NULL};
    ArgSpec spec = {name, names, 1, -1};
    Ref a[3];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    intptr_t n = 0;
    int flags;
    if (!ref_is_null(a[1]) && !size_arg(t, a[1], name, &n)) return REF_NULL;
    if (!int_opt(t, a[2], 0, &flags)) return REF_NULL;
    BufferView view;
    if (obj_get_buffer(t, a[0], &view, true) < 0) return REF_NULL;
    if (n == 0) n = view.len;
    if (n > view.len) {
        buffer_release(&view);
        return err_format(t, &exc_ValueError, "%s", from ? "nbytes is greater than the length of the buffer"
                                                          : "buffer too small for requested bytes");
    }
    SockOp o = {.kind = from ? OP_RECVFROM : OP_RECV, .buf = view.data, .len = (size_t)n, .flags = flags};
    ssize_t got = sock_call(t, SOCK(self), &o);
    buffer_release(&view);
    if (got < 0) return REF_NULL;
    if (!from) return ref_from_int(got);
    Ref addr = make_sockaddr(t, (struct sockaddr *)&o.addr, o.addrlen);
    if (ref_is_null(addr)) return REF_NULL;
    Object *r = tuple_pack(t, 2, ref_from_int(got), addr);
    ref_close(addr);
    return r ? ref_from_obj(r) : REF_NULL;
}

FN(sock_recv_into) { return recv_into_common(t, self, args, nargs, kw, false); }
FN(sock_recvfrom_into) { return recv_into_common(t, self, args, nargs, kw, true); }

FN(sock_send) {
    if (!args_no_kw(t, "send", kw) || !args_count(t, "send", nargs, NULL, 1, 2)) return REF_NULL;
    int flags;
    if (!flags_arg(t, args, nargs, 1, &flags)) return REF_NULL;
    BufferView view;
    if (obj_get_buffer(t, args[0], &view, false) < 0) return REF_NULL;
    SockOp o = {.kind = OP_SEND, .buf = view.data, .len = (size_t)view.len, .flags = flags};
    ssize_t n = sock_call(t, SOCK(self), &o);
    buffer_release(&view);
    return n < 0 ? REF_NULL : ref_from_int(n);
}

/* sendall: send until everything is out; with a timeout, the whole call has that long. */
FN(sock_sendall) {
    if (!args_no_kw(t, "sendall", kw) || !args_count(t, "sendall", nargs, NULL, 1, 2)) return REF_NULL;
    int flags;
    if (!flags_arg(t, args, nargs, 1, &flags)) return REF_NULL;
    BufferView view;
    if (obj_get_buffer(t, args[0], &view, false) < 0) return REF_NULL;
    Sock *s = SOCK(self);
    double saved = s->timeout, deadline = saved > 0 ? now_s() + saved : 0;
    intptr_t done = 0;
    Ref result = REF_NONE;
    while (done < view.len || view.len == 0) {
        if (saved > 0) {
            s->timeout = deadline - now_s();
            if (s->timeout <= 0) {
                result = raise_timeout(t);
                break;
            }
        }
        SockOp o = {.kind = OP_SEND, .buf = view.data + done, .len = (size_t)(view.len - done), .flags = flags};
        ssize_t n = sock_call(t, s, &o);
        if (n < 0) {
            result = REF_NULL;
            break;
        }
        done += n;
        if (view.len == 0) break;
        if (eval_handle_pending(t) < 0) {
            result = REF_NULL;
            break;
        }
    }
    s->timeout = saved;
    buffer_release(&view);
    return result;
}

/* sendto(data[, flags], address) */
FN(sock_sendto) {
    if (!args_no_kw(t, "sendto", kw)) return REF_NULL;
    if (nargs < 2 || nargs > 3)
        return err_format(t, &exc_TypeError, "sendto() takes 2 or 3 arguments (%zu given)", nargs);
    int flags = 0;
    if (nargs == 3 && !int_opt(t, args[1], 0, &flags)) return REF_NULL;
    SockOp o = {.kind = OP_SENDTO, .flags = flags};
    if (get_sockaddr(t, SOCK(self), args[nargs - 1], &o.addr, &o.addrlen, "sendto") < 0) return REF_NULL;
    BufferView view;
    if (obj_get_buffer(t, args[0], &view, false) < 0) return REF_NULL;
    o.buf = view.data;
    o.len = (size_t)view.len;
    ssize_t n = sock_call(t, SOCK(self), &o);
    buffer_release(&view);
    return n < 0 ? REF_NULL : ref_from_int(n);
}

FN(sock_shutdown) {
    if (!args_one(t, "shutdown", nargs, kw)) return REF_NULL;
    int how;
    if (!int_opt(t, args[0], 0, &how)) return REF_NULL;
    if (shutdown(SOCK(self)->fd, how) < 0) return raise_errno(t);
    return REF_NONE;
}

/* setsockopt(level, option, value: int | buffer) / setsockopt(level, option, None, optlen) */
FN(sock_setsockopt) {
    if (!args_no_kw(t, "setsockopt", kw) || !args_count(t, "setsockopt", nargs, NULL, 3, 4)) return REF_NULL;
    int level, opt;
    if (!int_opt(t, args[0], 0, &level) || !int_opt(t, args[1], 0, &opt)) return REF_NULL;
    int rc;
    if (nargs == 4) {
        int optlen;
        if (!ref_is_none(args[2])) return err_set(t, &exc_TypeError, "setsockopt() argument 3 must be NoneType, not int");
        if (!int_opt(t, args[3], 0, &optlen)) return REF_NULL;
        rc = setsockopt(SOCK(self)->fd, level, opt, NULL, (socklen_t)optlen);
    } else if (int_check(args[2])) {
        int v;
        if (!int_opt(t, args[2], 0, &v)) return REF_NULL;
        rc = setsockopt(SOCK(self)->fd, level, opt, &v, sizeof v);
    } else {
        ByteView v;
        if (!bytes_view_or_error(t, args[2], &v)) return REF_NULL;
        rc = setsockopt(SOCK(self)->fd, level, opt, v.data, (socklen_t)v.len);
    }
    if (rc < 0) return raise_errno(t);
    return REF_NONE;
}

/* getsockopt(level, option[, buflen]): an int, or buflen bytes. */
FN(sock_getsockopt) {
    if (!args_no_kw(t, "getsockopt", kw) || !args_count(t, "getsockopt", nargs, NULL, 2, 3)) return REF_NULL;
    int level, opt, buflen = 0;
    if (!int_opt(t, args[0], 0, &level) || !int_opt(t, args[1], 0, &opt)) return REF_NULL;
    if (nargs == 3 && !int_opt(t, args[2], 0, &buflen)) return REF_NULL;
    if (buflen == 0) {
        int v = 0;
        socklen_t l = sizeof v;
        if (getsockopt(SOCK(self)->fd, level, opt, &v, &l) < 0) return raise_errno(t);
        return ref_from_int(v);
    }
    if (buflen < 0 || buflen > 1024) return err_set(t, &exc_OSError, "getsockopt buflen out of range");
    char buf[1024];
    socklen_t l = (socklen_t)buflen;
    if (getsockopt(SOCK(self)->fd, level, opt, buf, &l) < 0) return raise_errno(t);
    return ref_from_obj(bytes_from(t, buf, l));
}

static Ref name_of(Thread *t, Ref self, bool peer) {
    struct sockaddr_storage ss;
    socklen_t len = sizeof ss;
    memset(&ss, 0, sizeof ss);
    int rc = peer ? getpeername(SOCK(self)->fd, (struct sockaddr *)&ss, &len)
                  : getsockname(SOCK(self)->fd, (struct sockaddr *)&ss, &len);
    if (rc < 0) return raise_errno(t);
    if (len == 0 || ss.ss_family == AF_UNSPEC) ss.ss_family = (sa_family_t)SOCK(self)->family;
    return make_sockaddr(t, (struct sockaddr *)&ss, len ? len : sizeof(sa_family_t));
}

FN(sock_getsockname) { return args_none(t, "getsockname", nargs, kw) ? name_of(t, self, false) : REF_NULL; }
FN(sock_getpeername) { return args_none(t, "getpeername", nargs, kw) ? name_of(t, self, true) : REF_NULL; }

/* A timeout argument: None -> -1 (block), else seconds >= 0. */
static bool timeout_arg(Thread *t, Ref v, double *out) {
    if (ref_is_none(v)) {
        *out = -1;
        return true;
    }
    if (!int_check(v) && !float_check(v)) {
        err_format(t, &exc_TypeError, "'%T' object cannot be interpreted as an integer", v);
        return false;
    }
    double d = float_as_double(t, v);
    if (d == -1.0 && err_occurred(t)) return false;
    if (isnan(d)) {
        err_set(t, &exc_ValueError, "Invalid value NaN (not a number)");
        return false;
    }
    if (d < 0) {
        err_set(t, &exc_ValueError, "Timeout value out of range");
        return false;
    }
    *out = d;
    return true;
}

FN(sock_settimeout) {
    if (!args_one(t, "settimeout", nargs, kw)) return REF_NULL;
    double d;
    if (!timeout_arg(t, args[0], &d)) return REF_NULL;
    return apply_timeout(t, SOCK(self), d) < 0 ? REF_NULL : REF_NONE;
}

FN(sock_gettimeout) {
    if (!args_none(t, "gettimeout", nargs, kw)) return REF_NULL;
    double d = SOCK(self)->timeout;
    return d < 0 ? REF_NONE : float_from_double(t, d);
}

FN(sock_setblocking) {
    if (!args_one(t, "setblocking", nargs, kw)) return REF_NULL;
    int b = obj_truthy(t, args[0]);
    if (b < 0) return REF_NULL;
    return apply_timeout(t, SOCK(self), b ? -1 : 0) < 0 ? REF_NULL : REF_NONE;
}

FN(sock_getblocking) {
    if (!args_none(t, "getblocking", nargs, kw)) return REF_NULL;
    return ref_from_bool(SOCK(self)->timeout != 0);
}

static Ref sock_get_family(Thread *t, Ref self, void *c) { return ref_from_int(SOCK(self)->family); }
static Ref sock_get_type(Thread *t, Ref self, void *c) { return ref_from_int(SOCK(self)->type); }
static Ref sock_get_proto(Thread *t, Ref self, void *c) { return ref_from_int(SOCK(self)->proto); }
static Ref sock_get_timeout(Thread *t, Ref self, void *c) { return sock_gettimeout(t, self, NULL, 0, NULL); }

static const MethodDef sock_methods[] = {
    {"_accept", sock_accept, 0, NULL},
    {"bind", sock_bind, 0, NULL},
    {"close", sock_close, 0, NULL},
    {"connect", sock_connect, 0, NULL},
    {"connect_ex", sock_connect_ex, 0, NULL},
    {"detach", sock_detach, 0, NULL},
    {"fileno", sock_fileno, 0, NULL},
    {"getpeername", sock_getpeername, 0, NULL},
    {"getsockname", sock_getsockname, 0, NULL},
    {"getsockopt", sock_getsockopt, 0, NULL},
    {"setsockopt", sock_setsockopt, 0, NULL},
    {"listen", sock_listen, 0, NULL},
    {"recv", sock_recv, 0, NULL},
    {"recv_into", sock_recv_into, 0, NULL},
    {"recvfrom", sock_recvfrom, 0, NULL},
    {"recvfrom_into", sock_recvfrom_into, 0, NULL},
    {"send", sock_send, 0, NULL},
    {"sendall", sock_sendall, 0, NULL},
    {"sendto", sock_sendto, 0, NULL},
    {"setblocking", sock_setblocking, 0, NULL},
    {"getblocking", sock_getblocking, 0, NULL},
    {"settimeout", sock_settimeout, 0, NULL},
    {"gettimeout", sock_gettimeout, 0, NULL},
    {"shutdown", sock_shutdown, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef sock_getsets[] = {
    {"family", sock_get_family, NULL, "the socket family", NULL},
    {"type", sock_get_type, NULL, "the socket type", NULL},
    {"proto", sock_get_proto, NULL, "the socket protocol", NULL},
    {"timeout", sock_get_timeout, NULL, "the socket timeout", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

Type socket_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_socket.socket",
    .tp_basicsize = sizeof(Sock),
    .tp_flags = TPFLAG_BASETYPE,
    .tp_doc = "socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket object",
    .tp_dealloc = sock_dealloc,
    .tp_free = obj_free,
    .new_ = sock_new,
    .init = sock_init,
    .repr = sock_repr,
    .methods = sock_methods,
    .getsets = sock_getsets,
};

/* ---- module functions ------------------------------------------------------------------------ */

FN(m_socketpair) {
    static const char *const names[] = {"family", "type", "proto", NULL};
    static const ArgSpec spec = {"socketpair", names, 0, -1};
    Ref a[3];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    int family, type, proto, fds[2];
    if (!int_opt(t, a[0], AF_UNIX, &family) || !int_opt(t, a[1], SOCK_STREAM, &type) || !int_opt(t, a[2], 0, &proto))
        return REF_NULL;
    if (socketpair(family, type | SOCK_CLOEXEC, proto, fds) < 0) return raise_errno(t);
    Ref socks[2] = {REF_NULL, REF_NULL};
    for (int i = 0; i < 2; i++) {
        socks[i] = sock_new(t, &socket_type, NULL, 0, NULL);
        if (ref_is_null(socks[i])) break;
        Sock *s = SOCK(socks[i]);
        s->fd = fds[i];
        fds[i] = -1;
        s->family = family;
        s->type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
        s->proto = proto;
    }
    Object *r = ref_is_null(socks[1]) ? NULL : tuple_pack(t, 2, socks[0], socks[1]);
    for (int i = 0; i < 2; i++) {
        if (fds[i] >= 0) close(fds[i]);
        ref_close(socks[i]);
    }
    return r ? ref_from_obj(r) : REF_NULL;
}

FN(m_gethostname) {
    if (!args_none(t, "gethostname", nargs, kw)) return REF_NULL;
    char buf[256];
    if (gethostname(buf, sizeof buf) < 0) return raise_errno(t);
    buf[sizeof buf - 1] = '\0';
    return ref_from_obj(str_from_cstr(t, buf));
}

static const char *str_arg(Thread *t, Ref v, const char *fname, int argno) {
    if (!str_check(v)) {
        err_format(t, &exc_TypeError, "%s() argument %d must be str, not %T", fname, argno, v);
        return NULL;
    }
    return str_utf8(t, ref_obj(v), NULL);
}

FN(m_gethostbyname) {
    if (!args_one(t, "gethostbyname", nargs, kw)) return REF_NULL;
    const char *host = str_arg(t, args[0], "gethostbyname", 1);
    if (!host) return REF_NULL;
    struct sockaddr_storage ss;
    if (resolve_host(t, host, AF_INET, &ss) < 0) return REF_NULL;
    char buf[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, &((struct sockaddr_in *)&ss)->sin_addr, buf, sizeof buf);
    return ref_from_obj(str_from_cstr(t, buf));
}

/* getaddrinfo(host, port, family=0, type=0, proto=0, flags=0) */
FN(m_getaddrinfo) {
    static const char *const names[] = {"host", "port", "family", "type", "proto", "flags", NULL};
    static const ArgSpec spec = {"getaddrinfo", names, 2, -1};
    Ref a[6];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    const char *host = NULL, *port = NULL;
    char portbuf[32];
    if (str_check(a[0])) {
        if (!(host = str_utf8(t, ref_obj(a[0]), NULL))) return REF_NULL;
    } else if (bytes_check(a[0])) {
        host = bytes_data(ref_obj(a[0]));
    } else if (!ref_is_none(a[0])) {
        return err_set(t, &exc_TypeError, "getaddrinfo() argument 1 must be string or None");
    }
    if (int_check(a[1])) {
        int64_t p = int_as_i64(t, a[1]);
        if (p == -1 && err_occurred(t)) return REF_NULL;
        snprintf(portbuf, sizeof portbuf, "%lld", (long long)p);
        port = portbuf;
    } else if (str_check(a[1])) {
        if (!(port = str_utf8(t, ref_obj(a[1]), NULL))) return REF_NULL;
    } else if (bytes_check(a[1])) {
        port = bytes_data(ref_obj(a[1]));
    } else if (!ref_is_none(a[1])) {
        return err_set(t, &exc_OSError, "Int or String expected");
    }
    int family, type, proto, flags;
    if (!int_opt(t, a[2], 0, &family) || !int_opt(t, a[3], 0, &type) || !int_opt(t, a[4], 0, &proto) ||
        !int_opt(t, a[5], 0, &flags))
        return REF_NULL;
    struct addrinfo hints = {.ai_family = family, .ai_socktype = type, .ai_protocol = proto, .ai_flags = flags};
    struct addrinfo *res = NULL;
    int rc;
    thread_release(t);
    rc = getaddrinfo(host, port, &hints, &res);
    thread_reacquire(t);
    if (rc != 0) return raise_gai(t, rc);
    Object *list = list_new(t, 0);
    for (struct addrinfo *ai = res; list && ai; ai = ai->ai_next) {
        Ref addr = make_sockaddr(t, ai->ai_addr, ai->ai_addrlen);
        Object *canon = str_from_cstr(t, ai->ai_canonname ? ai->ai_canonname : "");
        Object *item = ref_is_null(addr) || !canon ? NULL
                       : tuple_pack(t, 5, ref_from_int(ai->ai_family), ref_from_int(ai->ai_socktype),
                                    ref_from_int(ai->ai_protocol), ref_from_obj(canon), addr);
        ref_close(addr);
        obj_xdecref(canon);
        if (!item || list_append_steal(t, list, ref_from_obj(item)) < 0) {
            obj_decref(list);
            list = NULL;
        }
    }
    freeaddrinfo(res);
    return list ? ref_from_obj(list) : REF_NULL;
}

FN(m_inet_aton) {
    if (!args_one(t, "inet_aton", nargs, kw)) return REF_NULL;
    const char *s = str_arg(t, args[0], "inet_aton", 1);
    if (!s) return REF_NULL;
    struct in_addr a;
    if (inet_aton(s, &a) == 0) return err_set(t, &exc_OSError, "illegal IP address string passed to inet_aton");
    return ref_from_obj(bytes_from(t, &a, 4));
}

FN(m_inet_ntoa) {
    if (!args_one(t, "inet_ntoa", nargs, kw)) return REF_NULL;
    ByteView v;
    if (!bytes_view_or_error(t, args[0], &v)) return REF_NULL;
    if (v.len != 4) return err_set(t, &exc_OSError, "packed IP wrong length for inet_ntoa");
    char buf[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, v.data, buf, sizeof buf);
    return ref_from_obj(str_from_cstr(t, buf));
}

FN(m_inet_pton) {
    if (!args_no_kw(t, "inet_pton", kw) || !args_count(t, "inet_pton", nargs, NULL, 2, 2)) return REF_NULL;
    int family;
    if (!int_opt(t, args[0], 0, &family)) return REF_NULL;
    const char *s = str_arg(t, args[1], "inet_pton", 2);
    if (!s) return REF_NULL;
    unsigned char buf[16];
    int rc = inet_pton(family, s, buf);
    if (rc < 0) return raise_errno(t);
    if (rc == 0) return err_set(t, &exc_OSError, "illegal IP address string passed to inet_pton");
    return ref_from_obj(bytes_from(t, buf, family == AF_INET ? 4 : 16));
}

FN(m_inet_ntop) {
    if (!args_no_kw(t, "inet_ntop", kw) || !args_count(t, "inet_ntop", nargs, NULL, 2, 2)) return REF_NULL;
    int family;
    if (!int_opt(t, args[0], 0, &family)) return REF_NULL;
    ByteView v;
    if (!bytes_view_or_error(t, args[1], &v)) return REF_NULL;
    if (family == AF_INET && v.len != 4) return err_set(t, &exc_ValueError, "invalid length of packed IP address string");
    if (family == AF_INET6 && v.len != 16) return err_set(t, &exc_ValueError, "invalid length of packed IP address string");
    if (family != AF_INET && family != AF_INET6) return err_format(t, &exc_ValueError, "unknown address family %d", family);
    char buf[INET6_ADDRSTRLEN];
    if (!inet_ntop(family, v.data, buf, sizeof buf)) return raise_errno(t);
    return ref_from_obj(str_from_cstr(t, buf));
}

/* htons/ntohs/htonl/ntohl: CPython's range checks and messages. */
static Ref byteswap(Thread *t, Ref v, const char *fname, bool wide) {
    if (!int_check(v)) return err_format(t, &exc_TypeError, "'%T' object cannot be interpreted as an integer", v);
    int overflow = 0;
    int64_t x = int_as_i64_overflow(v, &overflow);
    if (overflow < 0 || (overflow == 0 && x < 0)) {
        if (wide) return err_set(t, &exc_OverflowError, "can't convert negative value to unsigned int");
        return err_format(t, &exc_OverflowError, "%s: can't convert negative Python int to C 16-bit unsigned integer", fname);
    }
    if (!wide && (overflow > 0 || x > INT32_MAX)) return err_set(t, &exc_OverflowError, "signed integer is greater than maximum");
    if (overflow > 0 || x > (wide ? 0xFFFFFFFFLL : 0xFFFFLL)) {
        if (wide) return err_set(t, &exc_OverflowError, "int larger than 32 bits");
        return err_format(t, &exc_OverflowError, "%s: Python int too large to convert to C 16-bit unsigned integer", fname);
    }
    return wide ? int_from_i64(t, ntohl((uint32_t)x)) : ref_from_int(ntohs((uint16_t)x));
}

FN(m_htons) { return args_one(t, "htons", nargs, kw) ? byteswap(t, args[0], "htons", false) : REF_NULL; }
FN(m_ntohs) { return args_one(t, "ntohs", nargs, kw) ? byteswap(t, args[0], "ntohs", false) : REF_NULL; }
FN(m_htonl) { return args_one(t, "htonl", nargs, kw) ? byteswap(t, args[0], "htonl", true) : REF_NULL; }
FN(m_ntohl) { return args_one(t, "ntohl", nargs, kw) ? byteswap(t, args[0], "ntohl", true) : REF_NULL; }

FN(m_dup) {
    if (!args_one(t, "dup", nargs, kw)) return REF_NULL;
    int64_t fd = int_as_i64(t, args[0]);
    if (fd == -1 && err_occurred(t)) return REF_NULL;
    int nfd = fcntl((int)fd, F_DUPFD_CLOEXEC, 0);
    return nfd < 0 ? raise_errno(t) : ref_from_int(nfd);
}

FN(m_close) {
    if (!args_one(t, "close", nargs, kw)) return REF_NULL;
    int64_t fd = int_as_i64(t, args[0]);
    if (fd == -1 && err_occurred(t)) return REF_NULL;
    if (close((int)fd) < 0 && errno != ECONNRESET) return raise_errno(t);
    return REF_NONE;
}

FN(m_getservbyname) {
    if (!args_no_kw(t, "getservbyname", kw) || !args_count(t, "getservbyname", nargs, NULL, 1, 2)) return REF_NULL;
    const char *name = str_arg(t, args[0], "getservbyname", 1);
    const char *proto = nargs == 2 && name ? str_arg(t, args[1], "getservbyname", 2) : NULL;
    if (!name || (nargs == 2 && !proto)) return REF_NULL;
    struct servent *se = getservbyname(name, proto);
    if (!se) return err_set(t, &exc_OSError, "service/proto not found");
    return ref_from_int(ntohs((uint16_t)se->s_port));
}

static const MethodDef socket_functions[] = {
    {"socketpair", m_socketpair, 0, NULL},
    {"gethostname", m_gethostname, 0, NULL},
    {"gethostbyname", m_gethostbyname, 0, NULL},
    {"getaddrinfo", m_getaddrinfo, 0, NULL},
    {"inet_aton", m_inet_aton, 0, NULL},
    {"inet_ntoa", m_inet_ntoa, 0, NULL},
    {"inet_pton", m_inet_pton, 0, NULL},
    {"inet_ntop", m_inet_ntop, 0, NULL},
    {"htons", m_htons, 0, NULL},
    {"ntohs", m_ntohs, 0, NULL},
    {"htonl", m_htonl, 0, NULL},
    {"ntohl", m_ntohl, 0, NULL},
    {"dup", m_dup, 0, NULL},
    {"close", m_close, 0, NULL},
    {"getservbyname", m_getservbyname, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const struct {
    const char *name;
    int64_t value;
} socket_constants[] = {
#define C(n) {#n, n}
    C(AF_INET), C(AF_INET6), C(AF_UNIX), C(AF_UNSPEC),
    C(SOCK_STREAM), C(SOCK_DGRAM), C(SOCK_RAW), C(SOCK_SEQPACKET), C(SOCK_NONBLOCK), C(SOCK_CLOEXEC),
    C(SOL_SOCKET), C(SO_REUSEADDR), C(SO_REUSEPORT), C(SO_KEEPALIVE), C(SO_BROADCAST), C(SO_ERROR),
    C(SO_TYPE), C(SO_RCVBUF), C(SO_SNDBUF), C(SO_LINGER), C(SO_RCVLOWAT), C(SO_SNDLOWAT), C(SO_DOMAIN),
    C(SO_PROTOCOL), C(SO_ACCEPTCONN), C(SOMAXCONN),
    C(IPPROTO_IP), C(IPPROTO_TCP), C(IPPROTO_UDP), C(IPPROTO_IPV6), C(IPPROTO_ICMP), C(IPPROTO_RAW),
    C(IP_TTL), C(IP_TOS), C(IP_MULTICAST_TTL), C(IP_MULTICAST_LOOP), C(IPV6_V6ONLY),
    C(TCP_NODELAY), C(TCP_KEEPIDLE), C(TCP_KEEPINTVL), C(TCP_KEEPCNT), C(TCP_MAXSEG),
    C(SHUT_RD), C(SHUT_WR), C(SHUT_RDWR),
    C(MSG_PEEK), C(MSG_DONTWAIT), C(MSG_WAITALL), C(MSG_OOB), C(MSG_TRUNC), C(MSG_NOSIGNAL),
    C(AI_PASSIVE), C(AI_CANONNAME), C(AI_NUMERICHOST), C(AI_NUMERICSERV), C(AI_ADDRCONFIG),
    C(AI_V4MAPPED), C(AI_ALL),
    C(NI_NUMERICHOST), C(NI_NUMERICSERV), C(NI_NAMEREQD), C(NI_DGRAM), C(NI_NOFQDN),
    C(NI_MAXHOST), C(NI_MAXSERV),
    C(EAI_AGAIN), C(EAI_BADFLAGS), C(EAI_FAIL), C(EAI_FAMILY), C(EAI_MEMORY), C(EAI_NONAME),
    C(EAI_SERVICE), C(EAI_SOCKTYPE), C(EAI_SYSTEM), C(EAI_OVERFLOW),
#undef C
    {"INADDR_ANY", INADDR_ANY},
    {"INADDR_LOOPBACK", INADDR_LOOPBACK},
    {"INADDR_NONE", INADDR_NONE},
};

static void socket_ready_types(void) {
    Thread *t = thread_current();
    if (!t) return;
    Ref saved = err_fetch(t);
    type_ready(t, &socket_type);
    type_ready(t, &exc_SocketHerror);
    type_ready(t, &exc_SocketGaierror);
    err_clear(t);
    err_restore(t, saved);
}

Object *socket_module_create(Thread *t) {
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, socket_ready_types);
    if (!type_has_flag(&socket_type, TPFLAG_READY)) {
        err_set(t, &exc_SystemError, "cannot initialize the socket types");
        return NULL;
    }
    Object *m = module_new_cstr(t, "_socket");
    if (!m) return NULL;
    int rc = module_add_functions(t, m, socket_functions);
    if (rc == 0) rc = module_add_ref(t, m, "socket", ref_immortal(&socket_type));
    if (rc == 0) rc = module_add_ref(t, m, "SocketType", ref_immortal(&socket_type));
    if (rc == 0) rc = module_add_ref(t, m, "error", ref_immortal(&exc_OSError));
    if (rc == 0) rc = module_add_ref(t, m, "timeout", ref_immortal(&exc_TimeoutError));
    if (rc == 0) rc = module_add_ref(t, m, "herror", ref_immortal(&exc_SocketHerror));
    if (rc == 0) rc = module_add_ref(t, m, "gaierror", ref_immortal(&exc_SocketGaierror));
    if (rc == 0) rc = module_add_ref(t, m, "has_ipv6", REF_TRUE);
    for (size_t i = 0; rc == 0 && i < sizeof socket_constants / sizeof socket_constants[0]; i++) {
        rc = module_add_ref(t, m, socket_constants[i].name, ref_from_int(socket_constants[i].value));
    }
    if (rc < 0) {
        obj_decref(m);
        return NULL;
    }
    return m;
}
