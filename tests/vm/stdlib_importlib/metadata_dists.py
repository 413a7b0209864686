# importlib.metadata over a dist-info and an egg-info directory made in a temporary dir
import os, sys, tempfile, warnings
import importlib.metadata as md

tmp = tempfile.mkdtemp()
def write(rel, text):
    path = os.path.join(tmp, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)

write("demo_pkg-1.2.3.dist-info/METADATA", """Metadata-Version: 2.1
Name: demo-pkg
Version: 1.2.3
Summary: A demo
Keywords: alpha beta  gamma
Classifier: Topic :: One
Classifier: Topic :: Two
Requires-Dist: attrs (>=20)
Requires-Dist: colorama ; extra == "color"

Long description
spanning lines.
""")
write("demo_pkg-1.2.3.dist-info/entry_points.txt", """[console_scripts]
demo = demo_mod:main

[demo.plugins]
# a comment
first = demo_mod:Plugin.hello [fast, small]
second=demo_mod
""")
write("demo_pkg-1.2.3.dist-info/RECORD", """demo_mod.py,sha256=abc123,42
demo_pkg-1.2.3.dist-info/METADATA,,
"odd,name.txt",,7
""")
write("demo_mod.py", "def main():\n    return 'main ran'\nclass Plugin:\n    def hello():\n        return 'hello'\n")
write("Old_Egg-0.1.egg-info/PKG-INFO", "Metadata-Version: 1.0\nName: Old-Egg\nVersion: 0.1\n")
write("Old_Egg-0.1.egg-info/requires.txt", "six\n\n[tests]\npytest\n\n[:python_version < \"3\"]\nenum34\n\n[gui:sys_platform == \"win32\"]\npywin32\npkg @ http://example.com/x.zip\n")
write("Old_Egg-0.1.egg-info/SOURCES.txt", "setup.py\nold_egg/__init__.py\nold_egg/a,b.py\n")
write("Old_Egg-0.1.egg-info/top_level.txt", "old_egg\n")
sys.path.insert(0, tmp)

print(md.version("demo-pkg"), md.version("Demo_Pkg"), md.version("DEMO.pkg"))
meta = md.metadata("demo-pkg")
print(meta["Name"], meta["Summary"], meta["Missing"])
print(meta.get_all("Classifier"))
print(sorted(meta.json.items()))
print(md.requires("demo-pkg"))
print(md.requires("old-egg"))
for f in md.files("demo-pkg"):
    print(repr(str(f)), f.hash, f.size, type(f).__name__)
print([str(f) for f in md.files("old_egg")])
print(md.files("demo-pkg")[0].read_text().splitlines()[0])
dist = md.distribution("demo_pkg")
print(type(dist).__name__, dist.name, dist.version, dist._normalized_name)
print(sorted(d.name for d in md.distributions(path=[tmp])))
eps = md.entry_points(group="demo.plugins")
print(type(eps).__name__, eps)
print(sorted(eps.names), eps.groups)
first = eps["first"]
print(first.name, first.group, first.module, first.attr, first.extras, first.dist.name)
print(first.load()(), eps["second"].load().__name__, md.entry_points(name="demo")["demo"].load()())
print(first.matches(group="demo.plugins", attr="Plugin.hello"), first.matches(name="x"))
print(first == md.EntryPoint("first", "demo_mod:Plugin.hello [fast, small]", "demo.plugins"))
try:
    first.name = "x"
except AttributeError as e:
    print("AttributeError", e)
try:
    eps["nope"]
except KeyError as e:
    print("KeyError", e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    groups = md.entry_points()
    print("demo.plugins" in groups, [str(w.message) for w in caught])
print(sorted(groups.select(group="console_scripts").names & {"demo"}))
pkgs = md.packages_distributions()
print(pkgs["demo_mod"], pkgs["old_egg"])
try:
    md.version("no-such-dist")
except md.PackageNotFoundError as e:
    print(type(e).__name__, e, e.name, isinstance(e, ModuleNotFoundError))
try:
    md.distribution("")
except ValueError as e:
    print("ValueError", e)
at = md.Distribution.at(os.path.join(tmp, "Old_Egg-0.1.egg-info"))
print(at.name, at.version, at.read_text("nope.txt"), at.entry_points)
import shutil; shutil.rmtree(tmp)
