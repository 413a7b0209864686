"""The modern policies: headers become objects from a header registry, folding
follows RFC 5322, and EmailMessage is the message class.  default, SMTP, SMTPUTF8,
HTTP and strict are EmailPolicy instances for common uses."""

import re
import sys

from email._policybase import Compat32, Policy, compat32, split_source_header
from email.contentmanager import raw_data_manager
from email.headerregistry import HeaderRegistry
from email.message import EmailMessage
from email.utils import _holds_surrogates

_LINE_BREAK = re.compile(r'\n|\r')


class EmailPolicy(Policy):
    """Policy settings plus: utf8 (write non-ASCII headers as UTF-8, RFC 6532),
    refold_source ('none', 'long' or 'all': which parsed headers are refolded
    when written), header_factory (name, value -> header object) and
    content_manager (for get_content/set_content)."""

    message_factory = EmailMessage
    utf8 = False
    refold_source = 'long'
    content_manager = raw_data_manager

    def __init__(self, **kw):
        # Each policy made directly gets its own registry (clones share it).
        if 'header_factory' not in kw:
            object.__setattr__(self, 'header_factory', HeaderRegistry())
        super().__init__(**kw)

    def header_max_count(self, name):
        header_class = self.header_factory[name]
        return header_class.max_count

    header_source_parse = staticmethod(split_source_header)

    def header_store_parse(self, name, value):
        """A header object for value; one already named name is kept as it is."""
        own_name = getattr(value, 'name', None)
        if own_name is not None and own_name.lower() == name.lower():
            return name, value
        if isinstance(value, str) and value.splitlines()[1:]:
            raise ValueError("Header values may not contain linefeed "
                             "or carriage return characters")
        made = self.header_factory(name, value)
        return name, made

    def header_fetch_parse(self, name, value):
        if hasattr(value, 'name'):
            return value
        # A parsed value: unfold it (line breaks go, the blanks after them stay).
        return self.header_factory(name, _LINE_BREAK.sub('', value))

    def fold(self, name, value):
        return self._folded(name, value, True)

    def fold_binary(self, name, value):
        text = self._folded(name, value, self.cte_type == '7bit')
        return text.encode('utf8' if self.utf8 else 'ascii', 'surrogateescape')

    def _folded(self, name, value, encode_raw_bytes):
        if hasattr(value, 'name'):
            return value.fold(policy=self)
        # A value kept from the source: written as it came unless refold_source
        # asks for it to be refolded (or it carries raw bytes that must be encoded).
        limit = self.max_line_length or sys.maxsize
        lines = value.splitlines()
        if self.refold_source == 'all':
            refold = True
        elif self.refold_source == 'long':
            refold = bool(lines) and (len(name) + 2 + len(lines[0]) > limit
                                      or any(len(line) > limit for line in lines[1:]))
        else:
            refold = False
        if refold or (encode_raw_bytes and _holds_surrogates(value)):
            return self.header_factory(name, ''.join(lines)).fold(policy=self)
        return name + ': ' + self.linesep.join(lines) + self.linesep


# The instances below share one registry, held by the class.
EmailPolicy.header_factory = HeaderRegistry()
default = EmailPolicy.__new__(EmailPolicy)
strict = default.clone(raise_on_defect=True)
SMTP = default.clone(linesep='\r\n')   # network line endings
SMTPUTF8 = SMTP.clone(utf8=True)
HTTP = SMTP.clone(max_line_length=None)  # HTTP headers are not folded

__all__ = ['Compat32', 'compat32', 'Policy', 'EmailPolicy', 'default', 'strict', 'SMTP', 'HTTP']
