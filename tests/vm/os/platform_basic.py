# platform: the basic queries (only facts that do not depend on the implementation).
import platform, os, sys
print(platform.system(), platform.system() == os.uname().sysname)
print(platform.machine() == os.uname().machine, platform.node() == os.uname().nodename, platform.release() == os.uname().release)
print(platform.python_version(), platform.python_version_tuple())
print(type(platform.python_implementation()), type(platform.platform()), platform.platform().startswith('Linux-'))
u = platform.uname()
print(type(u).__name__, u.system, u[0], len(u), u.machine == platform.machine())
print(platform.architecture()[0])
