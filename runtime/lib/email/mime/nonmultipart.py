"""Base class for MIME types that are not multipart."""

__all__ = ['MIMENonMultipart']

from email import errors
from email.mime.base import MIMEBase


class MIMENonMultipart(MIMEBase):
    """A MIME part that cannot have sub-parts."""

    def attach(self, payload):
        raise errors.MultipartConversionError(
            'Cannot attach additional subparts to non-multipart/*')
