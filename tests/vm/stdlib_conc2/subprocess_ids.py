# Popen's user, group and extra_groups: names and numbers, the argument errors, and the
# child's ids (as root the child really changes user; otherwise that is refused)
import os
import subprocess as sp

root = os.getuid() == 0


def child_ids(**kw):
    return sp.run(['id', '-u'], capture_output=True, text=True, **kw).stdout.strip(), \
        sp.run(['id', '-g'], capture_output=True, text=True, **kw).stdout.strip()


print('same ids', child_ids(user=os.getuid(), group=os.getgid()) == (str(os.getuid()), str(os.getgid())))
try:
    changed = child_ids(user='nobody', group='nogroup', extra_groups=[]) == ('65534', '65534')
except PermissionError as e:
    changed = not root and e.errno == 1
print('as nobody', changed)
try:
    groups = sp.run(['id', '-G'], capture_output=True, text=True, extra_groups=['nogroup', 0]).stdout.split()
    ok = sorted(groups) == ['0', '65534']
except PermissionError:
    ok = not root
print('extra groups', ok)

for kw in ({'user': 'nonexistent_zz'}, {'group': 'nonexistent_zz'}, {'extra_groups': ['nonexistent_zz']},
           {'user': -5}, {'group': -5}, {'user': 1.5}, {'user': b'nobody'}, {'group': 1.5},
           {'extra_groups': [1.5]}, {'extra_groups': 5}, {'extra_groups': [0] * 70000}):
    try:
        sp.run(['true'], **kw)
        print(kw, 'ran')
    except (KeyError, ValueError, TypeError) as e:
        print(sorted(kw), type(e).__name__, e)
