from ..config import SETTING
from .. import helpers
from . import sibling
def leaf_info():
    return f"leaf: {SETTING}, {helpers.describe()}, {sibling.NAME}, package={__package__}"
