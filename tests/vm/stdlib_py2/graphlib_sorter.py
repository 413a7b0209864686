# graphlib.TopologicalSorter: static order, the prepare/get_ready/done protocol, cycles.
from graphlib import TopologicalSorter, CycleError

graph = {'D': {'B', 'C'}, 'C': {'A'}, 'B': {'A'}}
print(list(TopologicalSorter({'D': ['B', 'C'], 'C': ['A'], 'B': ['A']}).static_order()))
print(list(TopologicalSorter({2: [11], 9: [11, 8, 10], 10: [11, 3], 11: [7, 5], 8: [7, 3]}).static_order()))
print(list(TopologicalSorter().static_order()), list(TopologicalSorter({1: []}).static_order()))

ts = TopologicalSorter()
ts.add('build', 'compile', 'link')
ts.add('link', 'compile')
ts.add('compile', 'fetch')
ts.add('test', 'build')
ts.add('docs')
ts.add('link', 'compile')
ts.prepare()
steps = []
while ts:
    ready = ts.get_ready()
    steps.append(ready)
    ts.done(*ready)
print(steps, ts.is_active(), ts.get_ready())

ts = TopologicalSorter({'a': ['b'], 'b': []})
ts.prepare()
print(ts.get_ready(), ts.get_ready(), ts.is_active())
for bad in [lambda: ts.done('a'), lambda: ts.done('zz'), lambda: ts.add('c'), lambda: ts.prepare()]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
ts.done('b')
try:
    ts.done('b')
except ValueError as e:
    print('ValueError', e)
for bad in [lambda: TopologicalSorter().get_ready(), lambda: TopologicalSorter().done(1), lambda: TopologicalSorter().is_active(),
            lambda: bool(TopologicalSorter())]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)

for g in [{1: [2], 2: [3], 3: [1]}, {'a': ['b'], 'b': ['c'], 'c': ['b']}, {0: [0]}, {1: [2, 3], 3: [4], 4: [1], 2: []}]:
    try:
        list(TopologicalSorter(g).static_order())
    except CycleError as e:
        print('CycleError', e.args, isinstance(e, ValueError))
ts = TopologicalSorter({'x': ['y'], 'y': ['x'], 'z': []})
try:
    ts.prepare()
except CycleError as e:
    print(e.args[1], ts.get_ready(), ts.is_active())
print(TopologicalSorter[int], CycleError.__mro__[1].__name__)

import pwd, grp, getpass, os
root = pwd.getpwuid(0)
print(repr(root).startswith("pwd.struct_passwd(pw_name='root', pw_passwd="), root.pw_name, root[2], len(root), root.pw_dir == pwd.getpwnam('root').pw_dir, type(root).__name__, root.n_fields)
print(grp.getgrgid(0).gr_name, grp.getgrnam(grp.getgrgid(0).gr_name).gr_gid, isinstance(grp.getgrgid(0).gr_mem, list))
print(any(e.pw_uid == 0 for e in pwd.getpwall()), any(g.gr_gid == 0 for g in grp.getgrall()), pwd.getpwuid(os.getuid()) in pwd.getpwall())
for bad in [lambda: pwd.getpwuid(54321), lambda: pwd.getpwnam('no such user'), lambda: grp.getgrgid(54321), lambda: grp.getgrnam('nope'),
            lambda: pwd.getpwuid('0'), lambda: pwd.getpwnam(0), lambda: pwd.struct_passwd((1, 2))]:
    try:
        bad()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
os.environ['LOGNAME'] = 'logname-user'
print(getpass.getuser(), issubclass(getpass.GetPassWarning, UserWarning))
for k in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
    os.environ.pop(k, None)
print(getpass.getuser() == pwd.getpwuid(os.getuid()).pw_name)
