# The stat and errno modules.
import stat, errno, os
print(stat.S_IFDIR, stat.S_IFREG, stat.S_IFLNK, stat.S_IFMT(0o100644), stat.S_IMODE(0o104755))
for m in [0o100644, 0o040755, 0o120777, 0o020620, 0o060660, 0o010644, 0o140755, 0o104755, 0o102755, 0o041777, 0o040776, 0o644, 0o107000]:
    print(oct(m), stat.filemode(m), stat.S_ISDIR(m), stat.S_ISREG(m), stat.S_ISLNK(m), stat.S_ISCHR(m),
          stat.S_ISBLK(m), stat.S_ISFIFO(m), stat.S_ISSOCK(m))
print(stat.ST_MODE, stat.ST_SIZE, stat.ST_MTIME, stat.S_IRWXU, stat.S_IRUSR, stat.S_IXOTH, stat.S_ISUID, stat.S_ISVTX)
print(stat.UF_HIDDEN, stat.SF_IMMUTABLE, stat.S_ISDOOR(0), stat.S_ISPORT(0), stat.S_ISWHT(0))
print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK, errno.EINTR, errno.EPIPE, errno.ENOTDIR, errno.EISDIR)
print(errno.errorcode[2], errno.errorcode[errno.EAGAIN], errno.errorcode[errno.EDEADLK], errno.errorcode[errno.ENOTSUP])
print(len(errno.errorcode), sorted(errno.errorcode)[:5], sorted(errno.errorcode)[-3:])
names = sorted(n for n in dir(errno) if n.startswith('E'))
print(len(names), names[:6])
print(all(errno.errorcode[getattr(errno, n)] in names for n in names))
for n in ['ENOENT', 'EEXIST', 'EISDIR', 'ENOTDIR', 'EACCES', 'EPERM', 'EAGAIN', 'ECHILD', 'ESRCH', 'EPIPE', 'ECONNREFUSED', 'ETIMEDOUT', 'EINTR', 'EINVAL']:
    e = OSError(getattr(errno, n), os.strerror(getattr(errno, n)))
    print(n, type(e).__name__, e)
