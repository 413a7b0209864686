import pkg_rel
print(pkg_rel.SETTING, pkg_rel.helpers.describe())
from pkg_rel.sub import leaf_info
print(leaf_info())
import pkg_rel.sub.leaf as leaf
print(leaf.__name__, leaf.__package__, leaf.sibling.NAME)
import sys
print(sorted(m for m in sys.modules if m.startswith("pkg_rel")))
