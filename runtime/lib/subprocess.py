"""Spawning processes, connecting to their pipes, and getting their return codes.

POSIX only. preexec_fn, user, group, extra_groups, umask and process_group are not
supported by Spry (NotImplementedError): the child runs no Python code between fork and
exec.
"""

import io
import os
import selectors
import signal
import sys
import threading
import time
import types
import _posixsubprocess

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput", "getoutput",
           "check_output", "run", "CalledProcessError", "DEVNULL", "SubprocessError",
           "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_PIPE_BUF = 512
_time = time.monotonic


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when run() with check=True, check_call() or check_output() sees a non-zero
    exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                return "Command '%s' died with %r." % (self.cmd, signal.Signals(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """Raised when waiting for a child process timed out."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    """What run() returns: args, returncode, stdout, stderr."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        parts = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            parts.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            parts.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(parts))

    __class_getitem__ = classmethod(types.GenericAlias)

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def call(*popenargs, timeout=None, **kwargs):
    """Runs a command and returns its exit status."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Runs a command; CalledProcessError if its exit status is not zero."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Runs a command and returns its output; CalledProcessError on a non-zero status."""
    if 'stdout' in kwargs:
        raise ValueError('stdout argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        text = (kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding')
                or kwargs.get('errors'))
        kwargs['input'] = '' if text else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Runs a command, waits for it, and returns a CompletedProcess."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            exc.stdout, exc.stderr = process.communicate()
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """(exit status, output) of running cmd in a shell; a trailing newline is dropped."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding,
                            errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """The output of running cmd in a shell, without a trailing newline."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


class Popen:
    """A child process, with optional pipes to its standard streams."""

    _child_created = False

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *, user=None,
                 group=None, extra_groups=None, encoding=None, errors=None, text=None,
                 umask=-1, pipesize=-1, process_group=None):
        self._waitpid_lock = threading.Lock()
        self._input = None
        self._communication_started = False
        self.args = args
        self.stdin = self.stdout = self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        for name, value in (('preexec_fn', preexec_fn), ('user', user), ('group', group),
                            ('extra_groups', extra_groups), ('process_group', process_group)):
            if value is not None:
                raise NotImplementedError(f"subprocess: {name} is not supported by Spry")
        if umask != -1:
            raise NotImplementedError("subprocess: umask is not supported by Spry")
        if pass_fds and not close_fds:
            close_fds = True
        if universal_newlines is not None and text is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines are '
                                  'supplied but different. Pass one or the other.')
        self.text_mode = encoding or errors or text or universal_newlines
        line_buffering = bufsize == 1 and self.text_mode
        if bufsize == 1 and not self.text_mode:
            bufsize = -1
        self._devnull = None
        self._closed_child_pipe_fds = False
        p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite = self._get_handles(stdin, stdout, stderr)
        text_encoding = encoding or "utf-8"
        try:
            if p2cwrite != -1:
                self.stdin = io.open(p2cwrite, 'wb', bufsize)
                if self.text_mode:
                    self.stdin = io.TextIOWrapper(self.stdin, write_through=True,
                                                  line_buffering=line_buffering,
                                                  encoding=text_encoding, errors=errors)
            if c2pread != -1:
                self.stdout = io.open(c2pread, 'rb', bufsize)
                if self.text_mode:
                    self.stdout = io.TextIOWrapper(self.stdout, encoding=text_encoding, errors=errors)
            if errread != -1:
                self.stderr = io.open(errread, 'rb', bufsize)
                if self.text_mode:
                    self.stderr = io.TextIOWrapper(self.stderr, encoding=text_encoding, errors=errors)
            self._execute_child(args, executable, close_fds, pass_fds, cwd, env, shell,
                                p2cread, p2cwrite, c2pwrite, errwrite, restore_signals,
                                start_new_session)
        except:
            for f in filter(None, (self.stdin, self.stdout, self.stderr)):
                try:
                    f.close()
                except OSError:
                    pass
            if not self._closed_child_pipe_fds:
                for fd, ours in ((p2cread, stdin == PIPE), (c2pwrite, stdout == PIPE),
                                 (errwrite, stderr == PIPE)):
                    if ours:
                        os.close(fd)
                if self._devnull is not None:
                    os.close(self._devnull)
            raise

    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, universal_newlines):
        self.text_mode = bool(universal_newlines)

    def __repr__(self):
        obj_repr = f"<{self.__class__.__name__}: returncode: {self.returncode} args: {self.args!r}>"
        if len(obj_repr) > 80:
            obj_repr = obj_repr[:76] + "...>"
        return obj_repr

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            self.wait()

    def _get_devnull(self):
        if self._devnull is None:
            self._devnull = os.open(os.devnull, os.O_RDWR)
        return self._devnull

    def _get_handles(self, stdin, stdout, stderr):
        """(p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite); -1 for none."""
        p2cread = p2cwrite = c2pread = c2pwrite = errread = errwrite = -1
        if stdin == PIPE:
            p2cread, p2cwrite = os.pipe()
        elif stdin == DEVNULL:
            p2cread = self._get_devnull()
        elif isinstance(stdin, int):
            p2cread = stdin
        elif stdin is not None:
            p2cread = stdin.fileno()
        if stdout == PIPE:
            c2pread, c2pwrite = os.pipe()
        elif stdout == DEVNULL:
            c2pwrite = self._get_devnull()
        elif isinstance(stdout, int):
            c2pwrite = stdout
        elif stdout is not None:
            c2pwrite = stdout.fileno()
        if stderr == PIPE:
            errread, errwrite = os.pipe()
        elif stderr == STDOUT:
            errwrite = c2pwrite if c2pwrite != -1 else sys.__stdout__.fileno()
        elif stderr == DEVNULL:
            errwrite = self._get_devnull()
        elif isinstance(stderr, int):
            errwrite = stderr
        elif stderr is not None:
            errwrite = stderr.fileno()
        return p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite

    def _execute_child(self, args, executable, close_fds, pass_fds, cwd, env, shell,
                       p2cread, p2cwrite, c2pwrite, errwrite, restore_signals,
                       start_new_session):
        if isinstance(args, (str, bytes)):
            args = [args]
        elif isinstance(args, os.PathLike):
            if shell:
                raise TypeError('path-like args is not allowed when shell is true')
            args = [args]
        else:
            args = list(args)
        if shell:
            args = ["/bin/sh", "-c"] + args
            if executable:
                args[0] = executable
        if executable is None:
            executable = args[0]
        orig_executable = executable
        executable = os.fsencode(executable)
        if os.path.dirname(executable):
            executable_list = (executable,)
        else:
            executable_list = tuple(os.path.join(os.fsencode(d), executable)
                                    for d in os.get_exec_path(env))
        env_list = None
        if env is not None:
            env_list = []
            for k, v in env.items():
                k = os.fsencode(k)
                if b'=' in k:
                    raise ValueError("illegal environment variable name")
                env_list.append(k + b'=' + os.fsencode(v))
        argv = [os.fsencode(a) for a in args]
        fds_to_keep = sorted(set(map(int, pass_fds)))
        errpipe_read, errpipe_write = os.pipe()
        low_fds = []
        while errpipe_write < 3:
            low_fds.append(errpipe_write)
            errpipe_write = os.dup(errpipe_write)
        for fd in low_fds:
            os.close(fd)
        try:
            try:
                self.pid = _posixsubprocess.fork_exec(
                    argv, executable_list, close_fds, fds_to_keep,
                    os.fsencode(cwd) if cwd is not None else None, env_list,
                    p2cread, c2pwrite, errwrite, errpipe_write, restore_signals,
                    start_new_session)
                self._child_created = True
            finally:
                os.close(errpipe_write)
            # The child's ends belong to the child now.
            if p2cread != -1 and p2cwrite != -1 and p2cread != self._devnull:
                os.close(p2cread)
            if c2pwrite != -1 and self.stdout is not None and c2pwrite != self._devnull:
                os.close(c2pwrite)
            if errwrite != -1 and self.stderr is not None and errwrite != self._devnull:
                os.close(errwrite)
            if self._devnull is not None:
                os.close(self._devnull)
            self._closed_child_pipe_fds = True
            report = bytearray()
            while True:
                part = os.read(errpipe_read, 50000)
                report += part
                if not part or len(report) > 50000:
                    break
        finally:
            os.close(errpipe_read)
        if report:
            try:
                pid, sts = os.waitpid(self.pid, 0)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
                else:
                    self.returncode = sys.maxsize
            except ChildProcessError:
                pass
            stage, _, code = bytes(report).decode('ascii', 'replace').partition(':')
            errno_num = int(code, 16)
            filename = cwd if stage == 'chdir' else orig_executable
            raise OSError(errno_num, os.strerror(errno_num), filename)

    def _handle_exitstatus(self, sts):
        self.returncode = os.waitstatus_to_exitcode(sts)

    def poll(self):
        """The exit status if the child has finished, else None."""
        if self.returncode is None:
            if not self._waitpid_lock.acquire(False):
                return None
            try:
                if self.returncode is not None:
                    return self.returncode
                pid, sts = os.waitpid(self.pid, os.WNOHANG)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
            except ChildProcessError:
                self.returncode = 0
            finally:
                self._waitpid_lock.release()
        return self.returncode

    def wait(self, timeout=None):
        """Waits for the child to finish and returns its exit status."""
        if self.returncode is not None:
            return self.returncode
        if timeout is not None:
            end = _time() + timeout
            delay = 0.0005
            while self.poll() is None:
                remaining = end - _time()
                if remaining <= 0:
                    raise TimeoutExpired(self.args, timeout)
                delay = min(delay * 2, remaining, .05)
                time.sleep(delay)
            return self.returncode
        while self.returncode is None:
            with self._waitpid_lock:
                if self.returncode is not None:
                    break
                try:
                    pid, sts = os.waitpid(self.pid, 0)
                except ChildProcessError:
                    pid, sts = self.pid, 0
                if pid == self.pid:
                    self._handle_exitstatus(sts)
        return self.returncode

    def send_signal(self, sig):
        self.poll()
        if self.returncode is not None:
            return
        try:
            os.kill(self.pid, sig)
        except ProcessLookupError:
            pass

    def terminate(self):
        self.send_signal(signal.SIGTERM)

    def kill(self):
        self.send_signal(signal.SIGKILL)

    def _stdin_write(self, input):
        if input:
            try:
                self.stdin.write(input)
            except BrokenPipeError:
                pass
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass

    def communicate(self, input=None, timeout=None):
        """Sends input, reads stdout/stderr to the end, waits; returns (stdout, stderr)."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        if (timeout is None and not self._communication_started
                and [self.stdin, self.stdout, self.stderr].count(None) >= 2):
            stdout = stderr = None
            if self.stdin:
                self._stdin_write(input)
            elif self.stdout:
                stdout = self.stdout.read()
                self.stdout.close()
            elif self.stderr:
                stderr = self.stderr.read()
                self.stderr.close()
            self.wait()
            return stdout, stderr
        end = None if timeout is None else _time() + timeout
        try:
            stdout, stderr = self._communicate(input, end, timeout)
        finally:
            self._communication_started = True
        self.wait(timeout=self._remaining_time(end))
        return stdout, stderr

    def _remaining_time(self, end):
        return None if end is None else end - _time()

    def _communicate(self, input, end, orig_timeout):
        if self.stdin and not self._communication_started:
            try:
                self.stdin.flush()
            except BrokenPipeError:
                pass
            if not input:
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass
        if not self._communication_started:
            self._chunks = {}
            if self.stdout:
                self._chunks[self.stdout] = []
            if self.stderr:
                self._chunks[self.stderr] = []
            if self.stdin and input:
                if self.text_mode:
                    input = input.encode(self.stdin.encoding, self.stdin.errors)
                self._input = memoryview(input)
                self._input_offset = 0
        with selectors.DefaultSelector() as selector:
            if self.stdin and self._input is not None and not self.stdin.closed:
                selector.register(self.stdin, selectors.EVENT_WRITE)
            for f in (self.stdout, self.stderr):
                if f and not f.closed:
                    selector.register(f, selectors.EVENT_READ)
            while selector.get_map():
                timeout = self._remaining_time(end)
                if timeout is not None and timeout < 0:
                    raise TimeoutExpired(self.args, orig_timeout,
                                         output=self._joined(self.stdout),
                                         stderr=self._joined(self.stderr))
                for key, events in selector.select(timeout):
                    if key.fileobj is self.stdin:
                        chunk = self._input[self._input_offset:self._input_offset + _PIPE_BUF]
                        try:
                            self._input_offset += os.write(key.fd, chunk)
                        except BrokenPipeError:
                            selector.unregister(key.fileobj)
                            key.fileobj.close()
                        else:
                            if self._input_offset >= len(self._input):
                                selector.unregister(key.fileobj)
                                key.fileobj.close()
                    else:
                        data = os.read(key.fd, 32768)
                        if not data:
                            selector.unregister(key.fileobj)
                            key.fileobj.close()
                        self._chunks[key.fileobj].append(data)
        self.wait(timeout=self._remaining_time(end))
        out = [None, None]
        for i, f in enumerate((self.stdout, self.stderr)):
            if f is not None:
                data = b''.join(self._chunks[f])
                if self.text_mode:
                    data = data.decode(f.encoding, f.errors).replace("\r\n", "\n").replace("\r", "\n")
                out[i] = data
        return out[0], out[1]

    def _joined(self, f):
        return b''.join(self._chunks[f]) if f is not None else None

