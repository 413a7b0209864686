/* posix.scandir: the ScandirIterator and DirEntry types. An entry keeps the d_type and
 * inode readdir gave, so is_dir()/is_file()/is_symlink() need no system call unless
 * the file system left d_type unknown (or a symlink must be followed); stat() results
 * are cached, one for each follow_symlinks value. */
#include <dirent.h>
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "modules/modules.h"
#include "modules/posixmodule.h"
#include "spry.h"
#include "objects/container_util.h"

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)

/* Keyword-only follow_symlinks=True. (Checks positional arguments itself: args_parse
 * words the keyword-only case "takes no 0 positional arguments".) */
static int follow_arg(Thread *t, const char *fname, const Ref *args, size_t nargs, Object *kw) {
    if (nargs > 0) {
        err_format(t, &exc_TypeError, "%s() takes no positional arguments", fname);
        return -1;
    }
    static const char *const names[] = {"follow_symlinks", NULL};
    const ArgSpec spec = {fname, names, 0, 0};
    Ref a[1];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return -1;
    return ref_is_null(a[0]) ? 1 : obj_truthy(t, a[0]);
}

typedef struct DirEntry {
    Object ob;
    Ref name;          /* str or bytes */
    Ref path;          /* str or bytes: the scandir argument joined with name */
    Ref stat;          /* cached stat(follow_symlinks=True), or REF_NULL */
    Ref lstat;         /* cached stat(follow_symlinks=False), or REF_NULL */
    uint64_t ino;
    unsigned char d_type;
} DirEntry;

typedef struct ScandirIterator {
    Object ob;
    DIR *dir;          /* NULL once exhausted or closed */
    Ref top;           /* the directory as str/bytes, or REF_NULL when scanning an fd */
    bool is_bytes;
} ScandirIterator;

#define ENTRY(r) ((DirEntry *)ref_obj(r))

static void entry_dealloc(Object *o) {
    DirEntry *e = (DirEntry *)o;
    gc_untrack(o);
    ref_close(e->name);
    ref_close(e->path);
    ref_close(e->stat);
    ref_close(e->lstat);
    o->ob_type->tp_free(o);
}

static int entry_traverse(Object *o, VisitFn visit, void *arg) {
    DirEntry *e = (DirEntry *)o;
    VISIT_REF(e->stat);
    VISIT_REF(e->lstat);
    return 0;
}

static Ref entry_fetch_stat(Thread *t, DirEntry *e, bool follow) {
    Ref *slot = follow ? &e->stat : &e->lstat;
    if (ref_is_null(*slot)) {
        PathArg p;
        if (!posix_path_convert(t, "stat", "path", e->path, 0, &p)) return REF_NULL;
        struct stat st;
        int rc = follow ? stat(p.narrow, &st) : lstat(p.narrow, &st);
        posix_path_release(&p);
        if (rc < 0) return posix_error(t, e->path);
        *slot = posix_stat_result_from(t, &st);
        if (ref_is_null(*slot)) return REF_NULL;
    }
    return ref_dup(*slot);
}

/* The st_mode of the entry's file, following symlinks or not; -1 with an exception. */
static long entry_mode(Thread *t, DirEntry *e, bool follow) {
    Ref st = entry_fetch_stat(t, e, follow);
    if (ref_is_null(st)) return -1;
    long mode = (long)ref_int(tuple_get(ref_obj(st), 0));
    ref_close(st);
    return mode;
}

static int entry_is_symlink(Thread *t, DirEntry *e) {
    if (e->d_type != DT_UNKNOWN) return e->d_type == DT_LNK;
    long mode = entry_mode(t, e, false);
    if (mode < 0) {
        if (!err_matches(t, &exc_FileNotFoundError)) return -1;
        err_clear(t);
        return 0;
    }
    return S_ISLNK(mode);
}

/* is_dir / is_file: from d_type when it answers, else from stat (a missing file: False). */
static Ref entry_test(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw, const char *fname,
                      unsigned char dtype, mode_t fmt) {
    int follow = follow_arg(t, fname, args, nargs, kw);
    if (follow < 0) return REF_NULL;
    DirEntry *e = ENTRY(self);
    if (e->d_type != DT_UNKNOWN && !(follow && e->d_type == DT_LNK)) return ref_from_bool(e->d_type == dtype);
    long mode = entry_mode(t, e, follow);
    if (mode < 0) {
        if (!err_matches(t, &exc_FileNotFoundError)) return REF_NULL;
        err_clear(t);
        return REF_FALSE;
    }
    return ref_from_bool(((mode_t)mode & S_IFMT) == fmt);
}

FN(entry_is_dir) { return entry_test(t, self, args, nargs, kw, "is_dir", DT_DIR, S_IFDIR); }
FN(entry_is_file) { return entry_test(t, self, args, nargs, kw, "is_file", DT_REG, S_IFREG); }

FN(entry_is_symlink_m) {
    if (!args_none(t, "is_symlink", nargs, kw)) return REF_NULL;
    int r = entry_is_symlink(t, ENTRY(self));
    return r < 0 ? REF_NULL : ref_from_bool(r);
}

FN(entry_stat) {
    int follow = follow_arg(t, "stat", args, nargs, kw);
    if (follow < 0) return REF_NULL;
    DirEntry *e = ENTRY(self);
    if (follow) {
        int link = entry_is_symlink(t, e);
        if (link < 0) return REF_NULL;
        if (!link) {
            /* not a link: both stats are the same; share the lstat */
            Ref st = entry_fetch_stat(t, e, false);
            if (ref_is_null(st)) return REF_NULL;
            if (ref_is_null(e->stat)) e->stat = ref_dup(st);
            return st;
        }
    }
    return entry_fetch_stat(t, e, follow);
}

FN(entry_inode) {
    if (!args_none(t, "inode", nargs, kw)) return REF_NULL;
    return int_from_u64(t, ENTRY(self)->ino);
}

FN(entry_fspath) {
    if (!args_none(t, "__fspath__", nargs, kw)) return REF_NULL;
    return ref_dup(ENTRY(self)->path);
}

static Ref entry_repr(Thread *t, Ref self) {
    return ref_from_obj(str_from_format(t, "<DirEntry %R>", ENTRY(self)->name));
}

static const MethodDef entry_methods[] = {
    {"is_dir", entry_is_dir, 0, "Return True if the entry is a directory; cached per entry."},
    {"is_file", entry_is_file, 0, "Return True if the entry is a file; cached per entry."},
    {"is_symlink", entry_is_symlink_m, 0, "Return True if the entry is a symbolic link; cached per entry."},
    {"stat", entry_stat, 0, "Return stat_result object for the entry; cached per entry."},
    {"inode", entry_inode, 0, "Return inode of the entry; cached per entry."},
    {"__fspath__", entry_fspath, 0, "Returns the path for the entry."},
    {NULL, NULL, 0, NULL},
};

static const MemberDef entry_members[] = {
    {"name", MEMBER_T_REF, offsetof(DirEntry, name), MEMBER_READONLY, "the entry's base filename"},
    {"path", MEMBER_T_REF, offsetof(DirEntry, path), MEMBER_READONLY, "the entry's full path name"},
    {NULL, 0, 0, 0, NULL},
};

Type posix_direntry_type = {
    TYPE_HEAD_INIT,
    .tp_name = "posix.DirEntry",
    .tp_basicsize = sizeof(DirEntry),
    .tp_flags = TPFLAG_HAVE_GC,
    .tp_dealloc = entry_dealloc,
    .tp_traverse = entry_traverse,
    .tp_free = obj_free,
    .repr = entry_repr,
    .methods = entry_methods,
    .members = entry_members,
};

/* ---- the iterator ---------------------------------------------------------------------- */

static void scandir_close_dir(ScandirIterator *it) {
    if (it->dir) {
        closedir(it->dir);
        it->dir = NULL;
    }
}

static void scandir_dealloc(Object *o) {
    ScandirIterator *it = (ScandirIterator *)o;
    scandir_close_dir(it);
    ref_close(it->top);
    o->ob_type->tp_free(o);
}

/* top joined with name (top given as a path), as str or bytes like top. */
static Ref join_path(Thread *t, ScandirIterator *it, Ref name) {
    if (ref_is_null(it->top)) return ref_dup(name);
    if (it->is_bytes) {
        Object *tb = ref_obj(it->top), *nb = ref_obj(name);
        intptr_t tl = bytes_size(tb), nl = bytes_size(nb);
        bool slash = tl > 0 && bytes_data(tb)[tl - 1] == '/';
        Object *r = bytes_new_uninit(t, tl + !slash + nl);
        if (!r) return REF_NULL;
        memcpy(bytes_data(r), bytes_data(tb), (size_t)tl);
        if (!slash) bytes_data(r)[tl] = '/';
        memcpy(bytes_data(r) + tl + !slash, bytes_data(nb), (size_t)nl);
        return ref_from_obj(r);
    }
    intptr_t tl;
    const char *ts = str_utf8(t, ref_obj(it->top), &tl);
    if (!ts) return REF_NULL;
    Object *r;
    if (tl > 0 && ts[tl - 1] == '/') {
        r = str_concat(t, ref_obj(it->top), ref_obj(name));
    } else {
        r = str_from_format(t, "%U/%U", ref_obj(it->top), ref_obj(name));
    }
    return ref_from_obj(r);
}

static Ref scandir_next(Thread *t, Ref self) {
    ScandirIterator *it = (ScandirIterator *)ref_obj(self);
    for (;;) {
        if (!it->dir) return REF_NULL;
        errno = 0;
        struct dirent *d = readdir(it->dir);
        if (!d) {
            int e = errno;
            scandir_close_dir(it);
            if (e) return posix_error2(t, e, it->top, REF_NULL);
            return REF_NULL;
        }
        if (!strcmp(d->d_name, ".") || !strcmp(d->d_name, "..")) continue;
        DirEntry *e = (DirEntry *)obj_alloc(t, &posix_direntry_type, sizeof(DirEntry));
        if (!e) return REF_NULL;
        e->ino = (uint64_t)d->d_ino;
        e->d_type = d->d_type;
        e->name = posix_decode(t, d->d_name, -1, it->is_bytes);
        e->path = ref_is_null(e->name) ? REF_NULL : join_path(t, it, e->name);
        gc_track((Object *)e);
        if (ref_is_null(e->path)) {
            obj_decref((Object *)e);
            return REF_NULL;
        }
        return ref_from_obj((Object *)e);
    }
}

FN(scandir_close) {
    if (!args_none(t, "close", nargs, kw)) return REF_NULL;
    scandir_close_dir((ScandirIterator *)ref_obj(self));
    return REF_NONE;
}

FN(scandir_enter) {
    if (!args_none(t, "__enter__", nargs, kw)) return REF_NULL;
    return ref_dup(self);
}

FN(scandir_exit) {
    scandir_close_dir((ScandirIterator *)ref_obj(self));
    return REF_FALSE;
}

static const MethodDef scandir_methods[] = {
    {"close", scandir_close, 0, NULL},
    {"__enter__", scandir_enter, 0, NULL},
    {"__exit__", scandir_exit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type posix_scandir_iterator_type = {
    TYPE_HEAD_INIT,
    .tp_name = "posix.ScandirIterator",
    .tp_basicsize = sizeof(ScandirIterator),
    .tp_dealloc = scandir_dealloc,
    .tp_free = obj_free,
    .iter = cu_self_iter,
    .iternext = scandir_next,
    .methods = scandir_methods,
};

FN(posix_scandir) {
    static const char *const names[] = {"path", NULL};
    static const ArgSpec spec = {"scandir", names, 0, -1};
    Ref a[1];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    bool given = !ref_is_null(a[0]) && !ref_is_none(a[0]);
    PathArg p;
    if (!posix_path_convert(t, "scandir", "path", a[0], PATH_ALLOW_FD | PATH_NULLABLE, &p)) return REF_NULL;
    DIR *d;
    if (p.narrow) {
        d = opendir(p.narrow);
    } else {
        int fd = dup(p.fd);
        d = fd < 0 ? NULL : fdopendir(fd);
        if (!d && fd >= 0) close(fd);
        if (d) rewinddir(d);
    }
    if (!d) {
        int e = errno;
        Object *dot = given ? NULL : str_from_cstr(t, ".");
        Ref r = given ? posix_error2(t, e, a[0], REF_NULL)
                      : dot ? posix_error2(t, e, ref_from_obj(dot), REF_NULL) : REF_NULL;
        obj_xdecref(dot);
        posix_path_release(&p);
        return r;
    }
    ScandirIterator *it = (ScandirIterator *)obj_alloc(t, &posix_scandir_iterator_type, sizeof(ScandirIterator));
    if (!it) {
        closedir(d);
        posix_path_release(&p);
        return REF_NULL;
    }
    it->dir = d;
    it->is_bytes = p.is_bytes;
    bool by_fd = p.narrow == NULL;
    posix_path_release(&p);
    if (by_fd) return ref_from_obj((Object *)it); /* entries' paths are their names */
    it->top = given ? posix_fspath(t, a[0]) : ref_from_obj(str_from_cstr(t, "."));
    if (ref_is_null(it->top)) {
        obj_decref((Object *)it);
        return REF_NULL;
    }
    return ref_from_obj((Object *)it);
}

static const MethodDef posix_scandir_methods[] = {
    {"scandir", posix_scandir, 0, NULL},
    {NULL, NULL, 0, NULL},
};

int posix_add_scandir(Thread *t, Object *m) {
    if (module_add_functions(t, m, posix_scandir_methods) < 0) return -1;
    return module_add_ref(t, m, "DirEntry", ref_immortal(&posix_direntry_type));
}
