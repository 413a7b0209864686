/* io.FileIO: unbuffered binary I/O on a file descriptor (see io.h). */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "modules/io.h"
#include "spry.h"

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)

typedef struct FileIO {
    Object ob;
    int fd;                    /* -1 when closed */
    bool created, readable, writable, appending, closefd;
    signed char seekable;      /* -1: not known yet */
    Ref name;                  /* the `file` argument (str, bytes or int), or REF_NULL */
} FileIO;

#define FIO(r) ((FileIO *)ref_obj(r))

static Ref err_closed(Thread *t) { return err_set(t, &exc_ValueError, "I/O operation on closed file"); }
static Ref err_mode(Thread *t, const char *action) {
    return err_format(t, &exc_UnsupportedOperation, "File not open for %s", action);
}

static Ref fileio_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kw) {
    Object *o = obj_alloc(t, type, (size_t)type->tp_basicsize);
    if (!o) return REF_NULL;
    FileIO *f = (FileIO *)o;
    f->fd = -1;
    f->seekable = -1;
    f->closefd = true;
    if (type_has_flag(type, TPFLAG_HAVE_GC)) gc_track(o);
    return ref_from_obj(o);
}

/* The path bytes (NUL-terminated) of a str/bytes/PathLike argument, in *holder (owned). */
static const char *path_of(Thread *t, Ref file, Ref *holder) {
    Ref p = ref_dup(file);
    if (!str_check(p) && !bytes_check(p)) {
        Object *fsname = str_intern_cstr(t, "__fspath__");
        if (!fsname) {
            ref_close(p);
            return NULL;
        }
        Ref fs = obj_lookup_special(t, p, fsname);
        obj_decref(fsname);
        if (ref_is_null(fs)) {
            if (!err_occurred(t))
                err_format(t, &exc_TypeError, "expected str, bytes or os.PathLike object, not %T", p);
            ref_close(p);
            return NULL;
        }
        Ref r = obj_call0(t, fs);
        ref_close(fs);
        if (ref_is_null(r)) {
            ref_close(p);
            return NULL;
        }
        if (!str_check(r) && !bytes_check(r)) {
            err_format(t, &exc_TypeError, "expected %T.__fspath__() to return str or bytes, not %T", p, r);
            ref_close(r);
            ref_close(p);
            return NULL;
        }
        ref_close(p);
        p = r;
    }
    const char *s;
    intptr_t len;
    if (str_check(p)) {
        s = str_utf8(t, ref_obj(p), &len);
        if (!s) {
            ref_close(p);
            return NULL;
        }
    } else {
        s = bytes_data(ref_obj(p));
        len = bytes_size(ref_obj(p));
    }
    if ((intptr_t)strlen(s) != len) {
        err_set(t, &exc_ValueError, "embedded null byte");
        ref_close(p);
        return NULL;
    }
    *holder = p;
    return s;
}

static int fileio_setup(Thread *t, FileIO *f, Ref file, const char *mode, bool closefd, Ref opener) {
    if (f->fd >= 0) {
        if (f->closefd) close(f->fd);
        f->fd = -1;
    }
    if (ref_is_obj(file) && ref_type_is(file, &float_type)) {
        err_set(t, &exc_TypeError, "integer argument expected, got float");
        return -1;
    }
    int fd = -1;
    bool is_fd = int_check(file);
    if (is_fd) {
        int64_t v = int_as_i64(t, file);
        if (v == -1 && err_occurred(t)) return -1;
        if (v < 0) {
            err_set(t, &exc_ValueError, "negative file descriptor");
            return -1;
        }
        if (v > 0x7fffffff) {
            err_set(t, &exc_OverflowError, "signed integer is greater than maximum");
            return -1;
        }
        fd = (int)v;
    }
    bool rwa = false, plus = false;
    f->created = f->readable = f->writable = f->appending = false;
    int flags = 0;
    for (const char *p = mode; *p; p++) {
        switch (*p) {
        case 'x': case 'r': case 'w': case 'a':
            if (rwa) goto bad_mode;
            rwa = true;
            if (*p == 'x') {
                f->created = f->writable = true;
                flags |= O_EXCL | O_CREAT;
            } else if (*p == 'r') {
                f->readable = true;
            } else if (*p == 'w') {
                f->writable = true;
                flags |= O_CREAT | O_TRUNC;
            } else {
                f->writable = f->appending = true;
                flags |= O_APPEND | O_CREAT;
            }
            break;
        case 'b':
            break;
        case '+':
            if (plus) goto bad_mode;
            f->readable = f->writable = plus = true;
            break;
        default:
            err_format(t, &exc_ValueError, "invalid mode: %s", mode);
            return -1;
        }
    }
    if (!rwa) goto bad_mode;
    flags |= f->readable && f->writable ? O_RDWR : f->readable ? O_RDONLY : O_WRONLY;
    flags |= O_CLOEXEC;

    if (!is_fd) {
        if (!closefd) {
            err_set(t, &exc_ValueError, "Cannot use closefd=False with file name");
            return -1;
        }
        Ref holder = REF_NULL;
        const char *path = path_of(t, file, &holder);
        if (!path) return -1;
        if (ref_is_none(opener)) {
            do fd = open(path, flags, 0666);
            while (fd < 0 && errno == EINTR);
            if (fd < 0) {
                int e = errno;
                ref_close(holder);
                io_oserror(t, e, file);
                return -1;
            }
        } else {
            Ref fl = ref_from_int(flags);
            Ref r = obj_call2(t, opener, file, fl);
            if (ref_is_null(r)) {
                ref_close(holder);
                return -1;
            }
            if (!int_check(r)) {
                ref_close(r);
                ref_close(holder);
                err_set(t, &exc_TypeError, "expected integer from opener");
                return -1;
            }
            int64_t v = int_as_i64(t, r);
            ref_close(r);
            if (v == -1 && err_occurred(t)) {
                ref_close(holder);
                return -1;
            }
            if (v < 0) {
                ref_close(holder);
                err_format(t, &exc_ValueError, "opener returned %d", (int)v);
                return -1;
            }
            fd = (int)v;
        }
        ref_close(holder);
    }
    f->fd = fd;
    f->closefd = closefd;
    f->seekable = -1;
    struct stat st;
    if (fstat(fd, &st) < 0) {
        int e = errno;
        if (!is_fd || closefd) close(fd);
        f->fd = -1;
        io_oserror(t, e, REF_NULL);
        return -1;
    }
    if (S_ISDIR(st.st_mode)) {
        if (!is_fd || closefd) close(fd);
        f->fd = -1;
        io_oserror(t, EISDIR, file);
        return -1;
    }
    REF_SETREF(f->name, ref_dup(file));
    if (f->appending) lseek(fd, 0, SEEK_END);
    return 0;
bad_mode:
    err_set(t, &exc_ValueError,
            "Must have exactly one of create/read/write/append mode and at most one plus");
    return -1;
}

static int fileio_init(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    static const char *const names[] = {"file", "mode", "closefd", "opener", NULL};
    static const ArgSpec spec = {"FileIO", names, 1, -1};
    Ref a[4];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return -1;
    const char *mode = "r";
    if (!ref_is_null(a[1])) {
        if (!str_check(a[1])) {
            err_format(t, &exc_TypeError, "FileIO() argument 'mode' must be str, not %T", a[1]);
            return -1;
        }
        mode = str_utf8(t, ref_obj(a[1]), NULL);
        if (!mode) return -1;
    }
    bool closefd = true;
    if (!ref_is_null(a[2])) {
        int c = obj_truthy(t, a[2]);
        if (c < 0) return -1;
        closefd = c;
    }
    return fileio_setup(t, FIO(self), a[0], mode, closefd, ref_is_null(a[3]) ? REF_NONE : a[3]);
}

Ref fileio_open(Thread *t, Ref file, const char *mode, bool closefd, Ref opener) {
    Ref f = fileio_new(t, &fileio_type, NULL, 0, NULL);
    if (ref_is_null(f)) return REF_NULL;
    if (fileio_setup(t, FIO(f), file, mode, closefd, opener) < 0) {
        ref_close(f);
        return REF_NULL;
    }
    return f;
}

static int do_close(Thread *t, FileIO *f) {
    int fd = f->fd;
    f->fd = -1;
    if (fd >= 0 && f->closefd && close(fd) < 0 && errno != EINTR) {
        io_oserror(t, errno, REF_NULL);
        return -1;
    }
    return 0;
}

static void fileio_dealloc(Object *o) {
    FileIO *f = (FileIO *)o;
    if (f->fd >= 0 && f->closefd) close(f->fd);
    f->fd = -1;
    ref_close(f->name);
    o->ob_type->tp_free(o);
}

#define CHECK_OPEN(f)                                                                      \
    if ((f)->fd < 0) return err_closed(t)

FN(fileio_read) {
    if (!args_count(t, "read", nargs, kw, 0, 1)) return REF_NULL;
    FileIO *f = FIO(self);
    CHECK_OPEN(f);
    if (!f->readable) return err_mode(t, "reading");
    intptr_t n = -1;
    if (nargs && !io_size_arg(t, args[0], &n)) return REF_NULL;
    if (n < 0) return io_call(t, self, "readall", NULL, 0);
    Object *b = bytes_new_uninit(t, n);
    if (!b) return REF_NULL;
    ssize_t got;
    EVAL_BLOCKING_CALL(t, got, read(f->fd, bytes_data(b), (size_t)n));
    if (got < 0) {
        int e = errno;
        obj_decref(b);
        if (err_occurred(t)) return REF_NULL;
        if (e == EAGAIN) return REF_NONE;
        return io_oserror(t, e, REF_NULL);
    }
    if (got == n) return ref_from_obj(b);
    Object *r = bytes_from(t, bytes_data(b), got);
    obj_decref(b);
    return ref_from_obj(r);
}

FN(fileio_readall) {
    if (!args_none(t, "readall", nargs, kw)) return REF_NULL;
    FileIO *f = FIO(self);
    CHECK_OPEN(f);
    if (!f->readable) return err_mode(t, "reading");
    BytesBuf buf;
    bytes_buf_init(&buf);
    struct stat st;
    intptr_t chunk = IO_DEFAULT_BUFFER_SIZE;
    if (fstat(f->fd, &st) == 0 && S_ISREG(st.st_mode)) {
        off_t pos = lseek(f->fd, 0, SEEK_CUR);
        if (pos >= 0 && st.st_size > pos) chunk = (intptr_t)(st.st_size - pos) + 1;
    }
    for (;;) {
        if (!bytes_buf_reserve(t, &buf, chunk)) return REF_NULL;
        ssize_t got;
        EVAL_BLOCKING_CALL(t, got, read(f->fd, buf.data + buf.len, (size_t)(buf.cap - buf.len)));
        if (got < 0) {
            int e = errno;
            if (err_occurred(t)) {
                bytes_buf_discard(&buf);
                return REF_NULL;
            }
            if (e == EAGAIN) {
                if (buf.len) break;
                bytes_buf_discard(&buf);
                return REF_NONE;
            }
            bytes_buf_discard(&buf);
            return io_oserror(t, e, REF_NULL);
        }
        if (got == 0) break;
        buf.len += got;
        chunk = IO_DEFAULT_BUFFER_SIZE;
    }
    return ref_from_obj(bytes_buf_finish(t, &buf));
}

FN(fileio_readinto) {
    if (!args_one(t, "readinto", nargs, kw)) return REF_NULL;
    FileIO *f = FIO(self);
    CHECK_OPEN(f);
    if (!f->readable) return err_mode(t, "reading");
    Ref target = args[0];
    if (bytearray_check(target)) {
        intptr_t n = bytearray_size(ref_obj(target));
        ssize_t got;
        do got = read(f->fd, bytearray_data(ref_obj(target)), (size_t)n);
        while (got < 0 && errno == EINTR);
        if (got < 0) return errno == EAGAIN ? REF_NONE : io_oserror(t, errno, REF_NULL);
        return ref_from_int(got);
    }
    ByteView v;
    if (bytes_check(target) || !bytes_view(target, &v))
        return err_format(t, &exc_TypeError, "readinto() argument must be read-write bytes-like object, not %T", target);
    intptr_t n = v.len;
    Ref data = fileio_read(t, self, (Ref[]){ref_from_int(n)}, 1, NULL);
    if (ref_is_null(data) || ref_is_none(data)) return data;
    intptr_t got = bytes_size(ref_obj(data));
    Object *sl = slice_new(t, ref_from_int(0), ref_from_int(got), REF_NULL);
    int rc = sl ? obj_setitem(t, target, ref_from_obj(sl), data) : -1;
    obj_xdecref(sl);
    ref_close(data);
    return rc < 0 ? REF_NULL : ref_from_int(got);
}

FN(fileio_write) {
    if (!args_one(t, "write", nargs, kw)) return REF_NULL;
    FileIO *f = FIO(self);
    CHECK_OPEN(f);
    if (!f->writable) return err_mode(t, "writing");
    ByteView v;
    if (!bytes_view_or_error(t, args[0], &v)) return REF_NULL;
    ssize_t n;
    EVAL_BLOCKING_CALL(t, n, write(f->fd, v.data, (size_t)v.len));
    if (n < 0 && err_occurred(t)) return REF_NULL;
    if (n < 0) return errno == EAGAIN ? REF_NONE : io_oserror(t, errno, REF_NULL);
    return ref_from_int(n);
}

static bool off_arg(Thread *t, Ref v, int64_t *out) {
    if (ref_is_obj(v) && ref_type_is(v, &float_type)) {
        err_set(t, &exc_TypeError, "an integer is required");
        return false;
    }
    Ref i = obj_index(t, v);
    if (ref_is_null(i)) return false;
    *out = int_as_i64(t, i);
    ref_close(i);
    return !(*out == -1 && err_occurred(t));
}

FN(fileio_seek) {
    if (!args_count(t, "seek", nargs, kw, 1, 2)) return REF_NULL;
    FileIO *f = FIO(self);
    CHECK_OPEN(f);
    int64_t pos, whence = 0;
    if (!off_arg(t, args[0], &pos)) return REF_NULL;
    if (nargs > 1 && !off_arg(t, args[1], &whence)) return REF_NULL;
    off_t r = lseek(f->fd, (off_t)pos, (int)whence);
    if (r < 0) return io_oserror(t, errno, REF_NULL);
    if (f->seekable < 0) f->seekable = 1;
    return int_from_i64(t, r);
}

FN(fileio_tell) {
    if (!args_none(t, "tell", nargs, kw)) return REF_NULL;
    FileIO *f = FIO(self);
    CHECK_OPEN(f);
    off_t r = lseek(f->fd, 0, SEEK_CUR);
    if (r < 0) return io_oserror(t, errno, REF_NULL);
    return int_from_i64(t, r);
}

FN(fileio_truncate) {
    if (!args_count(t, "truncate", nargs, kw, 0, 1)) return REF_NULL;
    FileIO *f = FIO(self);
    CHECK_OPEN(f);
    if (!f->writable) return err_mode(t, "writing");
    int64_t size;
    if (nargs == 0 || ref_is_none(args[0])) {
        off_t r = lseek(f->fd, 0, SEEK_CUR);
        if (r < 0) return io_oserror(t, errno, REF_NULL);
        size = r;
    } else if (!off_arg(t, args[0], &size)) {
        return REF_NULL;
    }
    if (ftruncate(f->fd, (off_t)size) < 0) return io_oserror(t, errno, REF_NULL);
    return int_from_i64(t, size);
}

FN(fileio_seekable) {
    if (!args_none(t, "seekable", nargs, kw)) return REF_NULL;
    FileIO *f = FIO(self);
    CHECK_OPEN(f);
    if (f->seekable < 0) f->seekable = lseek(f->fd, 0, SEEK_CUR) >= 0;
    return ref_from_bool(f->seekable);
}

FN(fileio_readable) {
    if (!args_none(t, "readable", nargs, kw)) return REF_NULL;
    CHECK_OPEN(FIO(self));
    return ref_from_bool(FIO(self)->readable);
}

FN(fileio_writable) {
    if (!args_none(t, "writable", nargs, kw)) return REF_NULL;
    CHECK_OPEN(FIO(self));
    return ref_from_bool(FIO(self)->writable);
}

FN(fileio_fileno) {
    if (!args_none(t, "fileno", nargs, kw)) return REF_NULL;
    CHECK_OPEN(FIO(self));
    return ref_from_int(FIO(self)->fd);
}

FN(fileio_isatty) {
    if (!args_none(t, "isatty", nargs, kw)) return REF_NULL;
    CHECK_OPEN(FIO(self));
    return ref_from_bool(isatty(FIO(self)->fd));
}

FN(fileio_close) {
    if (!args_none(t, "close", nargs, kw)) return REF_NULL;
    FileIO *f = FIO(self);
    if (f->fd < 0) return REF_NONE;
    /* A Python subclass may override flush(): call it as _IOBase.close does. */
    Ref r = REF_NONE;
    if (ref_type(self) != &fileio_type) r = io_call(t, self, "flush", NULL, 0);
    Ref saved = err_fetch(t);
    int rc = do_close(t, f);
    if (!ref_is_null(saved)) {
        err_restore(t, saved);
        return REF_NULL;
    }
    ref_close(r);
    return rc < 0 ? REF_NULL : REF_NONE;
}

bool fileio_is_closed(Ref fileio) { return FIO(fileio)->fd < 0; }

static Ref fileio_get_closed(Thread *t, Ref self, void *c) { return ref_from_bool(fileio_is_closed(self)); }
static Ref fileio_get_closefd(Thread *t, Ref self, void *c) { return ref_from_bool(FIO(self)->closefd); }

static const char *mode_string(FileIO *f) {
    if (f->created) return f->readable ? "xb+" : "xb";
    if (f->appending) return f->readable ? "ab+" : "ab";
    if (f->readable) return f->writable ? "rb+" : "rb";
    return "wb";
}

static Ref fileio_get_mode(Thread *t, Ref self, void *c) {
    return ref_from_obj(str_from_cstr(t, mode_string(FIO(self))));
}

static Ref fileio_get_name(Thread *t, Ref self, void *c) {
    Ref n = FIO(self)->name;
    if (ref_is_null(n)) return err_set(t, &exc_AttributeError, "'_io.FileIO' object has no attribute 'name'");
    return ref_dup(n);
}

static int fileio_set_name(Thread *t, Ref self, Ref value, void *c) {
    REF_SETREF(FIO(self)->name, ref_is_null(value) ? REF_NULL : ref_dup(value));
    return 0;
}

static Ref fileio_repr(Thread *t, Ref self) {
    FileIO *f = FIO(self);
    const char *tn = ref_type(self)->tp_name;
    if (f->fd < 0) return ref_from_obj(str_from_format(t, "<%s [closed]>", tn));
    if (ref_is_null(f->name))
        return ref_from_obj(str_from_format(t, "<%s fd=%d mode='%s' closefd=%s>", tn, f->fd,
                                            mode_string(f), f->closefd ? "True" : "False"));
    if (!rec_enter(t, " while getting the repr of an object")) return REF_NULL;
    Object *s = str_from_format(t, "<%s name=%R mode='%s' closefd=%s>", tn, f->name, mode_string(f),
                                f->closefd ? "True" : "False");
    rec_leave(t);
    return ref_from_obj(s);
}

static const MethodDef fileio_methods[] = {
    {"read", fileio_read, 0, NULL},
    {"readall", fileio_readall, 0, NULL},
    {"readinto", fileio_readinto, 0, NULL},
    {"write", fileio_write, 0, NULL},
    {"seek", fileio_seek, 0, NULL},
    {"tell", fileio_tell, 0, NULL},
    {"truncate", fileio_truncate, 0, NULL},
    {"close", fileio_close, 0, NULL},
    {"seekable", fileio_seekable, 0, NULL},
    {"readable", fileio_readable, 0, NULL},
    {"writable", fileio_writable, 0, NULL},
    {"fileno", fileio_fileno, 0, NULL},
    {"isatty", fileio_isatty, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef fileio_getsets[] = {
    {"closed", fileio_get_closed, NULL, "True if the file is closed", NULL},
    {"closefd", fileio_get_closefd, NULL, "True if the file descriptor will be closed by close().", NULL},
    {"mode", fileio_get_mode, NULL, "String giving the file mode", NULL},
    {"name", fileio_get_name, fileio_set_name, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

Type fileio_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_io.FileIO",
    .tp_basicsize = sizeof(FileIO),
    .tp_flags = TPFLAG_BASETYPE,
    .tp_doc = "Open a file.",
    .tp_base = &rawiobase_type,
    .tp_dealloc = fileio_dealloc,
    .tp_free = obj_free,
    .new_ = fileio_new,
    .init = fileio_init,
    .repr = fileio_repr,
    .methods = fileio_methods,
    .getsets = fileio_getsets,
};
