/* The posix module: the operating-system calls under os.py (files, directories, stat,
 * descriptors). Processes, environment and system information are in
 * posixmodule_proc.c. Paths are str (encoded UTF-8 with surrogateescape), bytes, or
 * os.PathLike; OSErrors carry the argument object as filename, as CPython's do. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/types.h>
#include <unistd.h>

#include "modules/modules.h"
#include "modules/posixmodule.h"
#include "objects/structseq.h"
#include "spry.h"

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)

/* ---- stat_result ------------------------------------------------------------------------
 * A struct sequence of 10 visible items (st_mode .. st_size, then the integer times) with
 * nine more named-only fields stored past ob_size: the float times, the _ns times,
 * st_blksize, st_blocks and st_rdev. The dealloc releases the hidden ones. */
#define STAT_VISIBLE 10
#define STAT_TOTAL 19
static const MemberDef stat_result_fields[] = {
    STRUCTSEQ_FIELD(0, "st_mode", "protection bits"), STRUCTSEQ_FIELD(1, "st_ino", "inode"),
    STRUCTSEQ_FIELD(2, "st_dev", "device"), STRUCTSEQ_FIELD(3, "st_nlink", "number of hard links"),
    STRUCTSEQ_FIELD(4, "st_uid", "user ID of owner"), STRUCTSEQ_FIELD(5, "st_gid", "group ID of owner"),
    STRUCTSEQ_FIELD(6, "st_size", "total size, in bytes"),
    STRUCTSEQ_FIELD(10, "st_atime", "time of last access"),
    STRUCTSEQ_FIELD(11, "st_mtime", "time of last modification"),
    STRUCTSEQ_FIELD(12, "st_ctime", "time of last change"),
    STRUCTSEQ_FIELD(13, "st_atime_ns", "time of last access in nanoseconds"),
    STRUCTSEQ_FIELD(14, "st_mtime_ns", "time of last modification in nanoseconds"),
    STRUCTSEQ_FIELD(15, "st_ctime_ns", "time of last change in nanoseconds"),
    STRUCTSEQ_FIELD(16, "st_blksize", "blocksize for filesystem I/O"),
    STRUCTSEQ_FIELD(17, "st_blocks", "number of blocks allocated"),
    STRUCTSEQ_FIELD(18, "st_rdev", "device type (if inode device)"),
    {NULL, 0, 0, 0, NULL}};

static void stat_result_dealloc(Object *o) {
    /* every instance is allocated with STAT_TOTAL items (stat_result_from, the new slot) */
    for (int i = STAT_VISIBLE; i < STAT_TOTAL; i++) ref_close(tuple_items(o)[i]);
    tuple_type.tp_dealloc(o);
}

static Ref stat_result_new_slot(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kw) {
    if (!args_count(t, type->tp_name, nargs, kw, 1, 2)) return REF_NULL;
    Object *seq = tuple_from_iterable(t, args[0]);
    if (!seq) return REF_NULL;
    intptr_t n = tuple_size(seq);
    if (n < STAT_VISIBLE || n > STAT_TOTAL) {
        if (n < STAT_VISIBLE)
            err_format(t, &exc_TypeError, "os.stat_result() takes an at least 10-sequence (%zd-sequence given)", n);
        else
            err_format(t, &exc_TypeError, "os.stat_result() takes an at most 19-sequence (%zd-sequence given)", n);
        obj_decref(seq);
        return REF_NULL;
    }
    Object *o = obj_alloc_var(t, type, STAT_TOTAL);
    if (!o) {
        obj_decref(seq);
        return REF_NULL;
    }
    for (intptr_t i = 0; i < STAT_TOTAL; i++) {
        Ref v = i < n ? tuple_get(seq, i) : REF_NONE;
        if (i >= 10 && i <= 12 && i >= n) v = tuple_get(seq, i - 3);
        tuple_items(o)[i] = ref_dup(v);
    }
    ((VarObject *)o)->ob_size = STAT_VISIBLE;
    obj_decref(seq);
    gc_track(o);
    return ref_from_obj(o);
}

/* STRUCTSEQ_TYPE_INIT spelled out, with this type's dealloc and constructor */
Type posix_stat_result_type = {TYPE_HEAD_INIT, .tp_name = "os.stat_result", .tp_basicsize = sizeof(Tuple),
                               .tp_itemsize = sizeof(Ref), .tp_base = &tuple_type, .repr = structseq_repr,
                               .tp_flags = TPFLAG_HAVE_GC | TPFLAG_TUPLE_SUBCLASS, .new_ = stat_result_new_slot,
                               .members = stat_result_fields, .tp_dealloc = stat_result_dealloc};

static Ref time_float(Thread *t, struct timespec ts) {
    return float_from_double(t, (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9);
}

static Ref time_ns(Thread *t, struct timespec ts) {
    Ref s = int_from_i64(t, (int64_t)ts.tv_sec), g = ref_from_int(1000000000);
    if (ref_is_null(s)) return REF_NULL;
    Ref m = int_mul(t, s, g);
    ref_close(s);
    if (ref_is_null(m)) return REF_NULL;
    Ref r = int_add(t, m, ref_from_int(ts.tv_nsec));
    ref_close(m);
    return r;
}

Ref posix_stat_result_from(Thread *t, const struct stat *st) {
    Object *o = obj_alloc_var(t, &posix_stat_result_type, STAT_TOTAL);
    if (!o) return REF_NULL;
    Ref *it = tuple_items(o);
    for (int i = 0; i < STAT_TOTAL; i++) it[i] = REF_NONE;
    ((VarObject *)o)->ob_size = STAT_VISIBLE;
    it[0] = ref_from_int(st->st_mode);
    it[1] = int_from_u64(t, (uint64_t)st->st_ino);
    it[2] = int_from_u64(t, (uint64_t)st->st_dev);
    it[3] = int_from_u64(t, (uint64_t)st->st_nlink);
    it[4] = ref_from_int(st->st_uid);
    it[5] = ref_from_int(st->st_gid);
    it[6] = int_from_i64(t, (int64_t)st->st_size);
    it[7] = int_from_i64(t, (int64_t)st->st_atim.tv_sec);
    it[8] = int_from_i64(t, (int64_t)st->st_mtim.tv_sec);
    it[9] = int_from_i64(t, (int64_t)st->st_ctim.tv_sec);
    it[10] = time_float(t, st->st_atim);
    it[11] = time_float(t, st->st_mtim);
    it[12] = time_float(t, st->st_ctim);
    it[13] = time_ns(t, st->st_atim);
    it[14] = time_ns(t, st->st_mtim);
    it[15] = time_ns(t, st->st_ctim);
    it[16] = int_from_i64(t, (int64_t)st->st_blksize);
    it[17] = int_from_i64(t, (int64_t)st->st_blocks);
    it[18] = int_from_u64(t, (uint64_t)st->st_rdev);
    bool bad = false;
    for (int i = 0; i < STAT_TOTAL; i++)
        if (ref_is_null(it[i])) {
            it[i] = REF_NONE;
            bad = true;
        }
    gc_track(o);
    if (bad) {
        obj_decref(o);
        return REF_NULL;
    }
    return ref_from_obj(o);
}

/* ---- paths and errors ------------------------------------------------------------------ */

Ref posix_fspath(Thread *t, Ref p) {
    if (str_check(p) || bytes_check(p)) return ref_dup(p);
    Object *fsname = str_intern_cstr(t, "__fspath__");
    if (!fsname) return REF_NULL;
    Ref fs = obj_lookup_special(t, p, fsname);
    obj_decref(fsname);
    if (ref_is_null(fs)) {
        if (!err_occurred(t)) err_format(t, &exc_TypeError, "expected str, bytes or os.PathLike object, not %T", p);
        return REF_NULL;
    }
    Ref r = obj_call0(t, fs);
    ref_close(fs);
    if (ref_is_null(r)) return REF_NULL;
    if (!str_check(r) && !bytes_check(r)) {
        err_format(t, &exc_TypeError, "expected %T.__fspath__() to return str or bytes, not %T", p, r);
        ref_close(r);
        return REF_NULL;
    }
    return r;
}

bool posix_path_convert(Thread *t, const char *fname, const char *argname, Ref v, int flags, PathArg *p) {
    memset(p, 0, sizeof *p);
    p->obj = v;
    p->fd = -1;
    if ((flags & PATH_NULLABLE) && (ref_is_null(v) || ref_is_none(v))) {
        p->narrow = ".";
        return true;
    }
    if ((flags & PATH_ALLOW_FD) && int_check(v)) {
        intptr_t fd;
        if (!arg_ssize(t, v, &fd)) return false;
        if (fd < INT_MIN || fd > INT_MAX) {
            err_format(t, &exc_OverflowError, "fd is greater than maximum");
            return false;
        }
        p->fd = (int)fd;
        return true;
    }
    Ref c = REF_NULL;
    if (str_check(v) || bytes_check(v)) {
        c = ref_dup(v);
    } else {
        Object *fsname = str_intern_cstr(t, "__fspath__");
        if (!fsname) return false;
        Ref fs = obj_lookup_special(t, v, fsname);
        obj_decref(fsname);
        if (ref_is_null(fs)) {
            if (err_occurred(t)) return false;
            if (flags & PATH_FSCONVERTER) {
                err_format(t, &exc_TypeError, "expected str, bytes or os.PathLike object, not %T", v);
                return false;
            }
            const char *allowed = (flags & PATH_ALLOW_FD)
                                      ? ((flags & PATH_NULLABLE) ? "string, bytes, os.PathLike, integer or None"
                                                                 : "string, bytes, os.PathLike or integer")
                                      : ((flags & PATH_NULLABLE) ? "string, bytes, os.PathLike or None"
                                                                 : "string, bytes or os.PathLike");
            err_format(t, &exc_TypeError, "%s: %s should be %s, not %T", fname, argname, allowed, v);
            return false;
        }
        c = obj_call0(t, fs);
        ref_close(fs);
        if (ref_is_null(c)) return false;
        if (!str_check(c) && !bytes_check(c)) {
            err_format(t, &exc_TypeError, "expected %T.__fspath__() to return str or bytes, not %T", v, c);
            ref_close(c);
            return false;
        }
    }
    intptr_t len;
    if (str_check(c)) {
        Object *b = codecs_utf8_encode(t, ref_obj(c), "surrogateescape");
        ref_close(c);
        if (!b) return false;
        p->holder = ref_from_obj(b);
        p->narrow = bytes_data(b);
        len = bytes_size(b);
    } else {
        p->holder = c;
        p->narrow = bytes_data(ref_obj(c));
        len = bytes_size(ref_obj(c));
        p->is_bytes = true;
    }
    if ((intptr_t)strlen(p->narrow) != len) {
        if (p->is_bytes) err_format(t, &exc_ValueError, "%s: embedded null character in %s", fname, argname);
        else err_set(t, &exc_ValueError, "embedded null byte");
        posix_path_release(p);
        return false;
    }
    return true;
}

void posix_path_release(PathArg *p) {
    ref_close(p->holder);
    p->holder = REF_NULL;
}

Ref posix_error2(Thread *t, int err, Ref filename, Ref filename2) {
    Object *msg = str_from_cstr(t, strerror(err));
    if (!msg) return REF_NULL;
    Ref a[5] = {ref_from_int(err), ref_from_obj(msg), filename, REF_NONE, filename2};
    size_t n = ref_is_null(filename) ? 2 : ref_is_null(filename2) ? 3 : 5;
    Ref exc = exc_new(t, &exc_OSError, a, n);
    obj_decref(msg);
    if (ref_is_null(exc)) return REF_NULL;
    return err_raise(t, exc);
}

Ref posix_error(Thread *t, Ref filename) { return posix_error2(t, errno, filename, REF_NULL); }

/* A name from the OS as str (surrogateescape) or, when as_bytes, bytes. */
Ref posix_decode(Thread *t, const char *s, intptr_t len, bool as_bytes) {
    if (len < 0) len = (intptr_t)strlen(s);
    Object *o = as_bytes ? bytes_from(t, s, len) : codecs_utf8_decode(t, s, len, "surrogateescape");
    return o ? ref_from_obj(o) : REF_NULL;
}

bool posix_int_arg(Thread *t, Ref v, int *out) {
    if (float_check(v)) {
        err_set(t, &exc_TypeError, "'float' object cannot be interpreted as an integer");
        return false;
    }
    intptr_t x;
    if (!arg_ssize(t, v, &x)) return false;
    if (x < INT_MIN || x > INT_MAX) {
        err_set(t, &exc_OverflowError, x < 0 ? "signed integer is less than minimum"
                                              : "signed integer is greater than maximum");
        return false;
    }
    *out = (int)x;
    return true;
}

/* The follow_symlinks / dir_fd keyword arguments shared by many functions. */
static bool dir_fd_unsupported(Thread *t, Ref dir_fd) {
    if (ref_is_null(dir_fd) || ref_is_none(dir_fd)) return false;
    err_set(t, &exc_NotImplementedError, "dir_fd unavailable on this platform");
    return true;
}

static int flag_arg(Thread *t, Ref v, int dflt) {
    if (ref_is_null(v)) return dflt;
    return obj_truthy(t, v);
}

/* ---- files and directories ------------------------------------------------------------- */

static Ref do_stat(Thread *t, const char *fname, const Ref *args, size_t nargs, Object *kw, bool lstat_) {
    static const char *const names[] = {"path", "dir_fd", "follow_symlinks", NULL};
    const ArgSpec spec = {fname, names, 1, 1};
    Ref a[3];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    if (dir_fd_unsupported(t, a[1])) return REF_NULL;
    int follow = flag_arg(t, a[2], 1);
    if (follow < 0) return REF_NULL;
    if (lstat_) follow = 0;
    PathArg p;
    if (!posix_path_convert(t, fname, "path", a[0], lstat_ ? 0 : PATH_ALLOW_FD, &p)) return REF_NULL;
    struct stat st;
    int rc;
    if (!p.narrow) rc = fstat(p.fd, &st);
    else rc = follow ? stat(p.narrow, &st) : lstat(p.narrow, &st);
    Ref r = rc < 0 ? posix_error(t, a[0]) : posix_stat_result_from(t, &st);
    posix_path_release(&p);
    return r;
}

FN(posix_stat) { return do_stat(t, "stat", args, nargs, kw, false); }
FN(posix_lstat) { return do_stat(t, "lstat", args, nargs, kw, true); }

FN(posix_fstat) {
    static const char *const names[] = {"fd", NULL};
    static const ArgSpec spec = {"fstat", names, 1, -1};
    Ref a[1];
    int fd;
    if (!args_parse(t, &spec, args, nargs, kw, a) || !posix_int_arg(t, a[0], &fd)) return REF_NULL;
    struct stat st;
    if (fstat(fd, &st) < 0) return posix_error(t, REF_NULL);
    return posix_stat_result_from(t, &st);
}

FN(posix_getcwd) {
    if (!args_none(t, "posix.getcwd", nargs, kw)) return REF_NULL;
    char buf[PATH_MAX + 1];
    if (!getcwd(buf, sizeof buf)) return posix_error(t, REF_NULL);
    return posix_decode(t, buf, -1, false);
}

FN(posix_getcwdb) {
    if (!args_none(t, "posix.getcwdb", nargs, kw)) return REF_NULL;
    char buf[PATH_MAX + 1];
    if (!getcwd(buf, sizeof buf)) return posix_error(t, REF_NULL);
    return posix_decode(t, buf, -1, true);
}

/* Functions of one path argument (and optional keywords that must be defaults). */
typedef int (*PathFn)(const char *);

static Ref one_path(Thread *t, const char *fname, PathFn fn, const Ref *args, size_t nargs, Object *kw) {
    static const char *const names[] = {"path", "dir_fd", NULL};
    const ArgSpec spec = {fname, names, 1, 1};
    Ref a[2];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    if (dir_fd_unsupported(t, a[1])) return REF_NULL;
    PathArg p;
    if (!posix_path_convert(t, fname, "path", a[0], 0, &p)) return REF_NULL;
    int rc = fn(p.narrow);
    Ref r = rc < 0 ? posix_error(t, a[0]) : REF_NONE;
    posix_path_release(&p);
    return r;
}

FN(posix_rmdir) { return one_path(t, "rmdir", rmdir, args, nargs, kw); }
FN(posix_remove) { return one_path(t, "remove", unlink, args, nargs, kw); }
FN(posix_unlink) { return one_path(t, "unlink", unlink, args, nargs, kw); }

FN(posix_chdir) {
    static const char *const names[] = {"path", NULL};
    static const ArgSpec spec = {"chdir", names, 1, -1};
    Ref a[1];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    PathArg p;
    if (!posix_path_convert(t, "chdir", "path", a[0], PATH_ALLOW_FD, &p)) return REF_NULL;
    int rc = p.narrow ? chdir(p.narrow) : fchdir(p.fd);
    Ref r = rc < 0 ? posix_error(t, a[0]) : REF_NONE;
    posix_path_release(&p);
    return r;
}

FN(posix_mkdir) {
    static const char *const names[] = {"path", "mode", "dir_fd", NULL};
    static const ArgSpec spec = {"mkdir", names, 1, 2};
    Ref a[3];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    int mode = 0777;
    if (!ref_is_null(a[1]) && !posix_int_arg(t, a[1], &mode)) return REF_NULL;
    if (dir_fd_unsupported(t, a[2])) return REF_NULL;
    PathArg p;
    if (!posix_path_convert(t, "mkdir", "path", a[0], 0, &p)) return REF_NULL;
    int rc = mkdir(p.narrow, (mode_t)mode);
    Ref r = rc < 0 ? posix_error(t, a[0]) : REF_NONE;
    posix_path_release(&p);
    return r;
}

FN(posix_mkfifo) {
    static const char *const names[] = {"path", "mode", "dir_fd", NULL};
    static const ArgSpec spec = {"mkfifo", names, 1, 2};
    Ref a[3];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    int mode = 0666;
    if (!ref_is_null(a[1]) && !posix_int_arg(t, a[1], &mode)) return REF_NULL;
    if (dir_fd_unsupported(t, a[2])) return REF_NULL;
    PathArg p;
    if (!posix_path_convert(t, "mkfifo", "path", a[0], 0, &p)) return REF_NULL;
    int rc = mkfifo(p.narrow, (mode_t)mode);
    Ref r = rc < 0 ? posix_error(t, a[0]) : REF_NONE;
    posix_path_release(&p);
    return r;
}

/* chown and lchown: uid/gid -1 leave that id unchanged. */
static Ref change_owner(Thread *t, const char *fname, bool follow_default, const Ref *args, size_t nargs,
                        Object *kw) {
    static const char *const names[] = {"path", "uid", "gid", "dir_fd", "follow_symlinks", NULL};
    const ArgSpec spec = {fname, names, 3, 3};
    Ref a[5];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    int uid, gid;
    if (!posix_int_arg(t, a[1], &uid) || !posix_int_arg(t, a[2], &gid) || dir_fd_unsupported(t, a[3]))
        return REF_NULL;
    int follow = flag_arg(t, a[4], follow_default);
    if (follow < 0) return REF_NULL;
    PathArg p;
    if (!posix_path_convert(t, fname, "path", a[0], follow ? PATH_ALLOW_FD : 0, &p)) return REF_NULL;
    int rc;
    if (!p.narrow)
        rc = fchown(p.fd, (uid_t)uid, (gid_t)gid);
    else
        rc = follow ? chown(p.narrow, (uid_t)uid, (gid_t)gid) : lchown(p.narrow, (uid_t)uid, (gid_t)gid);
    Ref r = rc < 0 ? posix_error(t, a[0]) : REF_NONE;
    posix_path_release(&p);
    return r;
}

FN(posix_chown) { return change_owner(t, "chown", true, args, nargs, kw); }
FN(posix_lchown) { return change_owner(t, "lchown", false, args, nargs, kw); }

static Ref two_paths(Thread *t, const char *fname, int (*fn)(const char *, const char *), const Ref *args,
                     size_t nargs, Object *kw) {
    static const char *const names[] = {"src", "dst", "src_dir_fd", "dst_dir_fd", NULL};
    const ArgSpec spec = {fname, names, 2, 2};
    Ref a[4];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    if (dir_fd_unsupported(t, a[2]) || dir_fd_unsupported(t, a[3])) return REF_NULL;
    PathArg p, q;
    if (!posix_path_convert(t, fname, "src", a[0], 0, &p)) return REF_NULL;
    if (!posix_path_convert(t, fname, "dst", a[1], 0, &q)) {
        posix_path_release(&p);
        return REF_NULL;
    }
    Ref r = REF_NONE;
    if (fn(p.narrow, q.narrow) < 0) r = posix_error2(t, errno, a[0], a[1]);
    posix_path_release(&p);
    posix_path_release(&q);
    return r;
}

FN(posix_rename) { return two_paths(t, "rename", rename, args, nargs, kw); }
FN(posix_replace) { return two_paths(t, "replace", rename, args, nargs, kw); }
FN(posix_link) { return two_paths(t, "link", link, args, nargs, kw); }

FN(posix_symlink) {
    static const char *const names[] = {"src", "dst", "target_is_directory", "dir_fd", NULL};
    static const ArgSpec spec = {"symlink", names, 2, 3};
    Ref a[4];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    if (dir_fd_unsupported(t, a[3])) return REF_NULL;
    PathArg p, q;
    if (!posix_path_convert(t, "symlink", "src", a[0], 0, &p)) return REF_NULL;
    if (!posix_path_convert(t, "symlink", "dst", a[1], 0, &q)) {
        posix_path_release(&p);
        return REF_NULL;
    }
    Ref r = REF_NONE;
    if (symlink(p.narrow, q.narrow) < 0) r = posix_error2(t, errno, a[0], a[1]);
    posix_path_release(&p);
    posix_path_release(&q);
    return r;
}

FN(posix_readlink) {
    static const char *const names[] = {"path", "dir_fd", NULL};
    static const ArgSpec spec = {"readlink", names, 1, 1};
    Ref a[2];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    if (dir_fd_unsupported(t, a[1])) return REF_NULL;
    PathArg p;
    if (!posix_path_convert(t, "readlink", "path", a[0], 0, &p)) return REF_NULL;
    char buf[PATH_MAX + 1];
    ssize_t n = readlink(p.narrow, buf, sizeof buf);
    Ref r = n < 0 ? posix_error(t, a[0]) : posix_decode(t, buf, n, p.is_bytes);
    posix_path_release(&p);
    return r;
}

/* The OSError of opendir: the path argument, or '.' when it was omitted or None. */
static Ref dir_error(Thread *t, Ref path) {
    int e = errno;
    if (!ref_is_null(path) && !ref_is_none(path)) return posix_error2(t, e, path, REF_NULL);
    Object *dot = str_from_cstr(t, ".");
    if (!dot) return REF_NULL;
    Ref r = posix_error2(t, e, ref_from_obj(dot), REF_NULL);
    obj_decref(dot);
    return r;
}

static DIR *open_dir(const PathArg *p) {
    if (p->narrow) return opendir(p->narrow);
    int fd = dup(p->fd);
    if (fd < 0) return NULL;
    DIR *d = fdopendir(fd);
    if (!d) {
        close(fd);
        return NULL;
    }
    rewinddir(d);
    return d;
}

FN(posix_listdir) {
    static const char *const names[] = {"path", NULL};
    static const ArgSpec spec = {"listdir", names, 0, -1};
    Ref a[1];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    PathArg p;
    if (!posix_path_convert(t, "listdir", "path", a[0], PATH_ALLOW_FD | PATH_NULLABLE, &p)) return REF_NULL;
    DIR *d = open_dir(&p);
    if (!d) {
        Ref r = dir_error(t, a[0]);
        posix_path_release(&p);
        return r;
    }
    Object *list = list_new(t, 0);
    struct dirent *e;
    while (list && (errno = 0, e = readdir(d)) != NULL) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        Ref name = posix_decode(t, e->d_name, -1, p.is_bytes);
        if (ref_is_null(name) || list_append_steal(t, list, name) < 0) {
            obj_decref(list);
            list = NULL;
        }
    }
    closedir(d);
    posix_path_release(&p);
    return list ? ref_from_obj(list) : REF_NULL;
}

FN(posix_access) {
    static const char *const names[] = {"path", "mode", "dir_fd", "effective_ids", "follow_symlinks", NULL};
    static const ArgSpec spec = {"access", names, 2, 2};
    Ref a[5];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    int mode;
    if (!posix_int_arg(t, a[1], &mode) || dir_fd_unsupported(t, a[2])) return REF_NULL;
    PathArg p;
    if (!posix_path_convert(t, "access", "path", a[0], 0, &p)) return REF_NULL;
    int rc = access(p.narrow, mode);
    posix_path_release(&p);
    return ref_from_bool(rc == 0);
}

FN(posix_chmod) {
    static const char *const names[] = {"path", "mode", "dir_fd", "follow_symlinks", NULL};
    static const ArgSpec spec = {"chmod", names, 2, 2};
    Ref a[4];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    int mode;
    if (!posix_int_arg(t, a[1], &mode) || dir_fd_unsupported(t, a[2])) return REF_NULL;
    PathArg p;
    if (!posix_path_convert(t, "chmod", "path", a[0], PATH_ALLOW_FD, &p)) return REF_NULL;
    int rc = p.narrow ? chmod(p.narrow, (mode_t)mode) : fchmod(p.fd, (mode_t)mode);
    Ref r = rc < 0 ? posix_error(t, a[0]) : REF_NONE;
    posix_path_release(&p);
    return r;
}

/* A time for utime: int or float seconds, into a timespec. */
static bool timespec_arg(Thread *t, Ref v, struct timespec *ts) {
    if (int_check(v)) {
        int64_t s = int_as_i64(t, v);
        if (s == -1 && err_occurred(t)) return false;
        ts->tv_sec = (time_t)s;
        ts->tv_nsec = 0;
        return true;
    }
    if (!float_check(v)) {
        err_format(t, &exc_TypeError, "'%T' object cannot be interpreted as an integer", v);
        return false;
    }
    double d = float_as_double(t, v);
    double fl = d < 0 ? -(double)(int64_t)(-d) : (double)(int64_t)d;
    if (fl > d) fl -= 1;
    ts->tv_sec = (time_t)fl;
    ts->tv_nsec = (long)((d - fl) * 1e9);
    if (ts->tv_nsec >= 1000000000) ts->tv_nsec = 999999999;
    return true;
}

FN(posix_utime) {
    static const char *const names[] = {"path", "times", "ns", "dir_fd", "follow_symlinks", NULL};
    static const ArgSpec spec = {"utime", names, 1, 2};
    Ref a[5];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    if (dir_fd_unsupported(t, a[3])) return REF_NULL;
    int follow = flag_arg(t, a[4], 1);
    if (follow < 0) return REF_NULL;
    struct timespec ts[2];
    struct timespec *tsp = NULL;
    bool have_times = !ref_is_null(a[1]) && !ref_is_none(a[1]);
    if (have_times && !ref_is_null(a[2]))
        return err_set(t, &exc_ValueError, "utime: you may specify either 'times' or 'ns' but not both");
    if (have_times) {
        if (!ref_type_is(a[1], &tuple_type) || tuple_size(ref_obj(a[1])) != 2)
            return err_set(t, &exc_TypeError, "utime: 'times' must be either a tuple of two ints or None");
        if (!timespec_arg(t, tuple_get(ref_obj(a[1]), 0), &ts[0]) ||
            !timespec_arg(t, tuple_get(ref_obj(a[1]), 1), &ts[1]))
            return REF_NULL;
        tsp = ts;
    } else if (!ref_is_null(a[2])) {
        if (!ref_type_is(a[2], &tuple_type) || tuple_size(ref_obj(a[2])) != 2)
            return err_set(t, &exc_TypeError, "utime: 'ns' must be a tuple of two ints");
        for (int i = 0; i < 2; i++) {
            int64_t ns = int_as_i64(t, tuple_get(ref_obj(a[2]), i));
            if (ns == -1 && err_occurred(t)) return REF_NULL;
            ts[i].tv_sec = (time_t)(ns / 1000000000);
            ts[i].tv_nsec = (long)(ns % 1000000000);
            if (ts[i].tv_nsec < 0) {
                ts[i].tv_nsec += 1000000000;
                ts[i].tv_sec--;
            }
        }
        tsp = ts;
    }
    PathArg p;
    if (!posix_path_convert(t, "utime", "path", a[0], PATH_ALLOW_FD, &p)) return REF_NULL;
    int rc = p.narrow ? utimensat(AT_FDCWD, p.narrow, tsp, follow ? 0 : AT_SYMLINK_NOFOLLOW) : futimens(p.fd, tsp);
    Ref r = rc < 0 ? posix_error(t, REF_NULL) : REF_NONE; /* CPython's utime names no file */
    posix_path_release(&p);
    return r;
}

FN(posix_truncate) {
    static const char *const names[] = {"path", "length", NULL};
    static const ArgSpec spec = {"truncate", names, 2, -1};
    Ref a[2];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    intptr_t len;
    if (!arg_ssize(t, a[1], &len)) return REF_NULL;
    PathArg p;
    if (!posix_path_convert(t, "truncate", "path", a[0], PATH_ALLOW_FD, &p)) return REF_NULL;
    int rc = p.narrow ? truncate(p.narrow, (off_t)len) : ftruncate(p.fd, (off_t)len);
    Ref r = rc < 0 ? posix_error(t, a[0]) : REF_NONE;
    posix_path_release(&p);
    return r;
}

FN(posix_ftruncate) {
    if (!args_count(t, "ftruncate", nargs, kw, 2, 2)) return REF_NULL;
    int fd;
    intptr_t len;
    if (!posix_int_arg(t, args[0], &fd) || !arg_ssize(t, args[1], &len)) return REF_NULL;
    if (ftruncate(fd, (off_t)len) < 0) return posix_error(t, REF_NULL);
    return REF_NONE;
}

/* ---- file descriptors ------------------------------------------------------------------ */

FN(posix_open) {
    static const char *const names[] = {"path", "flags", "mode", "dir_fd", NULL};
    static const ArgSpec spec = {"open", names, 2, 3};
    Ref a[4];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    int flags, mode = 0777;
    if (!posix_int_arg(t, a[1], &flags)) return REF_NULL;
    if (!ref_is_null(a[2]) && !posix_int_arg(t, a[2], &mode)) return REF_NULL;
    if (dir_fd_unsupported(t, a[3])) return REF_NULL;
    PathArg p;
    if (!posix_path_convert(t, "open", "path", a[0], 0, &p)) return REF_NULL;
    int fd;
    do fd = open(p.narrow, flags | O_CLOEXEC, mode);
    while (fd < 0 && errno == EINTR);
    Ref r = fd < 0 ? posix_error(t, a[0]) : ref_from_int(fd);
    posix_path_release(&p);
    return r;
}

static bool fd_arg(Thread *t, const char *fname, const Ref *args, size_t nargs, Object *kw, int *fd) {
    static const char *const names[] = {"fd", NULL};
    const ArgSpec spec = {fname, names, 1, -1};
    Ref a[1];
    return args_parse(t, &spec, args, nargs, kw, a) && posix_int_arg(t, a[0], fd);
}

FN(posix_close) {
    int fd;
    if (!fd_arg(t, "close", args, nargs, kw, &fd)) return REF_NULL;
    if (close(fd) < 0) return posix_error(t, REF_NULL);
    return REF_NONE;
}

FN(posix_closerange) {
    if (!args_count(t, "closerange", nargs, kw, 2, 2)) return REF_NULL;
    int lo, hi;
    if (!posix_int_arg(t, args[0], &lo) || !posix_int_arg(t, args[1], &hi)) return REF_NULL;
    for (int fd = lo < 0 ? 0 : lo; fd < hi; fd++) close(fd);
    return REF_NONE;
}

FN(posix_fsync) {
    if (!args_one(t, "posix.fsync", nargs, kw)) return REF_NULL;
    Ref v = args[0];
    int fd;
    if (!int_check(v)) {
        Ref r = obj_call_method(t, v, ID(fileno), NULL, 0);
        if (ref_is_null(r)) return REF_NULL;
        bool ok = posix_int_arg(t, r, &fd);
        ref_close(r);
        if (!ok) return REF_NULL;
    } else if (!posix_int_arg(t, v, &fd)) {
        return REF_NULL;
    }
    if (fsync(fd) < 0) return posix_error(t, REF_NULL);
    return REF_NONE;
}

FN(posix_read) {
    if (!args_count(t, "read", nargs, kw, 2, 2)) return REF_NULL;
    int fd;
    intptr_t n;
    if (!posix_int_arg(t, args[0], &fd) || !arg_ssize(t, args[1], &n)) return REF_NULL;
    if (n < 0) {
        errno = EINVAL;
        return posix_error(t, REF_NULL);
    }
    Object *b = bytes_new_uninit(t, n);
    if (!b) return REF_NULL;
    ssize_t got;
    EVAL_BLOCKING_CALL(t, got, read(fd, bytes_data(b), (size_t)n));
    if (got < 0) {
        obj_decref(b);
        return err_occurred(t) ? REF_NULL : posix_error(t, REF_NULL);
    }
    if (got == n) return ref_from_obj(b);
    Object *r = bytes_from(t, bytes_data(b), got);
    obj_decref(b);
    return r ? ref_from_obj(r) : REF_NULL;
}

FN(posix_write) {
    if (!args_count(t, "write", nargs, kw, 2, 2)) return REF_NULL;
    int fd;
    if (!posix_int_arg(t, args[0], &fd)) return REF_NULL;
    ByteView v;
    if (!bytes_view_or_error(t, args[1], &v)) return REF_NULL;
    ssize_t n;
    EVAL_BLOCKING_CALL(t, n, write(fd, v.data, (size_t)v.len));
    if (n < 0) return err_occurred(t) ? REF_NULL : posix_error(t, REF_NULL);
    return ref_from_int(n);
}

FN(posix_lseek) {
    if (!args_count(t, "lseek", nargs, kw, 3, 3)) return REF_NULL;
    int fd, how;
    intptr_t pos;
    if (!posix_int_arg(t, args[0], &fd) || !arg_ssize(t, args[1], &pos) || !posix_int_arg(t, args[2], &how))
        return REF_NULL;
    off_t r = lseek(fd, (off_t)pos, how);
    if (r < 0) return posix_error(t, REF_NULL);
    return int_from_i64(t, (int64_t)r);
}

FN(posix_dup) {
    int fd;
    if (!fd_arg(t, "dup", args, nargs, kw, &fd)) return REF_NULL;
    int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (r < 0) return posix_error(t, REF_NULL);
    return ref_from_int(r);
}

FN(posix_dup2) {
    static const char *const names[] = {"fd", "fd2", "inheritable", NULL};
    static const ArgSpec spec = {"dup2", names, 2, -1};
    Ref a[3];
    int fd, fd2;
    if (!args_parse(t, &spec, args, nargs, kw, a) || !posix_int_arg(t, a[0], &fd) || !posix_int_arg(t, a[1], &fd2))
        return REF_NULL;
    int inh = flag_arg(t, a[2], 1);
    if (inh < 0) return REF_NULL;
    int r = inh ? dup2(fd, fd2) : dup3(fd, fd2, O_CLOEXEC);
    if (r < 0) return posix_error(t, REF_NULL);
    return ref_from_int(r);
}

FN(posix_pipe) {
    if (!args_none(t, "posix.pipe", nargs, kw)) return REF_NULL;
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) < 0) return posix_error(t, REF_NULL);
    return ref_from_obj(tuple_pack(t, 2, ref_from_int(fds[0]), ref_from_int(fds[1])));
}

FN(posix_isatty) {
    int fd;
    if (!fd_arg(t, "isatty", args, nargs, kw, &fd)) return REF_NULL;
    return ref_from_bool(isatty(fd));
}

FN(posix_get_inheritable) {
    int fd;
    if (!fd_arg(t, "get_inheritable", args, nargs, kw, &fd)) return REF_NULL;
    int fl = fcntl(fd, F_GETFD);
    if (fl < 0) return posix_error(t, REF_NULL);
    return ref_from_bool(!(fl & FD_CLOEXEC));
}

FN(posix_set_inheritable) {
    if (!args_count(t, "set_inheritable", nargs, kw, 2, 2)) return REF_NULL;
    int fd;
    if (!posix_int_arg(t, args[0], &fd)) return REF_NULL;
    int inh = obj_truthy(t, args[1]);
    if (inh < 0) return REF_NULL;
    int fl = fcntl(fd, F_GETFD);
    if (fl < 0 || fcntl(fd, F_SETFD, inh ? (fl & ~FD_CLOEXEC) : (fl | FD_CLOEXEC)) < 0)
        return posix_error(t, REF_NULL);
    return REF_NONE;
}

FN(posix_get_blocking) {
    int fd;
    if (!fd_arg(t, "get_blocking", args, nargs, kw, &fd)) return REF_NULL;
    int fl = fcntl(fd, F_GETFL);
    if (fl < 0) return posix_error(t, REF_NULL);
    return ref_from_bool(!(fl & O_NONBLOCK));
}

FN(posix_set_blocking) {
    if (!args_count(t, "set_blocking", nargs, kw, 2, 2)) return REF_NULL;
    int fd;
    if (!posix_int_arg(t, args[0], &fd)) return REF_NULL;
    int b = obj_truthy(t, args[1]);
    if (b < 0) return REF_NULL;
    int fl = fcntl(fd, F_GETFL);
    if (fl < 0 || fcntl(fd, F_SETFL, b ? (fl & ~O_NONBLOCK) : (fl | O_NONBLOCK)) < 0)
        return posix_error(t, REF_NULL);
    return REF_NONE;
}

FN(posix_device_encoding) {
    int fd;
    if (!fd_arg(t, "device_encoding", args, nargs, kw, &fd)) return REF_NULL;
    if (!isatty(fd)) return REF_NONE;
    return ref_from_obj(str_from_cstr(t, "utf-8"));
}

FN(posix_fspath_fn) {
    static const char *const names[] = {"path", NULL};
    static const ArgSpec spec = {"fspath", names, 1, -1};
    Ref a[1];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    return posix_fspath(t, a[0]);
}

static const MethodDef posix_fs_methods[] = {
    {"stat", posix_stat, 0, NULL},
    {"lstat", posix_lstat, 0, NULL},
    {"fstat", posix_fstat, 0, NULL},
    {"getcwd", posix_getcwd, 0, NULL},
    {"getcwdb", posix_getcwdb, 0, NULL},
    {"chdir", posix_chdir, 0, NULL},
    {"mkdir", posix_mkdir, 0, NULL},
    {"rmdir", posix_rmdir, 0, NULL},
    {"remove", posix_remove, 0, NULL},
    {"unlink", posix_unlink, 0, NULL},
    {"rename", posix_rename, 0, NULL},
    {"replace", posix_replace, 0, NULL},
    {"link", posix_link, 0, NULL},
    {"symlink", posix_symlink, 0, NULL},
    {"readlink", posix_readlink, 0, NULL},
    {"listdir", posix_listdir, 0, NULL},
    {"access", posix_access, 0, NULL},
    {"chmod", posix_chmod, 0, NULL},
    {"chown", posix_chown, 0, NULL},
    {"lchown", posix_lchown, 0, NULL},
    {"mkfifo", posix_mkfifo, 0, NULL},
    {"utime", posix_utime, 0, NULL},
    {"truncate", posix_truncate, 0, NULL},
    {"ftruncate", posix_ftruncate, 0, NULL},
    {"open", posix_open, 0, NULL},
    {"close", posix_close, 0, NULL},
    {"closerange", posix_closerange, 0, NULL},
    {"fsync", posix_fsync, 0, NULL},
    {"read", posix_read, 0, NULL},
    {"write", posix_write, 0, NULL},
    {"lseek", posix_lseek, 0, NULL},
    {"dup", posix_dup, 0, NULL},
    {"dup2", posix_dup2, 0, NULL},
    {"pipe", posix_pipe, 0, NULL},
    {"isatty", posix_isatty, 0, NULL},
    {"get_inheritable", posix_get_inheritable, 0, NULL},
    {"set_inheritable", posix_set_inheritable, 0, NULL},
    {"get_blocking", posix_get_blocking, 0, NULL},
    {"set_blocking", posix_set_blocking, 0, NULL},
    {"device_encoding", posix_device_encoding, 0, NULL},
    {"fspath", posix_fspath_fn, 0, NULL},
    {NULL, NULL, 0, NULL},
};

typedef struct IntConst {
    const char *name;
    long value;
} IntConst;

#define C(x) {#x, x}
static const IntConst posix_fs_consts[] = {
    C(O_RDONLY), C(O_WRONLY), C(O_RDWR), C(O_APPEND), C(O_CREAT), C(O_EXCL), C(O_TRUNC),
    C(O_NONBLOCK), C(O_NDELAY), C(O_SYNC), C(O_DSYNC), C(O_NOCTTY), C(O_CLOEXEC),
    C(O_DIRECTORY), C(O_NOFOLLOW), C(O_ACCMODE), C(O_ASYNC), C(O_NOATIME), C(O_PATH),
    C(O_TMPFILE), C(O_RSYNC), C(O_LARGEFILE),
    C(F_OK), C(R_OK), C(W_OK), C(X_OK), C(SEEK_SET), C(SEEK_CUR), C(SEEK_END),
    C(SEEK_DATA), C(SEEK_HOLE), C(F_GETFD), C(F_SETFD), C(F_GETFL), C(F_SETFL), C(FD_CLOEXEC),
    {NULL, 0}};
#undef C

int posix_add_fs(Thread *t, Object *m) {
    if (module_add_functions(t, m, posix_fs_methods) < 0) return -1;
    for (const IntConst *c = posix_fs_consts; c->name; c++)
        if (module_add_ref(t, m, c->name, ref_from_int(c->value)) < 0) return -1;
    return module_add_ref(t, m, "stat_result", ref_immortal(&posix_stat_result_type));
}
