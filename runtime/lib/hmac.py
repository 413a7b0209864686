"""HMAC (keyed-hashing for message authentication, RFC 2104) over hashlib's digests."""

import hashlib as _hashlib
from _hashlib import compare_digest

__all__ = ('new', 'compare_digest', 'digest', 'HMAC', 'digest_size')

# The key padding of RFC 2104 as translation tables for bytes.translate.
trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

# Only to satisfy the PEP 247 module interface; HMAC objects know their own size.
digest_size = None


def _constructor(digestmod):
    """A callable building a fresh hash object of the requested kind, from a name, a
    constructor such as hashlib.sha256, or a module with a new() function."""
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda data=b'': _hashlib.new(digestmod, data)
    return lambda data=b'': digestmod.new(data)


class HMAC:
    """RFC 2104 HMAC class; also complies with PEP 247."""

    blocksize = 64  # 512-bit HMAC; can be changed in subclasses.

    __slots__ = ("_digest_cons", "_inner", "_outer", "block_size", "digest_size")

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r"
                            % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        cons = _constructor(digestmod)
        self._digest_cons = cons
        self._inner = cons()
        self._outer = cons()
        self.digest_size = self._inner.digest_size
        block = getattr(self._inner, 'block_size', self.blocksize)
        if block < 16:
            block = self.blocksize
        self.block_size = block
        if len(key) > block:
            key = cons(key).digest()
        key = bytes(key) + b'\x00' * (block - len(key))
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        """Feed data from msg into this hashing object."""
        self._inner.update(msg)

    def copy(self):
        """Return a separate copy of this hashing object."""
        other = self.__class__.__new__(self.__class__)
        other._digest_cons = self._digest_cons
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer

    def digest(self):
        """Return the hash value of this hashing object (bytes)."""
        return self._current().digest()

    def hexdigest(self):
        """Like digest(), but returns a string of hexadecimal digits instead."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """Create a new hashing object and return it."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """Fast inline implementation of HMAC: the digest of msg under key."""
    return HMAC(key, msg, digest).digest()
