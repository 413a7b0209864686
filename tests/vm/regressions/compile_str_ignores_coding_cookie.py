# A str passed to exec/eval/compile is already decoded: a coding cookie in it is ignored
# (bytes sources honour it).
src = "# -*- coding: latin-1 -*-\ns = 'é'\n"
ns = {}
exec(src, ns)
print(ns["s"], len(ns["s"]))
print(eval("# coding: latin-1\n'ü' + 'x'"))
code = compile("# vim: set fileencoding=latin-1 :\nr = 'ñ'\n", "<c>", "exec")
exec(code, ns)
print(ns["r"])
exec(b"# -*- coding: latin-1 -*-\nb = '\xe9'\n", ns)
print(ns["b"], len(ns["b"]))
