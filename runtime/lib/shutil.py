"""Whole-file and whole-tree operations: copying, removing and moving files and directory
trees, building and unpacking archives, finding programs on PATH, the terminal size.

Written for Spry from the shutil documentation. Spry's posix module has no dir_fd variants,
so rmtree walks by path (rmtree.avoids_symlink_attacks is False), and extended attributes
are not copied (there is no os.listxattr).
"""

import errno
import fnmatch
import os
import stat
import sys

__all__ = ['copyfileobj', 'copyfile', 'copymode', 'copystat', 'copy', 'copy2', 'copytree',
           'move', 'rmtree', 'Error', 'SpecialFileError', 'ExecError', 'make_archive',
           'get_archive_formats', 'register_archive_format', 'unregister_archive_format',
           'get_unpack_formats', 'register_unpack_format', 'unregister_unpack_format',
           'unpack_archive', 'ignore_patterns', 'chown', 'which', 'get_terminal_size',
           'SameFileError', 'disk_usage']

COPY_BUFSIZE = 1024 * 1024 if os.name == 'nt' else 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Source and destination of a copy are one file."""


class SpecialFileError(OSError):
    """A copy met a file that cannot be copied as data (a named pipe)."""


class ExecError(OSError):
    """A command could not be run."""


class ReadError(OSError):
    """An archive could not be read."""


class RegistryError(Exception):
    """An archive format registration conflicts with an existing one."""


# ---- copying files ---------------------------------------------------------------------------

def copyfileobj(fsrc, fdst, length=0):
    read = fsrc.read
    write = fdst.write
    size = length or COPY_BUFSIZE
    while True:
        chunk = read(size)
        if not chunk:
            return
        write(chunk)


def _same_file(src, dst):
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def _refuse_named_pipe(path):
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return
    if stat.S_ISFIFO(mode):
        raise SpecialFileError(f"`{os.fspath(path)}` is a named pipe")


def copyfile(src, dst, *, follow_symlinks=True):
    sys.audit('shutil.copyfile', src, dst)
    if _same_file(src, dst):
        raise SameFileError(f'{src!r} and {dst!r} are the same file')
    _refuse_named_pipe(src)
    _refuse_named_pipe(dst)
    if not follow_symlinks and os.path.islink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, 'rb') as source:
        with open(dst, 'wb') as target:
            copyfileobj(source, target, COPY_BUFSIZE)
    return dst


def _acts_on_links(src, dst, follow_symlinks):
    """copymode/copystat touch the links themselves only when both ends are links."""
    return not follow_symlinks and os.path.islink(src) and os.path.islink(dst)


def copymode(src, dst, *, follow_symlinks=True):
    sys.audit('shutil.copymode', src, dst)
    if _acts_on_links(src, dst, follow_symlinks):
        if hasattr(os, 'lchmod'):
            os.lchmod(dst, stat.S_IMODE(os.lstat(src).st_mode))
        return
    os.chmod(dst, stat.S_IMODE(os.stat(src).st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    sys.audit('shutil.copystat', src, dst)
    on_links = _acts_on_links(src, dst, follow_symlinks)
    info = os.lstat(src) if on_links else os.stat(src)
    follow = not on_links

    def apply(func, *args, **kwargs):
        # On a link, a call the platform cannot make without following it is skipped.
        if follow or func in os.supports_follow_symlinks:
            func(*args, follow_symlinks=follow, **kwargs)

    apply(os.utime, dst, ns=(info.st_atime_ns, info.st_mtime_ns))
    apply(os.chmod, dst, stat.S_IMODE(info.st_mode))
    flags = getattr(info, 'st_flags', None)
    if flags is not None and hasattr(os, 'chflags'):
        try:
            apply(os.chflags, dst, flags)
        except OSError as exc:
            if exc.errno not in (errno.EOPNOTSUPP, errno.ENOTSUP):
                raise


def _into_directory(src, dst):
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    dst = _into_directory(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    dst = _into_directory(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


# ---- trees -----------------------------------------------------------------------------------

def ignore_patterns(*patterns):
    def names_to_ignore(path, names):
        ignored = set()
        for pattern in patterns:
            ignored.update(fnmatch.filter(names, pattern))
        return ignored
    return names_to_ignore


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    sys.audit('shutil.copytree', src, dst)
    with os.scandir(src) as listing:
        entries = list(listing)
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    skipped = ignore(os.fspath(src), [entry.name for entry in entries]) if ignore else ()
    errors = []
    for entry in entries:
        if entry.name in skipped:
            continue
        src_path = os.path.join(src, entry.name)
        dst_path = os.path.join(dst, entry.name)
        try:
            if entry.is_symlink():
                link_text = os.readlink(src_path)
                if symlinks:
                    os.symlink(link_text, dst_path)
                    copystat(src_path, dst_path, follow_symlinks=False)
                    continue
                # CPython resolves a relative link text from the current directory here, not
                # from the link's own: keep that, it decides which links count as dangling.
                if ignore_dangling_symlinks and not os.path.exists(link_text):
                    continue
            if entry.is_dir():
                try:
                    copytree(src_path, dst_path, symlinks, ignore, copy_function,
                             ignore_dangling_symlinks, dirs_exist_ok)
                except Error as nested:
                    errors.extend(nested.args[0])
            else:
                copy_function(src_path, dst_path)
        except OSError as exc:
            errors.append((src_path, dst_path, str(exc)))
    try:
        copystat(src, dst)
    except OSError as exc:
        errors.append((src, dst, str(exc)))
    if errors:
        raise Error(errors)
    return dst


def _remove_directory(path, report):
    """Depth-first removal by path; each failure goes to report(function, path, exc_info)."""
    try:
        with os.scandir(path) as listing:
            entries = list(listing)
    except OSError:
        report(os.scandir, path, sys.exc_info())
        entries = ()
    for entry in entries:
        try:
            is_directory = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_directory = False
        if is_directory:
            _remove_directory(entry.path, report)
            continue
        try:
            os.unlink(entry.path)
        except OSError:
            report(os.unlink, entry.path, sys.exc_info())
    try:
        os.rmdir(path)
    except OSError:
        report(os.rmdir, path, sys.exc_info())


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    sys.audit('shutil.rmtree', path, dir_fd)
    if dir_fd is not None:
        raise NotImplementedError('dir_fd unavailable on this platform')
    if ignore_errors:
        def report(function, failed_path, exc_info):
            pass
    elif onerror is None:
        def report(function, failed_path, exc_info):
            raise exc_info[1]
    else:
        report = onerror
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        report(os.lstat, path, sys.exc_info())
        return
    if stat.S_ISLNK(mode):
        try:
            raise OSError('Cannot call rmtree on a symbolic link')
        except OSError:
            report(os.path.islink, path, sys.exc_info())
        return
    _remove_directory(path, report)


rmtree.avoids_symlink_attacks = False


def _last_component(path):
    path = os.fspath(path)
    sep = b'/' if isinstance(path, bytes) else '/'
    return os.path.basename(path.rstrip(sep))


def _is_inside(directory, path):
    directory = os.path.abspath(directory)
    path = os.path.abspath(path)
    sep = b'/' if isinstance(path, bytes) else '/'
    return path == directory or path.startswith(directory.rstrip(sep) + sep)


def move(src, dst, copy_function=copy2):
    sys.audit('shutil.move', src, dst)
    target = dst
    if os.path.isdir(dst):
        if _same_file(src, dst):
            # Renaming a directory onto itself (e.g. a case change on some file systems).
            os.rename(src, dst)
            return None
        target = os.path.join(dst, _last_component(src))
        if os.path.exists(target):
            raise Error(f"Destination path '{os.fspath(target)}' already exists")
    try:
        os.rename(src, target)
        return target
    except OSError:
        pass
    # rename failed (another file system, say): copy, then remove the original.
    if os.path.islink(src):
        os.symlink(os.readlink(src), target)
        os.unlink(src)
    elif os.path.isdir(src):
        if _is_inside(src, dst):
            raise Error(f"Cannot move a directory '{os.fspath(src)}' into itself "
                        f"'{os.fspath(dst)}'.")
        copytree(src, target, copy_function=copy_function, symlinks=True)
        rmtree(src)
    else:
        copy_function(src, target)
        os.unlink(src)
    return target


# ---- the file system and the environment ---------------------------------------------------

_usage_class = None   # made on first use: `import shutil` should not load collections


def disk_usage(path):
    global _usage_class
    info = os.statvfs(path)
    if _usage_class is None:
        from collections import namedtuple
        _usage_class = namedtuple('usage', 'total used free')
    block = info.f_frsize
    return _usage_class(info.f_blocks * block, (info.f_blocks - info.f_bfree) * block,
                        info.f_bavail * block)


def _account_id(name, kind):
    """The id of a user (kind 'user') or group name; None when there is no such account."""
    import grp
    import pwd
    try:
        if kind == 'user':
            return pwd.getpwnam(name).pw_uid
        return grp.getgrnam(name).gr_gid
    except KeyError:
        return None


def _chown_id(spec, kind):
    """chown's user or group argument as an id; -1 leaves that id unchanged."""
    if spec is None:
        return -1
    if not isinstance(spec, str):
        return spec
    found = _account_id(spec, kind)
    if found is None:
        raise LookupError(f'no such {kind}: {spec!r}')
    return found


def chown(path, user=None, group=None):
    sys.audit('shutil.chown', path, user, group)
    if user is None and group is None:
        raise ValueError('user and/or group must be set')
    os.chown(path, _chown_id(user, 'user'), _chown_id(group, 'group'))


def _runnable(path, mode):
    return os.path.exists(path) and os.access(path, mode) and not os.path.isdir(path)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    if os.path.dirname(cmd):
        # A command naming a directory is checked where it is, not searched for.
        return cmd if _runnable(cmd, mode) else None
    cmd = os.fspath(cmd)
    if path is None:
        path = os.environ.get('PATH')
        if path is None:
            confstr = getattr(os, 'confstr', None)
            path = confstr('CS_PATH') if confstr is not None else os.defpath
    if not path:
        return None
    path = os.fspath(path)
    if isinstance(cmd, bytes):
        path = os.fsencode(path)
        separator = os.fsencode(os.pathsep)
    else:
        path = os.fsdecode(path)
        separator = os.pathsep
    searched = set()
    for directory in path.split(separator):
        if directory in searched:
            continue
        searched.add(directory)
        candidate = os.path.join(directory, cmd)
        if _runnable(candidate, mode):
            return candidate
    return None


def _size_from_environment(name):
    try:
        return int(os.environ[name])
    except (KeyError, ValueError):
        return 0


def get_terminal_size(fallback=(80, 24)):
    columns = _size_from_environment('COLUMNS')
    lines = _size_from_environment('LINES')
    if columns <= 0 or lines <= 0:
        try:
            measured = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            measured = os.terminal_size(fallback)
        if columns <= 0:
            columns = measured.columns or fallback[0]
        if lines <= 0:
            lines = measured.lines or fallback[1]
    return os.terminal_size((columns, lines))


# ---- archives --------------------------------------------------------------------------------

def _make_archive_dir(archive_name, dry_run, logger):
    directory = os.path.dirname(archive_name)
    if directory and not os.path.exists(directory):
        if logger is not None:
            logger.info('creating %s', directory)
        if not dry_run:
            os.makedirs(directory)


def _on_disk(root_dir, path):
    return path if root_dir is None else os.path.join(root_dir, path)


def _tar_builder(compression, suffix):
    """A make_archive builder writing a tar file compressed with tarfile's `compression`."""
    def build(base_name, base_dir, dry_run=0, owner=None, group=None, logger=None,
              root_dir=None):
        archive_name = base_name + '.tar' + suffix
        _make_archive_dir(archive_name, dry_run, logger)
        if logger is not None:
            logger.info('Creating tar archive')
        uid = _account_id(owner, 'user') if owner is not None else None
        gid = _account_id(group, 'group') if group is not None else None

        def set_owner(member):
            if uid is not None:
                member.uid, member.uname = uid, owner
            if gid is not None:
                member.gid, member.gname = gid, group
            return member

        if not dry_run:
            import tarfile
            with tarfile.open(archive_name, 'w:' + compression) as archive:
                archive.add(_on_disk(root_dir, base_dir), base_dir, filter=set_owner)
        return archive_name
    return build


def _build_zip(base_name, base_dir, dry_run=0, owner=None, group=None, logger=None,
               root_dir=None):
    archive_name = base_name + '.zip'
    _make_archive_dir(archive_name, dry_run, logger)
    if logger is not None:
        logger.info("creating '%s' and adding '%s' to it", archive_name, base_dir)
    if dry_run:
        return archive_name
    import zipfile
    top = os.path.normpath(base_dir)
    top_on_disk = _on_disk(root_dir, top)

    def add(disk_path, name):
        archive.write(disk_path, name)
        if logger is not None:
            logger.info("adding '%s'", disk_path)

    with zipfile.ZipFile(archive_name, 'w', compression=zipfile.ZIP_DEFLATED) as archive:
        if top != os.curdir:
            add(top_on_disk, top)
        for dirpath, dirnames, filenames in os.walk(top_on_disk):
            arc_dir = os.path.normpath(os.path.join(top, os.path.relpath(dirpath, top_on_disk)))
            for name in dirnames:
                add(os.path.join(dirpath, name), os.path.join(arc_dir, name))
            for name in filenames:
                disk_path = os.path.join(dirpath, name)
                if os.path.isfile(disk_path):
                    add(disk_path, os.path.normpath(os.path.join(arc_dir, name)))
    return archive_name


# name -> (builder, extra keyword arguments, description, builder takes root_dir)
_archive_formats = {
    'tar': (_tar_builder('', ''), [], 'uncompressed tar file', True),
    'gztar': (_tar_builder('gz', '.gz'), [], "gzip'ed tar-file", True),
    'bztar': (_tar_builder('bz2', '.bz2'), [], "bzip2'ed tar-file", True),
    'xztar': (_tar_builder('xz', '.xz'), [], "xz'ed tar-file", True),
    'zip': (_build_zip, [], 'ZIP file', True),
}


def get_archive_formats():
    return sorted((name, entry[2]) for name, entry in _archive_formats.items())


def register_archive_format(name, function, extra_args=None, description=''):
    if extra_args is None:
        extra_args = []
    if not callable(function):
        raise TypeError(f'The {function} object is not callable')
    if not isinstance(extra_args, (tuple, list)):
        raise TypeError('extra_args needs to be a sequence')
    for pair in extra_args:
        if not isinstance(pair, (tuple, list)) or len(pair) != 2:
            raise TypeError('extra_args elements are : (arg_name, value)')
    _archive_formats[name] = (function, extra_args, description, False)


def unregister_archive_format(name):
    del _archive_formats[name]


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0, dry_run=0,
                 owner=None, group=None, logger=None):
    sys.audit('shutil.make_archive', base_name, format, root_dir, base_dir)
    try:
        builder, extra_args, _, takes_root_dir = _archive_formats[format]
    except KeyError:
        raise ValueError(f"unknown archive format '{format}'") from None
    options = dict(extra_args)
    options.update(dry_run=dry_run, owner=owner, group=group, logger=logger)
    if base_dir is None:
        base_dir = os.curdir
    if root_dir is None:
        return builder(base_name, base_dir, **options)
    if takes_root_dir:
        if not stat.S_ISDIR(os.stat(root_dir).st_mode):
            raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), root_dir)
        return os.path.abspath(builder(base_name, base_dir, root_dir=root_dir, **options))
    base_name = os.path.abspath(os.fspath(base_name))
    # A format registered by the user works relative to the current directory.
    previous = os.getcwd()
    if logger is not None:
        logger.debug("changing into '%s'", root_dir)
    if not dry_run:
        os.chdir(root_dir)
    try:
        return builder(base_name, base_dir, **options)
    finally:
        if logger is not None:
            logger.debug("changing back to '%s'", previous)
        os.chdir(previous)


def _member_target(extract_dir, name):
    """Where a zip member lands, or None for names that might leave extract_dir (absolute, or
    holding '..' anywhere, as CPython judges them)."""
    if name.startswith('/') or '..' in name:
        return None
    return os.path.join(extract_dir, *name.split('/'))


def _unpack_zip(filename, extract_dir, *, filter=None):
    import zipfile
    if not zipfile.is_zipfile(filename):
        raise ReadError(f'{filename} is not a zip file')
    with zipfile.ZipFile(filename) as archive:
        for info in archive.infolist():
            target = _member_target(extract_dir, info.filename)
            if target is None:
                continue
            if info.filename.endswith('/'):
                os.makedirs(target, exist_ok=True)
                continue
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with archive.open(info) as source, open(target, 'wb') as out:
                copyfileobj(source, out)


def _unpack_tar(filename, extract_dir, *, filter=None):
    import tarfile
    try:
        archive = tarfile.open(filename)
    except tarfile.TarError:
        raise ReadError(f'{filename} is not a compressed or uncompressed tar file')
    with archive:
        archive.extractall(extract_dir, filter=filter)


# name -> (file name extensions, unpacker, extra keyword arguments, description)
_unpack_formats = {
    'tar': (['.tar'], _unpack_tar, [], 'uncompressed tar file'),
    'zip': (['.zip'], _unpack_zip, [], 'ZIP file'),
    'gztar': (['.tar.gz', '.tgz'], _unpack_tar, [], "gzip'ed tar-file"),
    'bztar': (['.tar.bz2', '.tbz2'], _unpack_tar, [], "bzip2'ed tar-file"),
    'xztar': (['.tar.xz', '.txz'], _unpack_tar, [], "xz'ed tar-file"),
}


def get_unpack_formats():
    return sorted((name, entry[0], entry[3]) for name, entry in _unpack_formats.items())


def register_unpack_format(name, extensions, function, extra_args=None, description=''):
    owners = {}
    for format_name, entry in _unpack_formats.items():
        for extension in entry[0]:
            owners[extension] = format_name
    for extension in extensions:
        if extension in owners:
            raise RegistryError(f'{extension} is already registered for "{owners[extension]}"')
    if not callable(function):
        raise TypeError('The registered function must be a callable')
    _unpack_formats[name] = (extensions, function, extra_args or [], description)


def unregister_unpack_format(name):
    del _unpack_formats[name]


def unpack_archive(filename, extract_dir=None, format=None, *, filter=None):
    sys.audit('shutil.unpack_archive', filename, extract_dir, format)
    extract_dir = os.getcwd() if extract_dir is None else os.fspath(extract_dir)
    filename = os.fspath(filename)
    if format is not None:
        try:
            entry = _unpack_formats[format]
        except KeyError:
            raise ValueError(f"Unknown unpack format '{format}'") from None
    else:
        entry = next((candidate for candidate in _unpack_formats.values()
                      if any(filename.endswith(ext) for ext in candidate[0])), None)
        if entry is None:
            raise ReadError(f"Unknown archive format '{filename}'")
    options = dict(entry[2])
    if filter is not None:
        options['filter'] = filter
    entry[1](filename, extract_dir, **options)
