"""The kinds of finders and loaders of the import system, and the file suffixes it
recognizes."""

import _imp

ModuleSpec = type(_imp.find_spec("math", None))
BuiltinImporter = type(_imp.find_spec("math", None).loader)
FrozenImporter = type(_imp.find_spec("_weakrefset", None).loader)

SOURCE_SUFFIXES = [".py"]
DEBUG_BYTECODE_SUFFIXES = [".pyc"]
OPTIMIZED_BYTECODE_SUFFIXES = [".pyc"]
BYTECODE_SUFFIXES = [".pyc"]
EXTENSION_SUFFIXES = _imp.extension_suffixes()


def all_suffixes():
    """Every suffix of a file the import system can load."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class SourceFileLoader:
    """Loads a module from a .py file."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, "rb") as f:
            return f.read()

    def get_source(self, fullname):
        import linecache
        return "".join(linecache._split_lines(linecache._decode(self.get_data(self.path))))

    def is_package(self, fullname):
        filename = self.path.rpartition("/")[2]
        return filename.rsplit(".", 1)[0] == "__init__"

    def get_code(self, fullname):
        return compile(self.get_data(self.path), self.path, "exec", dont_inherit=True)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(self.get_code(module.__name__), module.__dict__)
