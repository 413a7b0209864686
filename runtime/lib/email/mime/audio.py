"""audio/* MIME documents."""

__all__ = ['MIMEAudio']

from email import encoders
from email.mime.nonmultipart import MIMENonMultipart


def _guess_subtype(data):
    """The audio subtype that data's first bytes announce, or None."""
    head = data[:32]
    if head.startswith(b'FORM') and head[8:12] in (b'AIFC', b'AIFF'):
        return 'x-aiff'
    if head.startswith(b'.snd'):
        return 'basic'
    if head.startswith(b'RIFF') and head[8:12] == b'WAVE':
        return 'x-wav'
    return None


class MIMEAudio(MIMENonMultipart):
    """An audio/_subtype part (the subtype guessed from the data when not given)."""

    def __init__(self, _audiodata, _subtype=None, _encoder=encoders.encode_base64,
                 *, policy=None, **_params):
        _subtype = _guess_subtype(_audiodata) if _subtype is None else _subtype
        if _subtype is None:
            raise TypeError('Could not find audio MIME subtype')
        MIMENonMultipart.__init__(self, 'audio', _subtype, policy=policy, **_params)
        self.set_payload(_audiodata)
        _encoder(self)
