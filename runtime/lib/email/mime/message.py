"""MIMEMessage: a message/* part wrapping another message."""

__all__ = ['MIMEMessage']

from email import message
from email.mime.nonmultipart import MIMENonMultipart


class MIMEMessage(MIMENonMultipart):
    """Carries _msg (a Message) as its only subpart, message/rfc822 by default."""

    def __init__(self, _msg, _subtype='rfc822', *, policy=None):
        super().__init__('message', _subtype, policy=policy)
        if not isinstance(_msg, message.Message):
            raise TypeError('Argument is not an instance of Message')
        # MIMENonMultipart refuses attach(); the wrapped message goes in through Message's.
        message.Message.attach(self, _msg)
        self.set_default_type('message/rfc822')
