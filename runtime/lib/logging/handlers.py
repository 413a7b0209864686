"""Additional handlers for the logging package.

Written for Spry from the documented behaviour of CPython 3.11's
logging.handlers: the rotating file handlers, WatchedFileHandler, the
buffering handlers and the queue handler and listener.  The network handlers
(SocketHandler, DatagramHandler, SysLogHandler, SMTPHandler, HTTPHandler)
and NTEventLogHandler are not provided.
"""

import copy
import io
import os
import queue
import re
import threading
import time
from stat import ST_DEV, ST_INO, ST_MTIME

import logging

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514

_MIDNIGHT = 24 * 60 * 60


class BaseRotatingHandler(logging.FileHandler):
    """A file handler that switches to a fresh file when shouldRollover()
    says so; subclasses decide when (shouldRollover) and how (doRollover).
    The namer and rotator attributes, if callables, customise the names of
    rotated files and how a file is moved to that name."""

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors

    def emit(self, record):
        try:
            if self.shouldRollover(record):
                self.doRollover()
            logging.FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        if not callable(self.namer):
            return default_name
        return self.namer(default_name)

    def rotate(self, source, dest):
        if not callable(self.rotator):
            if os.path.exists(source):
                os.rename(source, dest)
        else:
            self.rotator(source, dest)

    def _close_stream(self):
        if self.stream:
            self.stream.close()
            self.stream = None

    def _is_special_file(self):
        # Only regular files roll over (never /dev/null, a FIFO, ...).
        name = self.baseFilename
        return os.path.exists(name) and not os.path.isfile(name)


class RotatingFileHandler(BaseRotatingHandler):
    """Rolls over when the file would grow past maxBytes, keeping
    backupCount old files named <file>.1 (newest) to <file>.<backupCount>."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0,
                 encoding=None, delay=False, errors=None):
        if maxBytes > 0:
            mode = 'a'  # truncating would lose what the backups are for
        if "b" not in mode:
            encoding = io.text_encoding(encoding)
        BaseRotatingHandler.__init__(self, filename, mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def doRollover(self):
        self._close_stream()
        if self.backupCount > 0:
            base = self.baseFilename
            for i in range(self.backupCount - 1, 0, -1):
                older = self.rotation_filename("%s.%d" % (base, i))
                newer = self.rotation_filename("%s.%d" % (base, i + 1))
                if os.path.exists(older):
                    if os.path.exists(newer):
                        os.remove(newer)
                    os.rename(older, newer)
            first = self.rotation_filename(base + ".1")
            if os.path.exists(first):
                os.remove(first)
            self.rotate(base, first)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        if self._is_special_file():
            return False
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes > 0:
            msg = "%s\n" % self.format(record)
            self.stream.seek(0, 2)
            if self.stream.tell() + len(msg) >= self.maxBytes:
                return True
        return False


# when -> (seconds per unit, strftime suffix of rotated files, its pattern)
_TIMED_UNITS = {
    'S': (1, "%Y-%m-%d_%H-%M-%S", r"\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}"),
    'M': (60, "%Y-%m-%d_%H-%M", r"\d{4}-\d{2}-\d{2}_\d{2}-\d{2}"),
    'H': (60 * 60, "%Y-%m-%d_%H", r"\d{4}-\d{2}-\d{2}_\d{2}"),
    'D': (_MIDNIGHT, "%Y-%m-%d", r"\d{4}-\d{2}-\d{2}"),
    'MIDNIGHT': (_MIDNIGHT, "%Y-%m-%d", r"\d{4}-\d{2}-\d{2}"),
    'W': (7 * _MIDNIGHT, "%Y-%m-%d", r"\d{4}-\d{2}-\d{2}"),
}


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Rolls over at timed intervals: when is 'S', 'M', 'H', 'D' (units of
    interval), 'midnight', or 'W0'..'W6' (weekly, 0 is Monday); atTime is
    the time of day of the midnight and weekly rollovers."""

    def __init__(self, filename, when='h', interval=1, backupCount=0,
                 encoding=None, delay=False, utc=False, atTime=None,
                 errors=None):
        encoding = io.text_encoding(encoding)
        BaseRotatingHandler.__init__(self, filename, 'a', encoding=encoding,
                                     delay=delay, errors=errors)
        self.when = when.upper()
        self.backupCount = backupCount
        self.utc = utc
        self.atTime = atTime
        if self.when.startswith('W'):
            if len(self.when) != 2:
                raise ValueError("You must specify a day for weekly rollover "
                                 "from 0 to 6 (0 is Monday): %s" % self.when)
            if self.when[1] not in '0123456':
                raise ValueError("Invalid day specified for weekly rollover: %s"
                                 % self.when)
            self.dayOfWeek = int(self.when[1])
            unit = _TIMED_UNITS['W']
        elif self.when in _TIMED_UNITS:
            unit = _TIMED_UNITS[self.when]
        else:
            raise ValueError("Invalid rollover interval specified: %s" % self.when)
        seconds, self.suffix, pattern = unit
        self.extMatch = re.compile(r"^%s(\.\w+)?$" % pattern, re.ASCII)
        self._suffix_part = re.compile(pattern, re.ASCII)
        self.interval = seconds * interval
        if os.path.exists(self.baseFilename):
            start = os.stat(self.baseFilename)[ST_MTIME]
        else:
            start = int(time.time())
        self.rolloverAt = self.computeRollover(start)

    def _time_tuple(self, t):
        return time.gmtime(t) if self.utc else time.localtime(t)

    def _dst_adjusted(self, rollover, dst_now):
        # Local-time rollovers stay at the same wall-clock time across a
        # daylight saving change.
        if self.utc:
            return rollover
        dst_then = time.localtime(rollover)[-1]
        if dst_now != dst_then:
            rollover += 3600 if dst_now else -3600
        return rollover

    def computeRollover(self, currentTime):
        if self.when != 'MIDNIGHT' and not self.when.startswith('W'):
            return currentTime + self.interval
        t = self._time_tuple(currentTime)
        if self.atTime is None:
            target = _MIDNIGHT
        else:
            target = (self.atTime.hour * 60 + self.atTime.minute) * 60 + self.atTime.second
        wait = target - ((t[3] * 60 + t[4]) * 60 + t[5])
        weekday = t[6]
        if wait < 0:
            # Today's rollover time has passed: the next one is tomorrow.
            wait += _MIDNIGHT
            weekday = (weekday + 1) % 7
        result = currentTime + wait
        if self.when.startswith('W') and weekday != self.dayOfWeek:
            days = (self.dayOfWeek - weekday) % 7
            result = self._dst_adjusted(result + days * _MIDNIGHT, t[-1])
        return result

    def shouldRollover(self, record):
        now = int(time.time())
        if now < self.rolloverAt:
            return False
        if self._is_special_file():
            self.rolloverAt = self.computeRollover(now)
            return False
        return True

    def getFilesToDelete(self):
        """The rotated files beyond the newest backupCount, oldest first."""
        dir_name, base_name = os.path.split(self.baseFilename)
        stem = os.path.splitext(base_name)[0]
        prefix = stem + '.'
        found = []
        for name in os.listdir(dir_name):
            # A namer may move the date inside the name (foo.DATE.log), so
            # with one any name sharing the stem is a candidate.
            if self.namer is None and not name.startswith(base_name):
                continue
            if not name.startswith(prefix):
                continue
            for part in name[len(prefix):].split('.'):
                if self._suffix_part.fullmatch(part):
                    found.append(os.path.join(dir_name, name))
                    break
        if len(found) < self.backupCount:
            return []
        found.sort()
        return found[:len(found) - self.backupCount]

    def doRollover(self):
        self._close_stream()
        now = int(time.time())
        dst_now = time.localtime(now)[-1]
        # The rotated file is named after the start of the interval it holds.
        start = self.rolloverAt - self.interval
        stamp = self._time_tuple(start)
        if not self.utc and stamp[-1] != dst_now:
            stamp = time.localtime(start + (3600 if dst_now else -3600))
        target = self.rotation_filename(self.baseFilename + "." +
                                        time.strftime(self.suffix, stamp))
        if os.path.exists(target):
            os.remove(target)
        self.rotate(self.baseFilename, target)
        if self.backupCount > 0:
            for name in self.getFilesToDelete():
                os.remove(name)
        if not self.delay:
            self.stream = self._open()
        rollover = self.computeRollover(now)
        while rollover <= now:
            rollover += self.interval
        if self.when == 'MIDNIGHT' or self.when.startswith('W'):
            rollover = self._dst_adjusted(rollover, dst_now)
        self.rolloverAt = rollover


class WatchedFileHandler(logging.FileHandler):
    """A file handler that reopens its file when it was moved or deleted
    (by logrotate, say): before each record it compares the file's device
    and inode with those of the stream it has open."""

    def __init__(self, filename, mode='a', encoding=None, delay=False,
                 errors=None):
        if "b" not in mode:
            encoding = io.text_encoding(encoding)
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.dev, self.ino = -1, -1
        self._statstream()

    def _statstream(self):
        if self.stream:
            st = os.fstat(self.stream.fileno())
            self.dev, self.ino = st[ST_DEV], st[ST_INO]

    def reopenIfNeeded(self):
        try:
            st = os.stat(self.baseFilename)
        except FileNotFoundError:
            st = None
        if st is not None and st[ST_DEV] == self.dev and st[ST_INO] == self.ino:
            return
        if self.stream is not None:
            self.stream.flush()
            self.stream.close()
            self.stream = None
        self.stream = self._open()
        self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        logging.FileHandler.emit(self, record)


class BufferingHandler(logging.Handler):
    """Keeps records in self.buffer and calls flush() when shouldFlush()
    says so (by default, when capacity records are held)."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        with self.lock:
            self.buffer.clear()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and hands them to a target handler when the buffer
    is full or a record of flushLevel or above arrives."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None,
                 flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return (len(self.buffer) >= self.capacity or
                record.levelno >= self.flushLevel)

    def setTarget(self, target):
        with self.lock:
            self.target = target

    def flush(self):
        # Without a target the records stay buffered.
        with self.lock:
            if self.target:
                for record in self.buffer:
                    self.target.handle(record)
                self.buffer.clear()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            with self.lock:
                self.target = None
                BufferingHandler.close(self)


class QueueHandler(logging.Handler):
    """Sends records to a queue (queue.Queue, multiprocessing queue, ...),
    typically for a QueueListener to handle on another thread."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        """Returns a copy of record with its message merged (msg and message
        are the formatted text) and its unpicklable parts dropped."""
        msg = self.format(record)
        record = copy.copy(record)
        record.message = msg
        record.msg = msg
        record.args = None
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return record

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener(object):
    """Takes records off a queue on a thread of its own and passes them to
    its handlers."""

    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        self._thread = t = threading.Thread(target=self._monitor)
        t.daemon = True
        t.start()

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if not self.respect_handler_level or record.levelno >= handler.level:
                handler.handle(record)

    def _monitor(self):
        q = self.queue
        has_task_done = hasattr(q, 'task_done')
        while True:
            try:
                record = self.dequeue(True)
            except queue.Empty:
                break
            if record is self._sentinel:
                if has_task_done:
                    q.task_done()
                break
            self.handle(record)
            if has_task_done:
                q.task_done()

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        """Asks the thread to finish once the queued records are handled,
        and waits for it."""
        self.enqueue_sentinel()
        self._thread.join()
        self._thread = None
