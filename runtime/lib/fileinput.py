"""Read lines from a sequence of files (or standard input) as one stream,
optionally rewriting each file in place.  Written for Spry from the
documented behaviour of the fileinput module."""

import io
import os
import sys
from types import GenericAlias

__all__ = ["input", "close", "nextfile", "filename", "lineno", "filelineno",
           "fileno", "isfirstline", "isstdin", "FileInput",
           "hook_compressed", "hook_encoded"]

# The FileInput behind the module-level functions, set by input().
_active = None


def input(files=None, inplace=False, backup="", *, mode="r", openhook=None,
          encoding=None, errors=None):
    global _active
    if _active is not None and _active._stream is not None:
        raise RuntimeError("input() already active")
    _active = FileInput(files, inplace, backup, mode=mode, openhook=openhook,
                        encoding=encoding, errors=errors)
    return _active


def close():
    global _active
    current, _active = _active, None
    if current is not None:
        current.close()


def _require_active():
    if _active is None:
        raise RuntimeError("no active input()")
    return _active


def nextfile():
    return _require_active().nextfile()


def filename():
    return _require_active().filename()


def lineno():
    return _require_active().lineno()


def filelineno():
    return _require_active().filelineno()


def fileno():
    return _require_active().fileno()


def isfirstline():
    return _require_active().isfirstline()


def isstdin():
    return _require_active().isstdin()


class FileInput:
    """Iterate over the lines of several files; see input()."""

    def __init__(self, files=None, inplace=False, backup="", *, mode="r",
                 openhook=None, encoding=None, errors=None):
        # Set up first: __del__ runs even when the checks below raise.
        self._queue = []
        self._name = None
        self._stream = None
        self._reading_stdin = False
        self._backup_path = None
        self._rewritten = None
        self._stdout_before = None
        self._total = 0
        self._in_file = 0
        if isinstance(files, str) or isinstance(files, os.PathLike):
            names = (files,)
        elif files is None:
            names = ()
        else:
            names = tuple(files)
        if not names:
            names = ("-",)
        if mode not in ("r", "rb"):
            raise ValueError("FileInput opening mode must be 'r' or 'rb'")
        if openhook is not None:
            if inplace:
                raise ValueError("FileInput cannot use an opening hook in inplace mode")
            if not callable(openhook):
                raise ValueError("FileInput openhook must be callable")
        self._queue = list(names)
        self._inplace = inplace
        self._backup_suffix = backup
        self._mode = mode
        self._openhook = openhook
        self._encoding = encoding
        self._errors = errors

    def __del__(self):
        self.close()

    def close(self):
        try:
            self.nextfile()
        finally:
            self._queue = []

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def readline(self):
        while True:
            if self._stream is None:
                if not self._queue:
                    return b"" if "b" in self._mode else ""
                self._open_next()
                continue
            line = self._stream.readline()
            if line:
                self._total += 1
                self._in_file += 1
                return line
            self.nextfile()

    def _open_next(self):
        name = self._queue.pop(0)
        self._name = name
        self._in_file = 0
        self._reading_stdin = False
        self._backup_path = None
        binary = "b" in self._mode
        if name == "-":
            self._name = "<stdin>"
            self._reading_stdin = True
            self._stream = sys.stdin.buffer if binary else sys.stdin
        elif self._inplace:
            self._start_rewrite(name, binary)
        elif self._openhook is not None:
            if self._encoding is None:
                self._stream = self._openhook(name, self._mode)
            else:
                self._stream = self._openhook(name, self._mode,
                                              encoding=self._encoding,
                                              errors=self._errors)
        else:
            self._stream = self._open_plain(name, binary)

    def _open_plain(self, path, binary):
        if binary:
            return open(path, self._mode)
        return open(path, self._mode, encoding=self._encoding,
                    errors=self._errors)

    def _start_rewrite(self, name, binary):
        # The original moves aside to the backup name; we read from there
        # and print() writes the new contents under the original name.
        backup_path = os.fspath(name) + (self._backup_suffix or ".bak")
        try:
            os.unlink(backup_path)
        except OSError:
            pass
        os.rename(name, backup_path)
        self._backup_path = backup_path
        self._stream = self._open_plain(backup_path, binary)
        try:
            permissions = os.fstat(self._stream.fileno()).st_mode
        except OSError:
            self._rewritten = self._open_plain_for_write(name, binary)
        else:
            flags = os.O_CREAT | os.O_WRONLY | os.O_TRUNC
            if hasattr(os, "O_BINARY"):
                flags |= os.O_BINARY
            fd = os.open(name, flags, permissions)
            self._rewritten = os.fdopen(fd, "wb" if binary else "w",
                                        **self._text_options(binary))
            try:
                os.chmod(name, permissions)
            except OSError:
                pass
        self._stdout_before = sys.stdout
        sys.stdout = self._rewritten

    def _text_options(self, binary):
        if binary:
            return {}
        return {"encoding": self._encoding, "errors": self._errors}

    def _open_plain_for_write(self, name, binary):
        return open(name, "wb" if binary else "w", **self._text_options(binary))

    def nextfile(self):
        stdout_before, self._stdout_before = self._stdout_before, None
        if stdout_before is not None:
            sys.stdout = stdout_before
        rewritten, self._rewritten = self._rewritten, None
        stream, self._stream = self._stream, None
        backup_path, self._backup_path = self._backup_path, None
        was_stdin, self._reading_stdin = self._reading_stdin, False
        try:
            if rewritten is not None:
                rewritten.close()
        finally:
            try:
                if stream is not None and not was_stdin:
                    stream.close()
            finally:
                if backup_path is not None and not self._backup_suffix:
                    try:
                        os.unlink(backup_path)
                    except OSError:
                        pass

    def filename(self):
        return self._name

    def lineno(self):
        return self._total

    def filelineno(self):
        return self._in_file

    def fileno(self):
        if self._stream is None:
            return -1
        try:
            return self._stream.fileno()
        except ValueError:
            return -1

    def isfirstline(self):
        return self._in_file == 1

    def isstdin(self):
        return self._reading_stdin

    __class_getitem__ = classmethod(GenericAlias)


def hook_compressed(filename, mode, *, encoding=None, errors=None):
    suffix = os.path.splitext(filename)[1]
    if suffix == ".gz":
        import gzip
        raw = gzip.open(filename, mode)
    elif suffix == ".bz2":
        import bz2
        raw = bz2.BZ2File(filename, mode)
    else:
        return open(filename, mode, encoding=encoding, errors=errors)
    if "b" in mode:
        return raw
    return io.TextIOWrapper(raw, encoding=encoding, errors=errors)


def hook_encoded(encoding, errors=None):
    def openhook(filename, mode):
        return open(filename, mode, encoding=encoding, errors=errors)
    return openhook
