"""Child processes (POSIX): run() and its shorthands, and Popen beneath them.

The fork and exec happen in C (_posixsubprocess.fork_exec, runtime/modules/
posixsubprocess.c); everything around them, pipes, waiting and the exchange of data
with the child, is here."""

import io
import os
import signal
import sys
import threading
import time
import types
import warnings

import _posixsubprocess

__all__ = ['Popen', 'PIPE', 'STDOUT', 'call', 'check_call', 'getstatusoutput', 'getoutput',
           'check_output', 'run', 'CalledProcessError', 'DEVNULL', 'SubprocessError',
           'TimeoutExpired', 'CompletedProcess']

PIPE = -1
STDOUT = -2
DEVNULL = -3

_CHUNK = 32768          # bytes read from a pipe at a time
_WRITE_CHUNK = 512      # bytes written at a time: at most PIPE_BUF, so a write never blocks


# -- exceptions and results ------------------------------------------------------------------

class SubprocessError(Exception):
    pass


def _describe_signal(number):
    try:
        return repr(signal.Signals(number))
    except ValueError:
        return f'unknown signal {number}'


class _OutputAlias:
    # `stdout` is another name for `output` on both exception classes.
    def __get__(self, obj, owner=None):
        return self if obj is None else obj.output

    def __set__(self, obj, value):
        obj.output = value


class CalledProcessError(SubprocessError):
    """A child run with check=True (or check_call/check_output) exited non-zero."""

    stdout = _OutputAlias()

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.cmd, self.returncode = cmd, returncode
        self.output, self.stderr = output, stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            return f"Command '{self.cmd}' died with {_describe_signal(-self.returncode)}."
        return f"Command '{self.cmd}' returned non-zero exit status {self.returncode}."


class TimeoutExpired(SubprocessError):
    """Waiting for a child took longer than the timeout given."""

    stdout = _OutputAlias()

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd, self.timeout = cmd, timeout
        self.output, self.stderr = output, stderr

    def __str__(self):
        return f"Command '{self.cmd}' timed out after {self.timeout} seconds"


class CompletedProcess:
    """What run() returns: the arguments, the exit status and any captured output."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args, self.returncode = args, returncode
        self.stdout, self.stderr = stdout, stderr

    def __repr__(self):
        fields = [f'args={self.args!r}', f'returncode={self.returncode!r}']
        for name in ('stdout', 'stderr'):
            value = getattr(self, name)
            if value is not None:
                fields.append(f'{name}={value!r}')
        return f"{type(self).__name__}({', '.join(fields)})"

    __class_getitem__ = classmethod(types.GenericAlias)

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


# -- the shorthands --------------------------------------------------------------------------

def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as proc:
        try:
            out, err = proc.communicate(input, timeout=timeout)
        except TimeoutExpired:
            # The exception carries the raw output read so far.
            proc.kill()
            proc.wait()
            raise
        except BaseException:
            proc.kill()          # __exit__ reaps it
            raise
        status = proc.poll()
    if check and status:
        raise CalledProcessError(status, proc.args, output=out, stderr=err)
    return CompletedProcess(proc.args, status, out, err)


def call(*popenargs, timeout=None, **kwargs):
    with Popen(*popenargs, **kwargs) as proc:
        try:
            return proc.wait(timeout=timeout)
        except BaseException:
            proc.kill()
            raise


def check_call(*popenargs, **kwargs):
    status = call(*popenargs, **kwargs)
    if status:
        command = kwargs.get('args')
        if command is None:
            command = popenargs[0]
        raise CalledProcessError(status, command)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    for forbidden in ('stdout', 'check'):
        if forbidden in kwargs:
            raise ValueError(f'{forbidden} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        # An explicit input=None still means "an empty stdin", not "inherit stdin".
        wants_text = (kwargs.get('universal_newlines') or kwargs.get('text')
                      or kwargs.get('encoding') or kwargs.get('errors'))
        kwargs['input'] = '' if wants_text else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    try:
        text = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        status = 0
    except CalledProcessError as failed:
        text, status = failed.output, failed.returncode
    if text.endswith('\n'):
        text = text[:-1]
    return status, text


def getoutput(cmd, *, encoding=None, errors=None):
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def list2cmdline(seq):
    """Joins arguments into one command line quoted by the MS C runtime's rules."""
    words = []
    for arg in map(os.fsdecode, seq):
        needs_quotes = not arg or ' ' in arg or '\t' in arg
        pieces = []
        backslashes = 0
        for ch in arg:
            if ch == '\\':
                backslashes += 1
                continue
            if ch == '"':
                # backslashes before a quote are escapes: double them, then escape it
                pieces.append('\\' * (2 * backslashes) + '\\"')
            else:
                pieces.append('\\' * backslashes + ch)
            backslashes = 0
        # trailing backslashes precede the closing quote when there is one
        pieces.append('\\' * (2 * backslashes if needs_quotes else backslashes))
        word = ''.join(pieces)
        words.append(f'"{word}"' if needs_quotes else word)
    return ' '.join(words)


# -- Popen -----------------------------------------------------------------------------------

# Popen objects dropped while their child still ran: reaped when the next one starts, so
# they do not linger as zombies.
_abandoned = []


def _reap_abandoned():
    for proc in _abandoned[:]:
        if proc.poll() is not None:
            _abandoned.remove(proc)


def _text_encoding():
    if sys.flags.utf8_mode:
        return 'utf-8'
    import locale
    return locale.getpreferredencoding(False)


def _as_bytes_list(items):
    return [os.fsencode(item) for item in items]


def _candidate_paths(program, env):
    """The paths exec tries for program: itself when it names a directory, else PATH's."""
    if os.path.dirname(program):
        return [program]
    return [os.path.join(os.fsencode(d), program) for d in os.get_exec_path(env)]


def _child_ids(user, group, extra_groups):
    """(gid, supplementary gids or None, uid) for fork_exec; -1: leave as it is."""
    gid = uid = -1
    groups = None
    if group is not None:
        if isinstance(group, str):
            import grp
            gid = grp.getgrnam(group).gr_gid
        elif isinstance(group, int):
            gid = group
        else:
            raise TypeError(f'Group must be a string or an integer, not {type(group)}')
        if gid < 0:
            raise ValueError(f'Group ID cannot be negative, got {gid}')
    if extra_groups is not None:
        groups = []
        for item in extra_groups:
            if isinstance(item, str):
                import grp
                groups.append(grp.getgrnam(item).gr_gid)
            elif isinstance(item, int):
                groups.append(item)
            else:
                raise TypeError('Items in extra_groups must be a string or integer, '
                                f'not {type(item)}')
    if user is not None:
        if isinstance(user, str):
            import pwd
            uid = pwd.getpwnam(user).pw_uid
        elif isinstance(user, int):
            uid = user
        else:
            raise TypeError('User must be a string or an integer')
        if uid < 0:
            raise ValueError(f'User ID cannot be negative, got {uid}')
    return gid, groups, uid


def _env_entries(env):
    entries = []
    for key, value in env.items():
        key = os.fsencode(key)
        if b'=' in key:
            raise ValueError('illegal environment variable name')
        entries.append(key + b'=' + os.fsencode(value))
    return entries


class _Plumbing:
    """The fds one Popen sets up: the child's 0/1/2 and the parent's ends of pipes."""

    def __init__(self):
        self.child = [-1, -1, -1]       # what the child gets as stdin/stdout/stderr
        self.parent = [None, None, None]
        self.close_after_fork = []      # child ends of pipes, /dev/null
        self.devnull = None

    def _devnull_fd(self):
        if self.devnull is None:
            self.devnull = os.open(os.devnull, os.O_RDWR)
            self.close_after_fork.append(self.devnull)
        return self.devnull

    def route(self, index, spec):
        if spec is None:
            return
        if spec == PIPE:
            read_end, write_end = os.pipe()
            self.close_after_fork.append(write_end if index else read_end)
            if index:
                self.child[index], self.parent[index] = write_end, read_end
            else:
                self.child[index], self.parent[index] = read_end, write_end
        elif spec == DEVNULL:
            self.child[index] = self._devnull_fd()
        elif spec == STDOUT:
            if index != 2:
                raise ValueError('STDOUT can only be used for stderr')
            self.child[2] = self.child[1] if self.child[1] != -1 else 1
        elif isinstance(spec, int):
            self.child[index] = spec
        else:
            self.child[index] = spec.fileno()

    def close_child_side(self):
        for fd in self.close_after_fork:
            os.close(fd)
        self.close_after_fork = []

    def close_all(self):
        self.close_child_side()
        for fd in self.parent:
            if fd is not None:
                os.close(fd)


class Popen:
    """A child process, with pipes to it where asked for."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=True, shell=False, cwd=None,
                 env=None, universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *, user=None,
                 group=None, extra_groups=None, encoding=None, errors=None, text=None,
                 umask=-1, pipesize=-1, process_group=None):
        _reap_abandoned()
        self.args = args
        self.pid = None
        self.returncode = None
        self.stdin = self.stdout = self.stderr = None
        self._waitpid_guard = threading.Lock()
        self._exchange = None           # communicate()'s progress, once it started

        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError('bufsize must be an integer')
        if startupinfo is not None:
            raise ValueError('startupinfo is only supported on Windows platforms')
        if creationflags != 0:
            raise ValueError('creationflags is only supported on Windows platforms')
        ids = _child_ids(user, group, extra_groups)
        if (text is not None and universal_newlines is not None
                and bool(universal_newlines) != bool(text)):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines '
                                  'are supplied but different. Pass one or the other.')
        self.text_mode = encoding or errors or text or universal_newlines
        if self.text_mode and encoding is None:
            encoding = _text_encoding()
        self.encoding = encoding
        self.errors = errors
        if pass_fds and not close_fds:
            warnings.warn('pass_fds overriding close_fds.', RuntimeWarning)
            close_fds = True

        plumbing = _Plumbing()
        try:
            for index, spec in enumerate((stdin, stdout, stderr)):
                plumbing.route(index, spec)
            self._start(args, executable, shell, cwd, env, preexec_fn, close_fds, pass_fds,
                        restore_signals, start_new_session, process_group, umask, ids,
                        plumbing)
        except BaseException:
            plumbing.close_all()
            raise
        plumbing.close_child_side()
        self._wrap_pipes(plumbing.parent, bufsize)

    def _start(self, args, executable, shell, cwd, env, preexec_fn, close_fds, pass_fds,
               restore_signals, start_new_session, process_group, umask, ids, plumbing):
        if isinstance(args, (str, bytes)):
            argv = [args]
        elif isinstance(args, os.PathLike):
            if shell:
                raise TypeError('path-like args is not allowed when shell is true')
            argv = [args]
        else:
            argv = list(args)
        if shell:
            argv = ['/bin/sh', '-c'] + argv
            if executable is not None:
                argv[0] = executable
        program = argv[0] if executable is None else executable
        argv = _as_bytes_list(argv)
        paths = _candidate_paths(os.fsencode(program), env)
        env_list = None if env is None else _env_entries(env)
        cwd_bytes = None if cwd is None else os.fsencode(cwd)
        keep = sorted({int(fd) for fd in pass_fds})

        report_read, report_write = os.pipe()
        try:
            try:
                self.pid = _posixsubprocess.fork_exec(
                    argv, paths, close_fds, keep, cwd_bytes, env_list,
                    plumbing.child[0], plumbing.child[1], plumbing.child[2], report_write,
                    restore_signals, start_new_session, preexec_fn,
                    -1 if process_group is None else process_group, umask, *ids)
            finally:
                os.close(report_write)
            report = b''
            while True:
                part = os.read(report_read, 64)
                if not part:
                    break
                report += part
        finally:
            os.close(report_read)
        if report:
            self._raise_child_failure(report, program, cwd)

    def _raise_child_failure(self, report, program, cwd):
        # The child wrote "<stage>:<errno in hex>" and exited: reap it, raise its error.
        try:
            os.waitpid(self.pid, 0)
        except ChildProcessError:
            pass
        self.returncode = 255
        stage, _, code = report.decode('ascii', 'replace').partition(':')
        if stage == 'preexec':
            raise SubprocessError('Exception occurred in preexec_fn.')
        number = int(code or '0', 16)
        if stage == 'ids':
            raise OSError(number, os.strerror(number))
        culprit = cwd if stage == 'chdir' else program
        raise OSError(number, os.strerror(number), os.fsdecode(culprit))

    def _wrap_pipes(self, parent_fds, bufsize):
        stdin_fd, stdout_fd, stderr_fd = parent_fds
        if stdin_fd is not None:
            self.stdin = io.open(stdin_fd, 'wb', bufsize)
            if self.text_mode:
                self.stdin = io.TextIOWrapper(self.stdin, encoding=self.encoding,
                                              errors=self.errors, write_through=True,
                                              line_buffering=(bufsize == 1))
        if stdout_fd is not None:
            self.stdout = self._reader(stdout_fd, bufsize)
        if stderr_fd is not None:
            self.stderr = self._reader(stderr_fd, bufsize)

    def _reader(self, fd, bufsize):
        stream = io.open(fd, 'rb', bufsize)
        if self.text_mode:
            stream = io.TextIOWrapper(stream, encoding=self.encoding, errors=self.errors)
        return stream

    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, value):
        self.text_mode = value

    __class_getitem__ = classmethod(types.GenericAlias)

    def __repr__(self):
        text = f'<{type(self).__name__}: returncode: {self.returncode} args: {self.args!r}>'
        if len(text) > 80:
            text = text[:76] + '...>'
        return text

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        for stream in (self.stdout, self.stderr):
            if stream is not None:
                stream.close()
        try:
            if self.stdin is not None:
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass          # the child stopped reading: its input no longer matters
        finally:
            if exc_type is KeyboardInterrupt:
                # Ctrl-C reached the child too: give it a moment, but do not hang on it.
                try:
                    self.wait(timeout=0.25)
                except TimeoutExpired:
                    pass
            else:
                self.wait()

    def __del__(self):
        if getattr(self, 'pid', None) is None or self.returncode is not None:
            return
        if self.poll() is None:
            warnings.warn(f'subprocess {self.pid} is still running', ResourceWarning,
                          source=self)
            _abandoned.append(self)

    # -- the child's exit status
    def _collect(self, block):
        if self.returncode is not None:
            return self.returncode
        # One waitpid at a time: two threads must not both reap (or miss) the child.
        if not self._waitpid_guard.acquire(block):
            return None
        try:
            if self.returncode is None:
                try:
                    pid, status = os.waitpid(self.pid, 0 if block else os.WNOHANG)
                except ChildProcessError:
                    pid, status = self.pid, 0     # reaped elsewhere (SIGCHLD ignored)
                if pid == self.pid:
                    self.returncode = os.waitstatus_to_exitcode(status)
        finally:
            self._waitpid_guard.release()
        return self.returncode

    def poll(self):
        return self._collect(block=False)

    def wait(self, timeout=None):
        if timeout is None:
            return self._collect(block=True)
        deadline = time.monotonic() + timeout
        pause = 0.0005
        while self.poll() is None:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutExpired(self.args, timeout)
            time.sleep(min(pause, left, 0.05))
            pause *= 2
        return self.returncode

    def send_signal(self, sig):
        self.poll()
        if self.returncode is None:
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                pass              # it exited between the poll and the kill

    def terminate(self):
        self.send_signal(signal.SIGTERM)

    def kill(self):
        self.send_signal(signal.SIGKILL)

    # -- talking to the child
    def communicate(self, input=None, timeout=None):
        if self._exchange is not None and input:
            raise ValueError('Cannot send input after starting communication')
        if (self._exchange is None and timeout is None
                and (self.stdin, self.stdout, self.stderr).count(None) >= 2):
            return self._communicate_one_pipe(input)
        deadline = None if timeout is None else time.monotonic() + timeout
        if self._exchange is None:
            self._exchange = _Exchange(self, input)
        exchange = self._exchange
        if not exchange.run(deadline):
            out, err = exchange.partial(self)
            raise TimeoutExpired(self.args, timeout, output=out, stderr=err)
        out, err = exchange.results(self)
        # The pipes closed but the child may live on: what remains of the timeout is
        # what wait() gets, and what its TimeoutExpired reports.
        self.wait(timeout=None if deadline is None else deadline - time.monotonic())
        return out, err


    def _communicate_one_pipe(self, data):
        # Through the file object, so what the caller already buffered from it (a
        # readline() before communicate()) is part of the result.
        out = err = None
        if self.stdin is not None:
            if data:
                try:
                    self.stdin.write(data)
                except BrokenPipeError:
                    pass          # the child stopped reading
            _Exchange._close_stream(self.stdin)
        elif self.stdout is not None:
            out = self.stdout.read()
            self.stdout.close()
        elif self.stderr is not None:
            err = self.stderr.read()
            self.stderr.close()
        self.wait()
        return out, err


class _Exchange:
    """communicate()'s state: input still to write, output read so far. It survives a
    timeout, so calling communicate() again carries on where the first call stopped."""

    def __init__(self, proc, data):
        self.pending = {}               # fd -> list of chunks read
        self.streams = {}               # fd -> the Popen's file object
        self.to_write = b''
        self.written = 0
        self.stdin_fd = None
        if proc.stdin is not None:
            if not proc.stdin.closed:
                try:
                    proc.stdin.flush()
                except BrokenPipeError:
                    pass
            if data:
                if proc.text_mode:
                    data = data.encode(proc.stdin.encoding, proc.stdin.errors or 'strict')
                self.to_write = memoryview(data).cast('B')
                self.stdin_fd = proc.stdin.fileno()
            else:
                self._close_stream(proc.stdin)
        for stream in (proc.stdout, proc.stderr):
            if stream is not None and not stream.closed:
                fd = stream.fileno()
                self.pending[fd] = []
                self.streams[fd] = stream
        self.proc = proc
        self.open_readers = set(self.pending)

    @staticmethod
    def _close_stream(stream):
        try:
            stream.close()
        except BrokenPipeError:
            pass

    def _stop_writing(self):
        self.stdin_fd = None
        self._close_stream(self.proc.stdin)

    def run(self, deadline):
        """Moves data until the pipes close; False when the deadline passed first."""
        import selectors
        chooser = getattr(selectors, 'PollSelector', selectors.SelectSelector)
        with chooser() as selector:
            if self.stdin_fd is not None:
                selector.register(self.stdin_fd, selectors.EVENT_WRITE)
            for fd in self.open_readers:
                selector.register(fd, selectors.EVENT_READ)
            while selector.get_map():
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left < 0:
                    return False
                for key, _events in selector.select(left):
                    fd = key.fd
                    if fd == self.stdin_fd:
                        if not self._write_some(fd):
                            selector.unregister(fd)
                            self._stop_writing()
                    else:
                        chunk = os.read(fd, _CHUNK)
                        if chunk:
                            self.pending[fd].append(chunk)
                        else:
                            selector.unregister(fd)
                            self.open_readers.discard(fd)
        return True

    def _write_some(self, fd):
        # True while input remains to be written.
        piece = self.to_write[self.written:self.written + _WRITE_CHUNK]
        try:
            self.written += os.write(fd, piece)
        except BrokenPipeError:
            return False
        return self.written < len(self.to_write)

    def partial(self, proc):
        """The bytes read so far from stdout and stderr (None where nothing was)."""
        found = []
        for stream in (proc.stdout, proc.stderr):
            chunks = None if stream is None or stream.closed else self.pending.get(stream.fileno())
            found.append(b''.join(chunks) if chunks else None)
        return found

    def results(self, proc):
        outputs = []
        for stream in (proc.stdout, proc.stderr):
            if stream is None:
                outputs.append(None)
                continue
            fd = None if stream.closed else stream.fileno()
            data = b''.join(self.pending.get(fd, ()))
            stream.close()
            if proc.text_mode:
                # decoded as reading the pipe in text mode would: universal newlines
                data = io.TextIOWrapper(io.BytesIO(data), encoding=proc.encoding,
                                        errors=proc.errors).read()
            outputs.append(data)
        return outputs
