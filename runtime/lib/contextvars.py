"""contextvars: context variables (PEP 567), implemented in C by _contextvars."""

from _contextvars import Context, ContextVar, Token, copy_context

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')
