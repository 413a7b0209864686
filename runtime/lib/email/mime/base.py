"""MIMEBase: a Message that starts life with a Content-Type and a MIME-Version."""

__all__ = ['MIMEBase']

import email.policy
from email import message


class MIMEBase(message.Message):
    """The common base of the MIME classes; usually subclassed, not used directly."""

    def __init__(self, _maintype, _subtype, *, policy=None, **_params):
        super().__init__(policy=email.policy.compat32 if policy is None else policy)
        self.add_header('Content-Type', f'{_maintype}/{_subtype}', **_params)
        self['MIME-Version'] = '1.0'
