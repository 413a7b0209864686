"""Base class for MIME specializations."""

__all__ = ['MIMEBase']

import email.policy
from email import message


class MIMEBase(message.Message):
    """A message with Content-Type maintype/subtype (plus parameters) and MIME-Version."""

    def __init__(self, _maintype, _subtype, *, policy=None, **_params):
        if policy is None:
            policy = email.policy.compat32
        message.Message.__init__(self, policy=policy)
        self.add_header('Content-Type', '%s/%s' % (_maintype, _subtype), **_params)
        self['MIME-Version'] = '1.0'
