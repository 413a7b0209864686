"""The exceptions asyncio raises."""

__all__ = ('BrokenBarrierError', 'CancelledError', 'InvalidStateError', 'TimeoutError',
           'IncompleteReadError', 'LimitOverrunError', 'SendfileNotAvailableError')

TimeoutError = TimeoutError  # since 3.11 asyncio's timeout is the built-in one


class CancelledError(BaseException):
    """The task or future was cancelled."""


class InvalidStateError(Exception):
    """The future is not in a state that allows the operation."""


class SendfileNotAvailableError(RuntimeError):
    """The transport or socket cannot use os.sendfile(); fall back to copying."""


class BrokenBarrierError(RuntimeError):
    """A Barrier was reset or aborted while tasks waited on it."""


class LimitOverrunError(Exception):
    """A separator was not found within the stream's buffer limit."""

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed

    def __reduce__(self):
        return type(self), (self.args[0], self.consumed)


class IncompleteReadError(EOFError):
    """The stream ended before the requested number of bytes arrived."""

    def __init__(self, partial, expected):
        wanted = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {wanted} expected bytes')
        self.expected = expected
        self.partial = partial

    def __reduce__(self):
        return type(self), (self.partial, self.expected)
