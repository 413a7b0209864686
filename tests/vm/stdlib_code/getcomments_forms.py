# inspect.getcomments: a module's leading comment block (after the #! line, without the
# lone "#" lines leading it, stopping at an indented comment), the comment right above a
# def at the same indentation (lone "#" lines at either end dropped), and None when a
# blank line, a different indentation or a tab-expanded indentation separates them.
import inspect

import _comments_mod as mod

for label, obj in [('module', mod), ('f', mod.f), ('g', mod.g), ('h', mod.h),
                   ('K.m', mod.K.m), ('K.n', mod.K.n), ('K', mod.K), ('len', len)]:
    print(label, repr(inspect.getcomments(obj)))
print(inspect.getsourcelines(mod.K.n)[1], inspect.getsource(mod.g), end='')
