"""Set a message's Content-Transfer-Encoding and encode its payload to match."""

__all__ = ['encode_7or8bit', 'encode_base64', 'encode_noop', 'encode_quopri']

from base64 import encodebytes as _encodebytes
from quopri import encodestring as _encodestring


def _qencode(s):
    return _encodestring(s, quotetabs=True).replace(b' ', b'=20')


def encode_base64(msg):
    """Base64-encode the payload and say so in Content-Transfer-Encoding."""
    raw = msg.get_payload(decode=True)
    msg.set_payload(str(_encodebytes(raw), 'ascii'))
    msg['Content-Transfer-Encoding'] = 'base64'


def encode_quopri(msg):
    """Quoted-printable encode the payload and say so in Content-Transfer-Encoding."""
    raw = msg.get_payload(decode=True)
    msg.set_payload(_qencode(raw))
    msg['Content-Transfer-Encoding'] = 'quoted-printable'


def encode_7or8bit(msg):
    """Leave the payload alone; Content-Transfer-Encoding says 7bit or 8bit."""
    raw = msg.get_payload(decode=True)
    if raw is None:
        msg['Content-Transfer-Encoding'] = '7bit'
        return
    try:
        raw.decode('ascii')
    except UnicodeError:
        msg['Content-Transfer-Encoding'] = '8bit'
    else:
        msg['Content-Transfer-Encoding'] = '7bit'


def encode_noop(msg):
    """Do nothing."""
