"""MIMENonMultipart: a MIME part whose payload is not a list of subparts."""

__all__ = ['MIMENonMultipart']

from email import errors
from email.mime.base import MIMEBase


class MIMENonMultipart(MIMEBase):
    """A single-part MIME message: attaching subparts to it is an error."""

    def attach(self, payload):
        raise errors.MultipartConversionError(
            'Cannot attach additional subparts to non-multipart/*')
