/* Helpers shared by the files of the posix module (posixmodule.c: files, directories,
 * descriptors; posixmodule_proc.c: processes, environment, system information).
 * Owner: runtime/modules/posixmodule*.c. */
#ifndef SPRY_MODULES_POSIXMODULE_H
#define SPRY_MODULES_POSIXMODULE_H
#include <stdbool.h>
#include <sys/stat.h>

#include "core/object.h"

/* A path argument converted for a system call. */
typedef struct PathArg {
    Ref obj;            /* the argument as given (borrowed): the OSError's filename */
    Ref holder;         /* owns the bytes narrow points into */
    const char *narrow; /* NUL-terminated path, or NULL when an fd was given */
    int fd;             /* the descriptor when narrow is NULL */
    bool is_bytes;      /* the path was bytes: names come back as bytes */
} PathArg;

/* PATH_FSCONVERTER: TypeError "expected str, bytes or os.PathLike object, not T" (the
 * message of os.fsencode's converter, used by putenv/unsetenv). */
enum { PATH_ALLOW_FD = 1, PATH_NULLABLE = 2, PATH_FSCONVERTER = 4 };

/* str/bytes/PathLike (and int when PATH_ALLOW_FD, None when PATH_NULLABLE: '.') to p;
 * TypeError "fname: argname should be string, bytes or os.PathLike, not T" and
 * ValueError for embedded NULs. Release with posix_path_release. */
bool posix_path_convert(Thread *t, const char *fname, const char *argname, Ref v, int flags, PathArg *p);
void posix_path_release(PathArg *p);
/* os.fspath(p): a new str/bytes reference or REF_NULL. */
Ref posix_fspath(Thread *t, Ref p);
/* Raise OSError (its errno subclass) for errno / err with the given filenames (REF_NULL
 * for none). Return REF_NULL. */
Ref posix_error(Thread *t, Ref filename);
Ref posix_error2(Thread *t, int err, Ref filename, Ref filename2);
/* A name from the OS: str (UTF-8, surrogateescape) or bytes; len < 0: strlen. */
Ref posix_decode(Thread *t, const char *s, intptr_t len, bool as_bytes);
/* An int argument in C int range (TypeError for floats, OverflowError). */
bool posix_int_arg(Thread *t, Ref v, int *out);
/* An os.stat_result for st. */
Ref posix_stat_result_from(Thread *t, const struct stat *st);

extern Type posix_stat_result_type;
extern Type posix_terminal_size_type;
extern Type posix_times_result_type;
extern Type posix_uname_result_type;
extern Type posix_statvfs_result_type;
extern Type posix_direntry_type;
extern Type posix_scandir_iterator_type;

/* Add each file's functions and constants to the module. 0 or -1. */
int posix_add_fs(Thread *t, Object *m);
int posix_add_proc(Thread *t, Object *m);
int posix_add_scandir(Thread *t, Object *m);

#endif
