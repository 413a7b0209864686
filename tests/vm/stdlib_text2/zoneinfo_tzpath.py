# zoneinfo's TZPATH: reset_tzpath() argument checks, key validation, PYTHONTZPATH with
# relative entries (InvalidTZPathWarning), and which files count as time zones.
import os
import pathlib
import subprocess
import sys
import zoneinfo
from zoneinfo import _tzpath


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


default = zoneinfo.TZPATH
print(default)
show(lambda: zoneinfo.reset_tzpath('/usr/share/zoneinfo'))
show(lambda: zoneinfo.reset_tzpath(b'/x'))
show(lambda: zoneinfo.reset_tzpath(['relative', '/abs', '']))
show(lambda: zoneinfo.reset_tzpath(5))
show(lambda: zoneinfo.reset_tzpath(['/a', pathlib.Path('rel')]))
zoneinfo.reset_tzpath(('/a', '/b'))
print(zoneinfo.TZPATH, _tzpath.TZPATH)
zoneinfo.reset_tzpath([pathlib.Path('/c')])
print(zoneinfo.TZPATH)
zoneinfo.reset_tzpath([])
print(zoneinfo.TZPATH, zoneinfo.available_timezones())
show(lambda: zoneinfo.ZoneInfo.no_cache('UTC'))
zoneinfo.reset_tzpath(['/usr/share/zoneinfo/America', '/nonexistent'])
zones = zoneinfo.available_timezones()
print(type(zones).__name__, 'New_York' in zones, 'Argentina/Salta' in zones, 'UTC' in zones)
zoneinfo.reset_tzpath()
print(zoneinfo.TZPATH == default)
zones = zoneinfo.available_timezones()
print([k in zones for k in ['UTC', 'Europe/Berlin', 'Factory', 'localtime', 'posixrules',
                            'posix/UTC', 'right/UTC', 'zone.tab', 'leapseconds', 'Europe']])
for key in ['UTC', 'Europe/Berlin', '../etc/passwd', '/etc/passwd', 'Europe/../UTC', 'a//b',
            'Europe/Nope', '', '.', '..', 'Europe', 'UTC/', './UTC', 'E\x00x', 'a/./b', '...']:
    print(repr(key), end=' ')
    show(lambda: _tzpath.find_tzfile(key))

code = ('import warnings; warnings.simplefilter("always");'
        'import zoneinfo; print(zoneinfo.TZPATH)')
for spec in ['/a:rel:/b::x/y', '', '/only']:
    env = dict(os.environ, PYTHONTZPATH=spec)
    run = subprocess.run([sys.executable, '-c', code], env=env, capture_output=True, text=True)
    warning = [line for line in run.stderr.splitlines() if 'Warning' in line or line.startswith('  ')]
    print(repr(spec), run.stdout.strip(), [w.split(': ', 1)[-1] for w in warning if 'warn(' not in w])
