# ast.unparse round trip over real modules: parse(unparse(tree)) dumps like tree.
import ast
import importlib.util

MODULES = ["ast", "argparse", "asyncio.tasks", "collections", "dataclasses", "datetime",
           "email.message", "enum", "functools", "inspect", "json.decoder", "logging",
           "pathlib", "pickle", "shlex", "string", "subprocess", "tarfile", "textwrap",
           "typing", "unittest.mock", "urllib.parse", "zipfile", "decimal", "fractions",
           "statistics", "difflib", "configparser", "http.client", "tokenize"]
for name in MODULES:
    spec = importlib.util.find_spec(name)
    source = spec.loader.get_source(name)
    tree = ast.parse(source)
    text = ast.unparse(tree)
    again = ast.parse(text)
    same = ast.dump(tree) == ast.dump(again)
    stable = ast.unparse(again) == text
    print(name, same, stable)
