import _config_mod
import _user_mod
print(_user_mod.is_debug())
_config_mod.set_debug(True)
print(_user_mod.is_debug())
_config_mod.settings = {"debug": "replaced dict"}
print(_user_mod.is_debug())
from _config_mod import settings
settings["debug"] = "mutated through from-import"
print(_user_mod.is_debug())
