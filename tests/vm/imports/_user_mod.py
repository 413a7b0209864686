import _config_mod
def is_debug():
    return _config_mod.settings["debug"]
