"""More handlers: rotating and watched files, buffering in memory, and handing
records to a queue (for another thread).  The network handlers are not provided.

Written for Spry from the documented behaviour of CPython 3.11's logging.handlers."""

import copy
import io
import os
import queue
import re
import threading
import time

import logging

# Well-known ports, as documented.
SYSLOG_UDP_PORT = SYSLOG_TCP_PORT = 514
(DEFAULT_TCP_LOGGING_PORT, DEFAULT_UDP_LOGGING_PORT, DEFAULT_HTTP_LOGGING_PORT,
 DEFAULT_SOAP_LOGGING_PORT) = range(9020, 9024)

# Indexes into an os.stat() result.
ST_DEV, ST_INO, ST_MTIME = 2, 1, 8

_MIDNIGHT = 24 * 60 * 60  # seconds in a day


class BaseRotatingHandler(logging.FileHandler):
    """A file handler that switches to a fresh file when shouldRollover() says so."""

    rotator = None   # callable(source, dest) doing the move
    namer = None     # callable: default rotated name -> name to use

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        "Open (unless delay) as FileHandler does."
        logging.FileHandler.__init__(self, filename, mode, encoding, delay, errors)
        self.mode, self.encoding, self.errors = mode, encoding, errors

    def emit(self, record):
        "Roll over first if this record belongs in a new file."
        try:
            due = self.shouldRollover(record)
            if due:
                self.doRollover()
            logging.FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        return self.namer(default_name) if callable(self.namer) else default_name

    def rotate(self, source, dest):
        if callable(self.rotator):
            self.rotator(source, dest)
        elif os.path.exists(source):
            os.rename(source, dest)

    def _drop_stream(self):
        if self.stream:
            self.stream.close()
            self.stream = None

    def _is_special_file(self):
        # Rotating a device or pipe makes no sense.
        name = self.baseFilename
        return os.path.exists(name) and not os.path.isfile(name)


def _replace(source, dest):
    if os.path.exists(dest):
        os.remove(dest)
    os.rename(source, dest)


class RotatingFileHandler(BaseRotatingHandler):
    """Rolls over when the file would grow past maxBytes, keeping backupCount
    old files as name.1 (newest) ... name.N."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0, encoding=None,
                 delay=False, errors=None):
        if maxBytes > 0:
            mode = 'a'  # 'w' would throw away what a previous run wrote
        if 'b' not in mode:
            encoding = io.text_encoding(encoding)
        BaseRotatingHandler.__init__(self, filename, mode, encoding, delay, errors)
        self.backupCount, self.maxBytes = backupCount, maxBytes

    def _numbered(self, number):
        return self.rotation_filename('%s.%d' % (self.baseFilename, number))

    def doRollover(self):
        self._drop_stream()
        if self.backupCount > 0:
            for number in range(self.backupCount - 1, 0, -1):
                older = self._numbered(number)
                if os.path.exists(older):
                    _replace(older, self._numbered(number + 1))
            newest = self._numbered(1)
            if os.path.exists(newest):
                os.remove(newest)
            self.rotate(self.baseFilename, newest)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        if self._is_special_file():
            return False
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes <= 0:
            return False
        pending = '%s\n' % self.format(record)
        self.stream.seek(0, 2)
        return self.stream.tell() + len(pending) >= self.maxBytes


# when= -> (seconds per unit, strftime suffix, regex for that suffix)
_TIMED_UNITS = {
    'S': (1, '%Y-%m-%d_%H-%M-%S', r'^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}(\.\w+)?$'),
    'M': (60, '%Y-%m-%d_%H-%M', r'^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}(\.\w+)?$'),
    'H': (60 * 60, '%Y-%m-%d_%H', r'^\d{4}-\d{2}-\d{2}_\d{2}(\.\w+)?$'),
    'D': (_MIDNIGHT, '%Y-%m-%d', r'^\d{4}-\d{2}-\d{2}(\.\w+)?$'),
    'MIDNIGHT': (_MIDNIGHT, '%Y-%m-%d', r'^\d{4}-\d{2}-\d{2}(\.\w+)?$'),
    'W': (7 * _MIDNIGHT, '%Y-%m-%d', r'^\d{4}-\d{2}-\d{2}(\.\w+)?$'),
}


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Rolls over at fixed times: every interval seconds/minutes/hours/days, at
    midnight, or weekly on a given day (W0 = Monday)."""

    def __init__(self, filename, when='h', interval=1, backupCount=0, encoding=None,
                 delay=False, utc=False, atTime=None, errors=None):
        BaseRotatingHandler.__init__(self, filename, 'a', io.text_encoding(encoding), delay,
                                     errors)
        self.when = unit = when.upper()
        self.utc, self.atTime, self.backupCount = utc, atTime, backupCount
        if unit.startswith('W'):
            if len(unit) != 2:
                raise ValueError('You must specify a day for weekly rollover from 0 to 6 '
                                 '(0 is Monday): %s' % self.when)
            if not '0' <= unit[1] <= '6':
                raise ValueError('Invalid day specified for weekly rollover: %s' % self.when)
            self.dayOfWeek = int(unit[1])
            unit = 'W'
        if unit not in _TIMED_UNITS:
            raise ValueError('Invalid rollover interval specified: %s' % self.when)
        seconds, self.suffix, pattern = _TIMED_UNITS[unit]
        self.extMatch = re.compile(pattern, re.ASCII)
        self.interval = seconds * interval
        # A file already there started its period when it was last written.
        if os.path.exists(self.baseFilename):
            start = os.stat(self.baseFilename)[ST_MTIME]
        else:
            start = int(time.time())
        self.rolloverAt = self.computeRollover(start)

    def _at_day_boundary(self):
        return self.when == 'MIDNIGHT' or self.when.startswith('W')

    def _fields(self, moment):
        return time.gmtime(moment) if self.utc else time.localtime(moment)

    def computeRollover(self, currentTime):
        if not self._at_day_boundary():
            return currentTime + self.interval
        # The next time of day given by atTime (midnight by default) ...
        now = self._fields(currentTime)
        seconds_today = (now.tm_hour * 60 + now.tm_min) * 60 + now.tm_sec
        target = _MIDNIGHT
        if self.atTime is not None:
            target = (self.atTime.hour * 60 + self.atTime.minute) * 60 + self.atTime.second
        wait = target - seconds_today
        weekday = now.tm_wday
        if wait < 0:
            wait += _MIDNIGHT
            weekday = (weekday + 1) % 7
        moment = currentTime + wait
        if not self.when.startswith('W') or weekday == self.dayOfWeek:
            return moment
        # ... on the right day of the week.
        moment += ((self.dayOfWeek - weekday) % 7) * _MIDNIGHT
        if not self.utc:
            moment += _dst_shift(now.tm_isdst, time.localtime(moment).tm_isdst)
        return moment

    def shouldRollover(self, record):
        now = int(time.time())
        if now < self.rolloverAt:
            return False
        if self._is_special_file():
            self.rolloverAt = self.computeRollover(now)
            return False
        return True

    def getFilesToDelete(self):
        """The oldest rotated files beyond backupCount."""
        folder, base = os.path.split(self.baseFilename)
        lead = base + '.'
        rotated = sorted(os.path.join(folder, name) for name in os.listdir(folder)
                         if name.startswith(lead) and self.extMatch.match(name[len(lead):]))
        if len(rotated) < self.backupCount:
            return []
        return rotated[:len(rotated) - self.backupCount]

    def doRollover(self):
        self._drop_stream()
        now = int(time.time())
        dst_now = time.localtime(now).tm_isdst
        # The file is named after the start of the period it holds.
        began = self.rolloverAt - self.interval
        stamp = self._fields(began)
        if not self.utc and stamp.tm_isdst != dst_now:
            stamp = time.localtime(began + (3600 if dst_now else -3600))
        rotated = self.rotation_filename(self.baseFilename + '.' +
                                         time.strftime(self.suffix, stamp))
        if os.path.exists(rotated):
            os.remove(rotated)
        self.rotate(self.baseFilename, rotated)
        if self.backupCount > 0:
            for stale in self.getFilesToDelete():
                os.remove(stale)
        if not self.delay:
            self.stream = self._open()
        following = self.computeRollover(now)
        while following <= now:
            following += self.interval
        if self._at_day_boundary() and not self.utc:
            following += _dst_shift(dst_now, time.localtime(following).tm_isdst)
        self.rolloverAt = following


def _dst_shift(dst_then, dst_later):
    # Keep wall-clock times across a daylight saving change.
    if dst_then == dst_later:
        return 0
    return 3600 if dst_then else -3600


class WatchedFileHandler(logging.FileHandler):
    """Reopens its file when something else moved or deleted it (log rotation
    done by another program)."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        if 'b' not in mode:
            encoding = io.text_encoding(encoding)
        logging.FileHandler.__init__(self, filename, mode, encoding, delay, errors)
        self.dev = self.ino = -1  # of the file the stream has open
        self._statstream()

    def _statstream(self):
        if self.stream:
            info = os.fstat(self.stream.fileno())
            self.dev, self.ino = info[ST_DEV], info[ST_INO]

    def reopenIfNeeded(self):
        try:
            info = os.stat(self.baseFilename)
        except FileNotFoundError:
            info = None
        if info and (info[ST_DEV], info[ST_INO]) == (self.dev, self.ino):
            return
        if self.stream is not None:
            self.stream.flush()
            self.stream.close()
            self.stream = None
        self.stream = self._open()
        self._statstream()

    def emit(self, record):
        "Reopen the file if it moved, then write."
        self.reopenIfNeeded()
        logging.FileHandler.emit(self, record)


class BufferingHandler(logging.Handler):
    """Keeps records in memory; flush() (here: forget them) when full."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.buffer = []
        self.capacity = capacity

    def shouldFlush(self, record):
        "Full yet?"
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        "Keep the record; flush when shouldFlush() says so."
        self.buffer.append(record)
        if not self.shouldFlush(record):
            return
        self.flush()

    def flush(self):
        "Forget the buffered records (subclasses send them somewhere first)."
        with self.lock:
            del self.buffer[:]

    def close(self):
        "Flush, then close."
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and passes them to a target handler when the buffer is
    full or a record at flushLevel or above arrives."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        "Buffer up to capacity records for target."
        BufferingHandler.__init__(self, capacity)
        self.target, self.flushLevel, self.flushOnClose = target, flushLevel, flushOnClose

    def shouldFlush(self, record):
        return record.levelno >= self.flushLevel or len(self.buffer) >= self.capacity

    def setTarget(self, target):
        with self.lock:
            self.target = target

    def flush(self):
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
    """Puts records, formatted and made picklable, on a queue."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        # The message is formatted here (with any traceback) so the copy carries
        # text only: no arguments or exception objects that might not pickle.
        text = self.format(record)
        prepared = copy.copy(record)
        prepared.message = prepared.msg = text
        prepared.args = prepared.exc_info = prepared.exc_text = None
        prepared.stack_info = None
        return prepared

    def emit(self, record):
        "Queue a prepared copy of the record."
        try:
            prepared = self.prepare(record)
            self.enqueue(prepared)
        except Exception:
            self.handleError(record)


class QueueListener(object):
    """Takes records off a queue in a background thread and hands them to
    handlers."""

    _sentinel = None  # put on the queue to stop the thread

    def __init__(self, queue, *handlers, respect_handler_level=False):
        "Not started yet: call start()."
        self.queue, self.handlers = queue, handlers
        self.respect_handler_level = respect_handler_level
        self._thread = None

    def dequeue(self, block):
        "The next record (blocking)."
        return self.queue.get(block)

    def start(self):
        self._thread = threading.Thread(target=self._monitor, daemon=True)
        self._thread.start()

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if not self.respect_handler_level or record.levelno >= handler.level:
                handler.handle(record)

    def _monitor(self):
        source = self.queue
        acknowledge = getattr(source, 'task_done', None)
        while True:
            try:
                record = self.dequeue(True)
            except queue.Empty:
                break
            if record is not self._sentinel:
                self.handle(record)
            if acknowledge is not None:
                acknowledge()
            if record is self._sentinel:
                break

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        self.enqueue_sentinel()
        self._thread.join()
        self._thread = None
