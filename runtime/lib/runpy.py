"""Run a module found by name, or a script, directory or zip archive found by path, in a
fresh namespace, without leaving it imported."""

import os
import sys
import types
import importlib.util

import _imp

__all__ = ["run_module", "run_path"]


class _SysState:
    """While active: sys.argv[0] is argv0 (unless None), sys.modules[name] is a scratch
    module (unless name is None) and sys.path starts with path_entry (unless None)."""

    def __init__(self, argv0=None, name=None, path_entry=None):
        self.argv0 = argv0
        self.name = name
        self.path_entry = path_entry
        self.module = types.ModuleType(name) if name is not None else None

    def __enter__(self):
        if self.path_entry is not None:
            sys.path.insert(0, self.path_entry)
        if self.module is not None:
            self.had_module = self.name in sys.modules
            self.old_module = sys.modules.get(self.name)
            sys.modules[self.name] = self.module
        if self.argv0 is not None:
            self.old_argv0 = sys.argv[0] if sys.argv else None
            if sys.argv:
                sys.argv[0] = self.argv0
            else:
                sys.argv.append(self.argv0)
        return self

    def __exit__(self, *exc_info):
        if self.argv0 is not None and sys.argv:
            sys.argv[0] = self.old_argv0
        if self.module is not None:
            if self.had_module:
                sys.modules[self.name] = self.old_module
            else:
                sys.modules.pop(self.name, None)
        if self.path_entry is not None:
            try:
                sys.path.remove(self.path_entry)
            except ValueError:
                pass
        return False


def _execute(code, namespace, init_globals, run_name, spec, filename, package):
    # init_globals first, so the import attributes always win over it
    if init_globals is not None:
        namespace.update(init_globals)
    loader = cached = None
    if spec is not None:
        loader = spec.loader
        if getattr(spec, "has_location", False):
            cached = spec.cached
    namespace.update(__name__=run_name, __file__=filename, __cached__=cached,
                     __doc__=None, __loader__=loader, __package__=package, __spec__=spec)
    exec(code, namespace)
    return namespace


def _run_in_scratch_module(code, init_globals, run_name, spec, filename, package,
                           argv0, path_entry=None):
    with _SysState(argv0, run_name, path_entry) as state:
        namespace = state.module.__dict__
        _execute(code, namespace, init_globals, run_name, spec, filename, package)
        # the scratch module goes away with the context: hand back a snapshot
        return namespace.copy()


def _code_from_spec(spec, name):
    loader = spec.loader
    if loader is None:
        raise ImportError("%r is a namespace package and cannot be executed" % name)
    get_code = getattr(loader, "get_code", None)
    if get_code is not None:
        code = get_code(name)
    else:
        # Spry's own loaders hand out source only
        get_source = getattr(loader, "get_source", None)
        source = get_source(name) if get_source is not None else None
        if source is None:
            code = None
        else:
            if getattr(spec, "has_location", False) and spec.origin:
                filename = spec.origin
            else:
                filename = "<frozen %s>" % name
            code = compile(source, filename, "exec", dont_inherit=True)
    if code is None:
        raise ImportError("No code object available for %s" % name)
    return code


def _locate(mod_name):
    """The spec and code object of mod_name (a package runs as its __main__ submodule)."""
    if mod_name.startswith("."):
        raise ImportError("Relative module names not supported")
    parent = mod_name.rpartition(".")[0]
    if parent:
        try:
            __import__(parent)
        except ImportError as e:
            # a missing parent is reported by the spec lookup below; anything else the
            # package's own code failed to import is the caller's problem
            missing = e.name
            if missing is None or (missing != parent and
                                   not parent.startswith(missing + ".")):
                raise
        already = sys.modules.get(mod_name)
        if already is not None and not hasattr(already, "__path__"):
            import warnings
            warnings.warn(f"{mod_name!r} found in sys.modules after import of package "
                          f"{parent!r}, but prior to execution of {mod_name!r}; "
                          "this may result in unpredictable behaviour", RuntimeWarning)
    try:
        spec = importlib.util.find_spec(mod_name)
    except (ImportError, AttributeError, TypeError, ValueError) as e:
        message = "Error while finding module specification for {!r} ({}: {})".format(
            mod_name, type(e).__name__, e)
        if mod_name.endswith(".py") and isinstance(e, ModuleNotFoundError):
            message += (f". Try using {mod_name[:-3]!r} instead of "
                        f"{mod_name!r} as the module name.")
        raise ImportError(message) from e
    if spec is None:
        raise ImportError("No module named %s" % mod_name)
    if spec.submodule_search_locations is not None:
        if mod_name == "__main__" or mod_name.endswith(".__main__"):
            raise ImportError("Cannot use package as __main__ module")
        try:
            return _locate(mod_name + ".__main__")
        except ImportError as e:
            raise ImportError(f"{e}; {mod_name!r} is a package and cannot be "
                              "directly executed") from None
    return spec, _code_from_spec(spec, mod_name)


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    spec, code = _locate(mod_name)
    if run_name is None:
        run_name = spec.name
    filename = spec.origin if getattr(spec, "has_location", False) else None
    if alter_sys:
        return _run_in_scratch_module(code, init_globals, run_name, spec, filename,
                                      spec.parent, spec.origin)
    return _execute(code, {}, init_globals, run_name, spec, filename, spec.parent)


class _ArchiveMainLoader:
    """Serves the __main__.py at the top of a zip archive. Spry has no zipimport, so that
    one file is all that runs from an archive."""

    def __init__(self, archive, source):
        self.archive = archive
        self.source = source

    def get_source(self, name):
        return self.source


def _zip_main_spec(archive):
    import zipfile
    with zipfile.ZipFile(archive) as z:
        try:
            source = z.read("__main__.py")
        except KeyError:
            return None
    loader = _ArchiveMainLoader(archive, importlib.util.decode_source(source))
    return importlib.util.spec_from_file_location(
        "__main__", os.path.join(archive, "__main__.py"), loader=loader)


def run_path(path_name, init_globals=None, run_name=None):
    if run_name is None:
        run_name = "<run_path>"
    path = os.fsdecode(os.fspath(path_name))
    if os.path.isdir(path):
        spec = _imp.find_spec("__main__", [path])
        if spec is not None and spec.submodule_search_locations is not None:
            spec = None  # a __main__ package does not count
    elif _is_zip(path):
        spec = _zip_main_spec(path)
    else:
        with open(os.path.abspath(path), "rb") as f:
            source = f.read()
        code = compile(source, path, "exec", dont_inherit=True)
        return _run_in_scratch_module(code, init_globals, run_name, None, path_name,
                                      run_name.rpartition(".")[0], path_name)
    if spec is None:
        raise ImportError("can't find '__main__' module in %r" % path_name)
    code = _code_from_spec(spec, "__main__")
    return _run_in_scratch_module(code, init_globals, run_name, spec, spec.origin, "",
                                  path_name, path_entry=path_name)


def _is_zip(path):
    if not os.path.isfile(path):
        return False
    import zipfile
    return zipfile.is_zipfile(path)
