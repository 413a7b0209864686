"""The DB-API 2.0 interface to SQLite databases (PEP 249), over the C core _sqlite3."""

from sqlite3.dbapi2 import *
