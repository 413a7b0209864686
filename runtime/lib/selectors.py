"""Waiting for I/O readiness on many file objects at once, over select() or poll().

Written here from the documented behaviour of CPython 3.11's selectors module.  Spry's
select module offers select() and poll(), so DefaultSelector is PollSelector."""

import math
import select
from abc import ABCMeta, abstractmethod
from collections import namedtuple
from collections.abc import Mapping

EVENT_READ = 1
EVENT_WRITE = 2
_KNOWN_EVENTS = EVENT_READ | EVENT_WRITE

SelectorKey = namedtuple('SelectorKey', 'fileobj fd events data')
SelectorKey.__doc__ = """SelectorKey(fileobj, fd, events, data)

A registered file object, its descriptor, the events watched and the caller's data."""


def _descriptor(fileobj):
    # A file object's descriptor: an int as is, otherwise whatever fileno() returns.
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError(f"Invalid file object: {fileobj!r}") from None
    if fd < 0:
        raise ValueError(f"Invalid file descriptor: {fd}")
    return fd


def _check_events(events):
    if not events or events & ~_KNOWN_EVENTS:
        raise ValueError(f"Invalid events: {events!r}")


class BaseSelector(metaclass=ABCMeta):
    """The selector interface: register file objects with an event mask, then select()."""

    @abstractmethod
    def register(self, fileobj, events, data=None):
        raise NotImplementedError

    @abstractmethod
    def unregister(self, fileobj):
        raise NotImplementedError

    def modify(self, fileobj, events, data=None):
        # The general way; implementations below change the registration in place.
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    @abstractmethod
    def select(self, timeout=None):
        raise NotImplementedError

    def close(self):
        pass

    def get_key(self, fileobj):
        registered = self.get_map()
        if registered is None:
            raise RuntimeError('Selector is closed')
        try:
            return registered[fileobj]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None

    @abstractmethod
    def get_map(self):
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


class _RegistryView(Mapping):
    # The read-only file object -> SelectorKey mapping that get_map() hands out; it reads
    # the selector's table live, so it never goes stale.
    def __init__(self, owner):
        self._owner = owner

    def __len__(self):
        return len(self._owner._by_fd)

    def __iter__(self):
        return iter(self._owner._by_fd)

    def __getitem__(self, fileobj):
        owner = self._owner
        found = owner._by_fd.get(owner._fd_for(fileobj))
        if found is None:
            raise KeyError(f"{fileobj!r} is not registered")
        return found


class _TableSelector(BaseSelector):
    # The bookkeeping every concrete selector shares: a table of keys by descriptor.
    # Subclasses tell the OS mechanism about changes through _watch/_unwatch.

    def __init__(self):
        self._by_fd = {}
        self._view = _RegistryView(self)
        self._closed = False

    def _fd_for(self, fileobj):
        # A closed file object has lost its descriptor; find it by identity instead, so
        # it can still be unregistered.
        try:
            return _descriptor(fileobj)
        except ValueError:
            for key in self._by_fd.values():
                if key.fileobj is fileobj:
                    return key.fd
            raise

    def _registered(self, fileobj):
        found = self._by_fd.get(self._fd_for(fileobj))
        if found is None:
            raise KeyError(f"{fileobj!r} is not registered")
        return found

    def register(self, fileobj, events, data=None):
        _check_events(events)
        fd = self._fd_for(fileobj)
        if fd in self._by_fd:
            raise KeyError(f"{fileobj!r} (FD {fd}) is already registered")
        self._watch(fd, events)
        key = self._by_fd[fd] = SelectorKey(fileobj, fd, events, data)
        return key

    def unregister(self, fileobj):
        key = self._registered(fileobj)
        del self._by_fd[key.fd]
        self._unwatch(key.fd, key.events)
        return key

    def modify(self, fileobj, events, data=None):
        old = self._registered(fileobj)
        _check_events(events)
        if events == old.events and data is old.data:
            return old
        if events != old.events:
            self._unwatch(old.fd, old.events)
            self._watch(old.fd, events)
        key = self._by_fd[old.fd] = old._replace(events=events, data=data)
        return key

    def get_map(self):
        return None if self._closed else self._view

    def close(self):
        self._by_fd.clear()
        self._closed = True

    def _report(self, fd, events):
        # One select() result, or None for a descriptor unregistered meanwhile.
        key = self._by_fd.get(fd)
        if key is None:
            return None
        return key, events & key.events


class SelectSelector(_TableSelector):
    """A selector over select.select()."""

    def __init__(self):
        super().__init__()
        self._readers = set()
        self._writers = set()

    def _watch(self, fd, events):
        if events & EVENT_READ:
            self._readers.add(fd)
        if events & EVENT_WRITE:
            self._writers.add(fd)

    def _unwatch(self, fd, events):
        self._readers.discard(fd)
        self._writers.discard(fd)

    def select(self, timeout=None):
        if timeout is not None:
            timeout = max(timeout, 0)
        try:
            readable, writable, _ = select.select(self._readers, self._writers, [], timeout)
        except InterruptedError:
            return []
        readable = set(readable)
        writable = set(writable)
        ready = []
        for fd in readable | writable:
            events = (EVENT_READ if fd in readable else 0) | \
                     (EVENT_WRITE if fd in writable else 0)
            item = self._report(fd, events)
            if item is not None:
                ready.append(item)
        return ready


class PollSelector(_TableSelector):
    """A selector over select.poll()."""

    def __init__(self):
        super().__init__()
        self._poller = select.poll()

    def _watch(self, fd, events):
        mask = 0
        if events & EVENT_READ:
            mask |= select.POLLIN
        if events & EVENT_WRITE:
            mask |= select.POLLOUT
        self._poller.register(fd, mask)

    def _unwatch(self, fd, events):
        try:
            self._poller.unregister(fd)
        except OSError:
            pass  # already closed: nothing left to watch

    def select(self, timeout=None):
        # poll() counts whole milliseconds; round up so a short timeout still waits.
        if timeout is not None:
            timeout = 0 if timeout <= 0 else math.ceil(timeout * 1000.0)
        try:
            polled = self._poller.poll(timeout)
        except InterruptedError:
            return []
        ready = []
        for fd, flags in polled:
            # Hang-ups and errors are reported as both readable and writable, so whoever
            # waits on the descriptor wakes up and sees the condition.
            events = (EVENT_READ if flags & ~select.POLLOUT else 0) | \
                     (EVENT_WRITE if flags & ~select.POLLIN else 0)
            item = self._report(fd, events)
            if item is not None:
                ready.append(item)
        return ready


DefaultSelector = PollSelector if hasattr(select, 'poll') else SelectSelector
