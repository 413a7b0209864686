from .config import SETTING
from . import helpers
