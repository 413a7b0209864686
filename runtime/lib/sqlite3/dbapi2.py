"""sqlite3's connections, cursors, rows, adapters and converters, on the prepared
statements of the C core _sqlite3."""

import datetime
import os
import time
import _sqlite3
import _thread
from _sqlite3 import (Warning, Error, InterfaceError, DatabaseError, DataError,
                      OperationalError, IntegrityError, InternalError,
                      ProgrammingError, NotSupportedError, sqlite_version)

paramstyle = "qmark"
apilevel = "2.0"
# SQLITE_THREADSAFE 0/1/2 (single-thread, serialized, multi-thread) as DB-API levels
threadsafety = {0: 0, 1: 3, 2: 1}[_sqlite3.threadsafe]
version = "2.6.0"
version_info = (2, 6, 0)
sqlite_version_info = tuple(int(part) for part in sqlite_version.split("."))

PARSE_DECLTYPES = 1
PARSE_COLNAMES = 2

# the result codes, limit categories and authorizer codes
globals().update((name, value) for name, value in vars(_sqlite3).items()
                 if name.startswith("SQLITE_"))

Date = datetime.date
Time = datetime.time
Timestamp = datetime.datetime
Binary = memoryview


def DateFromTicks(ticks):
    return Date(*time.localtime(ticks)[:3])


def TimeFromTicks(ticks):
    return Time(*time.localtime(ticks)[3:6])


def TimestampFromTicks(ticks):
    return Timestamp(*time.localtime(ticks)[:6])


class PrepareProtocol:
    """The protocol object adapters are registered for (PEP 246 style)."""
    __module__ = "sqlite3"

    def __init__(self, *args, **kwargs):
        pass


# (type, protocol) -> adapter, and upper-cased type name -> converter
adapters = {}
converters = {}
_PLAIN_TYPES = (int, float, str, bytearray)
_plain_types_adapted = False    # whether an adapter was registered for one of them
_NO_ALT = object()


def register_adapter(type, adapter):
    """Makes adapter(value) the SQLite value of parameters of exactly this type."""
    global _plain_types_adapted
    if type in _PLAIN_TYPES:
        _plain_types_adapted = True
    adapters[(type, PrepareProtocol)] = adapter


def register_converter(typename, converter):
    """Makes converter(bytes) the Python value of columns declared (or named) typename."""
    converters[typename.upper()] = converter


def adapt(obj, proto=PrepareProtocol, alt=_NO_ALT):
    """obj adapted to proto: a registered adapter, proto.__adapt__ or obj.__conform__."""
    adapter = adapters.get((type(obj), proto))
    if adapter is not None:
        return adapter(obj)
    hook = getattr(proto, "__adapt__", None)
    if hook is not None:
        result = hook(obj)
        if result is not None:
            return result
    hook = getattr(obj, "__conform__", None)
    if hook is not None:
        result = hook(proto)
        if result is not None:
            return result
    if alt is not _NO_ALT:
        return alt
    raise ProgrammingError("can't adapt")


def _adapt_parameter(value):
    return adapt(value, PrepareProtocol, value)


def enable_callback_tracebacks(flag):
    """Whether exceptions raised in user functions and aggregates are printed (as
    unraisable exceptions) rather than only turned into SQL errors."""
    _sqlite3._callback_tracebacks = bool(flag)


def complete_statement(statement):
    """Whether statement ends a complete SQL statement (ends with ';' outside literals)."""
    if not isinstance(statement, str):
        raise TypeError("complete_statement() argument 'statement' must be str, not %s"
                        % _arg_type(statement))
    return _sqlite3.complete_statement(statement)


def _arg_type(obj):
    """How CPython's argument errors name obj's type ("None" for None)."""
    return "None" if obj is None else type(obj).__name__


_ISOLATION_LEVELS = ("", "DEFERRED", "IMMEDIATE", "EXCLUSIVE")


class Connection:
    """An open SQLite database."""
    __module__ = "sqlite3"

    Warning = Warning
    Error = Error
    InterfaceError = InterfaceError
    DatabaseError = DatabaseError
    DataError = DataError
    OperationalError = OperationalError
    IntegrityError = IntegrityError
    InternalError = InternalError
    ProgrammingError = ProgrammingError
    NotSupportedError = NotSupportedError

    _db = None

    def __init__(self, database, timeout=5.0, detect_types=0, isolation_level="",
                 check_same_thread=True, factory=None, cached_statements=128, uri=False):
        if not isinstance(database, (str, bytes)):
            database = os.fspath(database)
        self._isolation_level = None
        self._begin = None
        self.isolation_level = isolation_level
        self._db = _sqlite3.Database(database, float(timeout), bool(uri))
        self._detect_types = int(detect_types)
        self._check_same_thread = check_same_thread
        self._thread_ident = _thread.get_ident()
        self._cache_size = cached_statements
        self._cache = {}        # sql -> idle Statement, oldest first
        self.row_factory = None
        self.text_factory = str

    def _check(self):
        if self._db is None:
            raise ProgrammingError("Base Connection.__init__ not called.")
        if self._check_same_thread and _thread.get_ident() != self._thread_ident:
            raise ProgrammingError(
                "SQLite objects created in a thread can only be used in that same thread. "
                "The object was created in thread id %d and this is thread id %d."
                % (self._thread_ident, _thread.get_ident()))
        if self._db.closed:
            raise ProgrammingError("Cannot operate on a closed database.")

    # -- statements: an idle prepared statement per SQL text, reused -------------

    def _take_statement(self, sql):
        stmt = self._cache.pop(sql, None)
        if stmt is None:
            stmt = self._db.prepare(sql)
        return stmt

    def _return_statement(self, sql, stmt):
        stmt.reset()
        if self._cache_size <= 0 or self._db.closed:
            return
        self._cache[sql] = stmt
        if len(self._cache) > self._cache_size:
            del self._cache[next(iter(self._cache))]

    def _begin_if_needed(self):
        if self._begin is not None and not self._db.in_transaction():
            self._db.exec(self._begin)

    # -- attributes ------------------------------------------------------------

    @property
    def isolation_level(self):
        return self._isolation_level

    @isolation_level.setter
    def isolation_level(self, level):
        if level is None:
            if self._db is not None and not self._db.closed and self._db.in_transaction():
                self._db.exec("COMMIT")
            self._isolation_level = None
            self._begin = None
            return
        if not isinstance(level, str):
            raise TypeError("isolation_level must be str or None")
        level = level.upper()
        if level not in _ISOLATION_LEVELS:
            raise ValueError("isolation_level string must be '', 'DEFERRED', "
                             "'IMMEDIATE', or 'EXCLUSIVE'")
        self._isolation_level = level
        self._begin = "BEGIN " + level

    @property
    def in_transaction(self):
        self._check()
        return self._db.in_transaction()

    @property
    def total_changes(self):
        self._check()
        return self._db.total_changes()

    # -- the DB-API ------------------------------------------------------------

    def cursor(self, factory=None):
        self._check()
        cursor = Cursor(self) if factory is None else factory(self)
        if not isinstance(cursor, Cursor):
            raise TypeError("factory must return a cursor, not %s" % type(cursor).__name__)
        if self.row_factory is not None:
            cursor.row_factory = self.row_factory
        return cursor

    def execute(self, sql, parameters=()):
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql, parameters):
        return self.cursor().executemany(sql, parameters)

    def executescript(self, sql_script):
        return self.cursor().executescript(sql_script)

    def commit(self):
        self._check()
        if self._db.in_transaction():
            self._db.exec("COMMIT")

    def rollback(self):
        self._check()
        if self._db.in_transaction():
            self._db.exec("ROLLBACK")

    def close(self):
        if self._db is None:
            return
        if self._check_same_thread and _thread.get_ident() != self._thread_ident:
            self._check()
        self._cache.clear()
        self._db.close()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        """Commits when the block succeeded, rolls back when it raised (or the
        commit failed); the connection stays open."""
        if exc_type is None:
            try:
                self.commit()
            except BaseException:
                self.rollback()
                raise
        else:
            self.rollback()
        return False

    def create_function(self, name, narg, func, *, deterministic=False):
        self._check()
        self._db.create_function(name, narg, func, deterministic)

    def create_aggregate(self, name, n_arg, aggregate_class):
        self._check()
        self._db.create_aggregate(name, n_arg, aggregate_class)

    def create_collation(self, name, callable):
        self._check()
        self._db.create_collation(name, callable)

    def interrupt(self):
        self._check()
        self._db.interrupt()

    def blobopen(self, table, column, row, /, *, readonly=False, name="main"):
        """A Blob: the BLOB in table.column at rowid `row`, read and written in place."""
        self._check()
        return Blob(self, self._db.blob_open(table, column, row, readonly, name))

    def getlimit(self, category, /):
        self._check()
        return self._db.limit(category, -1)

    def setlimit(self, category, limit, /):
        """Sets a run-time limit (SQLITE_LIMIT_*); returns its old value. A negative
        limit leaves it unchanged."""
        self._check()
        return self._db.limit(category, limit)

    def set_trace_callback(self, trace_callback):
        self._check()
        self._db.set_trace_callback(trace_callback)

    def set_authorizer(self, authorizer_callback):
        self._check()
        self._db.set_authorizer(authorizer_callback)

    def set_progress_handler(self, progress_handler, n):
        self._check()
        self._db.set_progress_handler(progress_handler, n)

    def backup(self, target, *, pages=-1, progress=None, name="main", sleep=0.250):
        """Copies database `name` of this connection into target (a Connection),
        `pages` pages at a time, calling progress(status, remaining, total) after
        each step."""
        self._check()
        if not isinstance(target, Connection):
            raise TypeError("backup() argument 'target' must be sqlite3.Connection, not %s"
                            % _arg_type(target))
        if target is self:
            raise ValueError("target cannot be the same connection instance")
        target._check()
        if progress is not None and not callable(progress):
            raise TypeError("progress argument must be a callable")
        self._db.backup(target._db, pages, progress, name, sleep)

    def iterdump(self):
        """The database as SQL text, one statement per item (see sqlite3.dump)."""
        from sqlite3.dump import _iterdump
        return _iterdump(self)


class Cursor:
    """Runs statements on a connection and fetches their rows."""
    __module__ = "sqlite3"

    def __init__(self, connection):
        if not isinstance(connection, Connection):
            raise TypeError("Cursor() argument 1 must be sqlite3.Connection, not %s"
                            % _arg_type(connection))
        self._connection = connection
        self.arraysize = 1
        self.row_factory = None
        self.rowcount = -1
        self.lastrowid = None
        self.description = None
        self._closed = False
        self._sql = None        # the statement with rows still to fetch
        self._stmt = None
        self._converters = None

    @property
    def connection(self):
        return self._connection

    def _check(self):
        if self._closed:
            raise ProgrammingError("Cannot operate on a closed cursor.")
        self._connection._check()

    def _finish(self):
        """Gives the running statement back to the connection's cache."""
        stmt = self._stmt
        if stmt is not None:
            self._stmt = None
            self._connection._return_statement(self._sql, stmt)

    def _column_converters(self, stmt, names):
        detect = self._connection._detect_types
        if not detect or not converters:
            return None
        decltypes = stmt.decltypes() if detect & PARSE_DECLTYPES else None
        found = []
        for i, name in enumerate(names):
            conv = None
            if detect & PARSE_COLNAMES:
                start = name.find("[")
                end = name.find("]", start + 1)
                if start >= 0 and end >= 0:
                    conv = converters.get(name[start + 1:end].upper())
            if conv is None and decltypes is not None and decltypes[i]:
                decl = decltypes[i]
                for j, ch in enumerate(decl):
                    if ch in " (":
                        decl = decl[:j]
                        break
                conv = converters.get(decl.upper())
            found.append(conv)
        return tuple(found) if any(c is not None for c in found) else None

    def _describe(self, stmt):
        names = stmt.columns()
        self._converters = self._column_converters(stmt, names)
        if not names:
            self.description = None
            return
        if self._connection._detect_types & PARSE_COLNAMES:
            names = [name.split("[", 1)[0].rstrip() if "[" in name else name for name in names]
        self.description = tuple((name, None, None, None, None, None, None) for name in names)

    def _run(self, sql, parameters_list, many):
        self._check()
        if not isinstance(sql, str):
            raise TypeError("%s() argument 1 must be str, not %s"
                            % ("executemany" if many else "execute", _arg_type(sql)))
        conn = self._connection
        self._finish()
        self.description = None
        stmt = conn._take_statement(sql)
        dml = stmt.is_dml
        self.rowcount = 0 if dml else -1
        if many and not dml:
            conn._return_statement(sql, stmt)
            raise ProgrammingError("executemany() can only execute DML statements.")
        try:
            if dml:
                conn._begin_if_needed()
            has_row = False
            adapt_hook = _adapt_parameter if adapters else None
            for params in parameters_list:
                stmt.bind(params, adapt_hook, _plain_types_adapted)
                has_row = stmt.step()
                if dml:
                    self.rowcount += conn._db.changes()
                if has_row and many:
                    raise ProgrammingError("executemany() can only execute DML statements.")
            self._describe(stmt)
        except BaseException:
            conn._return_statement(sql, stmt)
            raise
        if not many:
            self.lastrowid = conn._db.last_insert_rowid()
        if has_row:
            self._sql, self._stmt = sql, stmt
        else:
            conn._return_statement(sql, stmt)
        return self

    def execute(self, sql, parameters=()):
        return self._run(sql, (parameters,), False)

    def executemany(self, sql, seq_of_parameters):
        return self._run(sql, iter(seq_of_parameters), True)

    def executescript(self, sql_script):
        self._check()
        if not isinstance(sql_script, str):
            raise TypeError("executescript() argument must be str, not %s"
                            % _arg_type(sql_script))
        self._finish()
        conn = self._connection
        conn.commit()
        conn._db.exec(sql_script)
        return self

    def _next_row(self):
        stmt = self._stmt
        if stmt is None:
            return None
        factory = self._connection.text_factory
        try:
            row = stmt.row(None if factory is str else factory, self._converters)
            if not stmt.step():
                self._finish()
        except BaseException:
            self._finish()
            raise
        if self.row_factory is not None:
            row = self.row_factory(self, row)
        return row

    def fetchone(self):
        self._check()
        return self._next_row()

    def fetchmany(self, size=None):
        self._check()
        if size is None:
            size = self.arraysize
        rows = []
        while size > 0:
            row = self._next_row()
            if row is None:
                break
            rows.append(row)
            size -= 1
        return rows

    def fetchall(self):
        self._check()
        rows = []
        while True:
            row = self._next_row()
            if row is None:
                return rows
            rows.append(row)

    def __iter__(self):
        return self

    def __next__(self):
        self._check()
        row = self._next_row()
        if row is None:
            raise StopIteration
        return row

    def close(self):
        if not self._closed:
            self._finish()
        self._closed = True

    def setinputsizes(self, sizes):
        pass

    def setoutputsize(self, size, column=None):
        pass


class Blob:
    """An open BLOB: a fixed-size file of bytes (read, write, seek, tell) that can also
    be indexed and sliced.  Its size cannot change."""
    __module__ = "sqlite3"

    def __init__(self, connection, handle):
        self._connection = connection
        self._handle = handle
        self._offset = 0

    def _size(self):
        self._connection._check()
        return self._handle.length()

    def close(self):
        self._connection._check()
        self._handle.close()

    def __len__(self):
        return self._size()

    def __enter__(self):
        self._size()
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def read(self, length=-1, /):
        size = self._size()
        if length < 0 or length > size - self._offset:
            length = size - self._offset
        data = self._handle.read(self._offset, length)
        self._offset += len(data)
        return data

    def write(self, data, /):
        data = memoryview(data).cast("B")
        size = self._size()
        if len(data) > size - self._offset:
            raise ValueError("data longer than blob length")
        self._handle.write(self._offset, data)
        self._offset += len(data)

    def tell(self):
        self._size()
        return self._offset

    def seek(self, offset, origin=0, /):
        size = self._size()
        if origin == 1:
            offset += self._offset
        elif origin == 2:
            offset += size
        elif origin != 0:
            raise ValueError("'origin' should be os.SEEK_SET, os.SEEK_CUR, or os.SEEK_END")
        if not 0 <= offset <= size:
            raise ValueError("offset out of blob range")
        self._offset = offset

    def _index(self, index, size):
        if index < 0:
            index += size
        if not 0 <= index < size:
            raise IndexError("Blob index out of range")
        return index

    def __getitem__(self, key):
        size = self._size()
        if isinstance(key, slice):
            start, stop, step = key.indices(size)
            if step == 1:
                return self._handle.read(start, max(stop - start, 0))
            whole = self._handle.read(0, size)
            return whole[key]
        if hasattr(key, "__index__"):
            return self._handle.read(self._index(key.__index__(), size), 1)[0]
        raise TypeError("Blob indices must be integers")

    def __setitem__(self, key, value):
        size = self._size()
        if isinstance(key, slice):
            start, stop, step = key.indices(size)
            value = bytes(memoryview(value))
            positions = range(start, stop, step)
            if len(value) != len(positions):
                raise IndexError("Blob slice assignment is wrong size")
            if step == 1:
                self._handle.write(start, value)
            else:
                whole = bytearray(self._handle.read(0, size))
                whole[key] = value
                self._handle.write(0, whole)
            return
        if hasattr(key, "__index__"):
            index = self._index(key.__index__(), size)
            if not isinstance(value, int) or not 0 <= value <= 255:
                raise ValueError("byte must be in range(0, 256)")
            self._handle.write(index, bytes((value,)))
            return
        raise TypeError("Blob indices must be integers")

    def __delitem__(self, key):
        raise TypeError("Blob doesn't support item deletion")


class Row:
    """A result row indexed by position or (case-insensitively) by column name."""
    __module__ = "sqlite3"
    __slots__ = ("_names", "_data")

    def __new__(cls, cursor, data):
        if not isinstance(cursor, Cursor):
            raise TypeError("Row() argument 1 must be sqlite3.Cursor, not %s"
                            % _arg_type(cursor))
        if not isinstance(data, tuple):
            raise TypeError("Row() argument 2 must be tuple, not %s" % _arg_type(data))
        self = object.__new__(cls)
        desc = cursor.description
        self._names = tuple(d[0] for d in desc) if desc else ()
        self._data = data
        return self

    def __getitem__(self, key):
        if isinstance(key, str):
            folded = key.lower()
            for i, name in enumerate(self._names):
                if name.lower() == folded:
                    return self._data[i]
            raise IndexError("No item with that key")
        if isinstance(key, (int, slice)):
            return self._data[key]
        raise IndexError("Index must be int or string")

    def keys(self):
        return list(self._names)

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __eq__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return self._names == other._names and self._data == other._data

    def __ne__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return not self == other

    def __hash__(self):
        return hash(self._names) ^ hash(self._data)


def connect(database, timeout=5.0, detect_types=0, isolation_level="",
            check_same_thread=True, factory=Connection, cached_statements=128, uri=False):
    """Opens a connection to the SQLite database file `database` (":memory:" for a
    database in memory)."""
    return factory(database, timeout, detect_types, isolation_level,
                   check_same_thread, factory, cached_statements, uri)


# ---- the default adapters and converters: dates and timestamps as ISO text ----

def _adapt_date(value):
    return value.isoformat()


def _adapt_datetime(value):
    return value.isoformat(" ")


def _convert_date(raw):
    year, month, day = raw.split(b"-")
    return datetime.date(int(year), int(month), int(day))


def _convert_timestamp(raw):
    day_part, time_part = raw.split(b" ")
    year, month, day = (int(x) for x in day_part.split(b"-"))
    clock, _, fraction = time_part.partition(b".")
    hour, minute, second = (int(x) for x in clock.split(b":"))
    # the fraction is read as microseconds: padded or cut to six digits
    micro = int(fraction.decode()[:6].ljust(6, "0")) if fraction else 0
    return datetime.datetime(year, month, day, hour, minute, second, micro)


register_adapter(datetime.date, _adapt_date)
register_adapter(datetime.datetime, _adapt_datetime)
register_converter("date", _convert_date)
register_converter("timestamp", _convert_timestamp)
