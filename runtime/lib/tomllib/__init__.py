"""Parse TOML 1.0.0 documents (tomllib.load, tomllib.loads).

Written for Spry from the TOML 1.0.0 specification and the documented
behaviour of CPython 3.11's tomllib, including its error messages and
their positions for the common mistakes.
"""

__all__ = ("loads", "load", "TOMLDecodeError")

from ._parser import TOMLDecodeError, load, loads

# Pretend this exception was created here.
TOMLDecodeError.__module__ = __name__
