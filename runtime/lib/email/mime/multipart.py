"""MIMEMultipart: a multipart/* container of subparts."""

__all__ = ['MIMEMultipart']

from email.mime.base import MIMEBase


class MIMEMultipart(MIMEBase):
    """A multipart/<_subtype> message holding _subparts, attached in order."""

    def __init__(self, _subtype='mixed', boundary=None, _subparts=None, *, policy=None,
                 **_params):
        super().__init__('multipart', _subtype, policy=policy, **_params)
        # A multipart message's payload is a list even before anything is attached.
        self._payload = []
        for part in _subparts or ():
            self.attach(part)
        if boundary:
            self.set_boundary(boundary)
