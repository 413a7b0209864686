from . import child
