"""The email package's exceptions, and the defects a lenient parse records on a message
instead of raising."""


class MessageError(Exception):
    """Base of the email package's exceptions."""


class MessageParseError(MessageError):
    """The parser could not make sense of its input."""


class HeaderParseError(MessageParseError):
    """A header could not be parsed."""


class BoundaryError(MessageParseError):
    """A multipart boundary was malformed or missing (no longer raised)."""


class MultipartConversionError(MessageError, TypeError):
    """A subpart was attached to a message that is not multipart."""


class CharsetError(MessageError):
    """An unknown or invalid character set."""


class MessageDefect(ValueError):
    """Something wrong with a message that parsing worked around; `line` says where."""

    def __init__(self, line=None):
        super().__init__(*(() if line is None else (line,)))
        self.line = line


# Defects of a message's structure or body.
class CloseBoundaryNotFoundDefect(MessageDefect):
    """A start boundary was found but no matching close boundary."""


class FirstHeaderLineIsContinuationDefect(MessageDefect):
    """The message's first header line is a continuation line."""


class InvalidBase64CharactersDefect(MessageDefect):
    """base64 data held characters outside the alphabet; they were skipped."""


class InvalidBase64LengthDefect(MessageDefect):
    """base64 data had a length that no padding could make valid."""


class InvalidBase64PaddingDefect(MessageDefect):
    """base64 data was missing padding; padding was added to decode it."""


class InvalidMultipartContentTransferEncodingDefect(MessageDefect):
    """A multipart part has a transfer encoding other than 7bit, 8bit or binary."""


class MisplacedEnvelopeHeaderDefect(MessageDefect):
    """A Unix-from line appeared among the headers."""


class MissingHeaderBodySeparatorDefect(MessageDefect):
    """A line that is not a header came before the blank line ending the headers."""


class MultipartInvariantViolationDefect(MessageDefect):
    """A message claims to be multipart but has no subparts."""


class NoBoundaryInMultipartDefect(MessageDefect):
    """A multipart message has no boundary parameter."""


class StartBoundaryNotFoundDefect(MessageDefect):
    """The boundary named in the Content-Type never appears in the body."""


class UndecodableBytesDefect(MessageDefect):
    """A header held bytes that could not be decoded."""


MalformedHeaderDefect = MissingHeaderBodySeparatorDefect  # its former name


# Defects found in a single header's value.
class HeaderDefect(MessageDefect):
    """Base of the defects in a header value."""


class InvalidHeaderDefect(HeaderDefect):
    """A header value could not be parsed as its type requires."""


class HeaderMissingRequiredValue(HeaderDefect):
    """A header that must carry a value has none."""


class NonPrintableDefect(HeaderDefect):
    """A header value contains ASCII characters that cannot be printed."""

    def __init__(self, non_printables):
        super().__init__(non_printables)
        self.non_printables = non_printables

    def __str__(self):
        return f'the following ASCII non-printables found in header: {self.non_printables}'


class ObsoleteHeaderDefect(HeaderDefect):
    """A header uses syntax RFC 5322 marks obsolete."""


class NonASCIILocalPartDefect(HeaderDefect):
    """An address's local part holds non-ASCII characters (allowed only with SMTPUTF8)."""


class InvalidDateDefect(HeaderDefect):
    """A date header could not be parsed."""
