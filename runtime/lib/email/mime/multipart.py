"""multipart/* MIME documents."""

__all__ = ['MIMEMultipart']

from email.mime.base import MIMEBase


class MIMEMultipart(MIMEBase):
    """A multipart/_subtype message, optionally with its parts and boundary."""

    def __init__(self, _subtype='mixed', boundary=None, _subparts=None, *,
                 policy=None, **_params):
        MIMEBase.__init__(self, 'multipart', _subtype, policy=policy, **_params)
        self._payload = []
        if _subparts:
            for part in _subparts:
                self.attach(part)
        if boundary:
            self.set_boundary(boundary)
