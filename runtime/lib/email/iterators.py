"""Iterators over the parts of a message tree."""

__all__ = ['body_line_iterator', 'typed_subpart_iterator', 'walk']

import sys


def walk(self):
    """Every part of the message, depth first, the message itself first.

    Message.walk is this function."""
    yield self
    if self.is_multipart():
        for part in self.get_payload():
            yield from part.walk()


def body_line_iterator(msg, decode=False):
    """The lines of every text payload in the tree, line endings kept.

    Decoded payloads are bytes, and only str payloads are iterated."""
    for part in msg.walk():
        payload = part.get_payload(decode=decode)
        if isinstance(payload, str):
            yield from payload.splitlines(keepends=True)


def typed_subpart_iterator(msg, maintype='text', subtype=None):
    """The parts whose content type is maintype/subtype (any subtype when None)."""
    for part in msg.walk():
        if part.get_content_maintype() != maintype:
            continue
        if subtype is None or part.get_content_subtype() == subtype:
            yield part


def _structure(msg, fp=None, level=0, include_default=False):
    """Print the tree of content types, one indented line per part (a debugging aid)."""
    out = sys.stdout if fp is None else fp
    line = '    ' * level + msg.get_content_type()
    if include_default:
        line += f' [{msg.get_default_type()}]'
    print(line, file=out)
    if msg.is_multipart():
        for part in msg.get_payload():
            _structure(part, out, level + 1, include_default)
