"""image/* MIME documents."""

__all__ = ['MIMEImage']

from email import encoders
from email.mime.nonmultipart import MIMENonMultipart


def _guess_subtype(data):
    """The image subtype that data's first bytes announce, or None."""
    head = data[:32]
    if head[6:10] in (b'JFIF', b'Exif') or head[:4] == b'\xff\xd8\xff\xdb':
        return 'jpeg'
    if head.startswith(b'\211PNG\r\n\032\n'):
        return 'png'
    if head[:6] in (b'GIF87a', b'GIF89a'):
        return 'gif'
    if head[:2] in (b'MM', b'II'):
        return 'tiff'
    if head.startswith(b'\001\332'):
        return 'rgb'
    if len(head) >= 3 and head[0] == ord(b'P') and head[2] in b' \t\n\r':
        kinds = {b'1': 'pbm', b'4': 'pbm', b'2': 'pgm', b'5': 'pgm', b'3': 'ppm', b'6': 'ppm'}
        if head[1:2] in kinds:
            return kinds[head[1:2]]
    if head.startswith(b'\x59\xA6\x6A\x95'):
        return 'rast'
    if head.startswith(b'#define '):
        return 'xbm'
    if head.startswith(b'BM'):
        return 'bmp'
    if head.startswith(b'RIFF') and head[8:12] == b'WEBP':
        return 'webp'
    if head.startswith(b'\x76\x2f\x31\x01'):
        return 'exr'
    return None


class MIMEImage(MIMENonMultipart):
    """An image/_subtype part (the subtype guessed from the data when not given)."""

    def __init__(self, _imagedata, _subtype=None, _encoder=encoders.encode_base64,
                 *, policy=None, **_params):
        _subtype = _guess_subtype(_imagedata) if _subtype is None else _subtype
        if _subtype is None:
            raise TypeError('Could not guess image MIME subtype')
        MIMENonMultipart.__init__(self, 'image', _subtype, policy=policy, **_params)
        self.set_payload(_imagedata)
        _encoder(self)
