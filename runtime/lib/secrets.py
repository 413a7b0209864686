"""Random numbers and tokens from the operating system's generator, for secrets."""

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom', 'token_bytes', 'token_hex',
           'token_urlsafe', 'compare_digest']

import base64
import os
from _hashlib import compare_digest
from random import SystemRandom

DEFAULT_ENTROPY = 32  # bytes a token carries when the caller does not say

_os_random = SystemRandom()
choice = _os_random.choice
randbits = _os_random.getrandbits


def randbelow(exclusive_upper_bound):
    """A random int in range(exclusive_upper_bound)."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _os_random.randrange(exclusive_upper_bound)


def token_bytes(nbytes=None):
    return os.urandom(DEFAULT_ENTROPY if nbytes is None else nbytes)


def token_hex(nbytes=None):
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    """A URL-safe base64 text of nbytes random bytes, without '=' padding."""
    return base64.urlsafe_b64encode(token_bytes(nbytes)).rstrip(b'=').decode('ascii')
