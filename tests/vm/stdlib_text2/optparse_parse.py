# optparse: parse_args -- actions, clustering, abbreviations, "--", callbacks, errors
import optparse as o, sys, os
def tryit(f, *a, **k):
    try: r = f(*a, **k); print("OK", *(r if isinstance(r, tuple) else (r,))); return r
    except SystemExit as e: print("EXIT", e.code)
    except Exception as e: print(type(e).__name__, repr(str(e)))
def unused(f, *a, **k):
    try: r = f(*a, **k); print("OK", r); return r
    except SystemExit as e: print("EXIT", e.code)
    except Exception as e: print(type(e).__name__, repr(str(e)))
sys.stderr = sys.stdout
def cb(option, opt_str, value, parser, *args, **kw):
    print("CB", option, opt_str, value, parser.largs, parser.rargs, args, kw, parser.values)
    setattr(parser.values, option.dest or "cbd", value)
p = o.OptionParser(prog="prog")
p.add_option("-a", action="store_true")
p.add_option("-b", action="store_const", const=7, dest="bee")
p.add_option("-c", "--count", action="count")
p.add_option("-o", "--out")
p.add_option("-i", "--int", type="int", action="append")
p.add_option("--pair", nargs=2, type="int")
p.add_option("--app", action="append_const", const="K", dest="ks")
p.add_option("--verbose", action="store_true")
p.add_option("--version-x", action="store_true")
p.add_option("--cb", action="callback", callback=cb, callback_args=(1,), callback_kwargs={"k": 2})
p.add_option("--cbv", action="callback", callback=cb, type="int", nargs=2, dest="cbv")
p.add_option("--ch", type="choice", choices=["x", "y"])
print(p.get_default_values())
for args in [[], ["-a", "-b", "x", "-cc", "--count", "y"], ["-abcooo", "z"], ["-o", "v", "--out=w", "--out", "--", "q"],
             ["-i1", "-i", "0x10", "--int=3"], ["--pair", "1", "2", "rest"], ["--pair=1", "2"], ["--pair", "1"],
             ["--app", "--app"], ["--ver"], ["--v"], ["--verb"], ["--cb", "x", "--cbv", "3", "4", "y"], ["a", "--", "-a", "-b"],
             ["-z"], ["--zz"], ["--zz=3"], ["-a=3"], ["--verbose=3"], ["-o"], ["--out"], ["-i", "x"], ["--ch", "z"], ["--ch=x"], ["-"], ["-", "-a"],
             ["--out="], ["-o", "-a"], ["---x"], ["--app=1"]]:
    print(args)
    r = tryit(p.parse_args, args)
p.disable_interspersed_args()
tryit(p.parse_args, ["a", "-a", "-b"])
tryit(p.parse_args, ["-a", "x", "-b"])
p.enable_interspersed_args()
p.set_defaults(a=5, o="dflt")
p.set_default("bee", 1)
print(p.get_default_values(), p.defaults)
v = o.Values({"a": 99})
tryit(p.parse_args, ["-c"], v); print(v)
print(p.parse_args(["-c"], v)[0] is v)

p = o.OptionParser(prog="ab", add_help_option=False)
for name in ["--zeta", "--zebra", "--zap"]:
    p.add_option(name, action="store_true")
for args in [["--z"], ["--ze"], ["--zet"], ["--zap", "--zeb"]]:
    tryit(p.parse_args, args)
q = o.OptionParser(prog="q", version="%prog 1.0")
q.add_option("-n", type="int", default="12")
q.add_option("-f", type="float", default="1.5", dest="fl")
q.add_option("-s", default=5)
q.add_option("-l", action="append", default=[1])
tryit(q.parse_args, [])
tryit(q.parse_args, ["-l", "x"]); print(q.defaults["l"])
q.add_option("-e", type="int", default="zz")
tryit(q.parse_args, [])
q.set_process_default_values(False)
tryit(q.parse_args, [])
q.set_process_default_values(True)
q.remove_option("-e")
tryit(q.parse_args, ["--version"])
tryit(q.parse_args, ["-h", "--version"])
tryit(q.parse_args, ["--he=1"])
tryit(q.exit, 3, "bye\n")
tryit(q.exit)
sys.argv[1:] = ["-n", "0x20", "rest"]
tryit(q.parse_args)
vals, args = q.parse_args(["-s", "2", "a"], o.Values({"s": 5}))
print(vals, args, q.largs, q.rargs, q.values is vals, q.check_values(vals, ["z"])[1])
q.error("bad thing")
