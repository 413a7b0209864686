# optparse: extending Option with new types and actions, variable-argument callbacks,
# errors raised from callbacks, and the "resolve" conflict handler
import copy
import optparse
import sys

sys.stderr = sys.stdout


def check_pair(option, opt, value):
    left, sep, right = value.partition(":")
    if not sep:
        raise optparse.OptionValueError("option %s: not a pair: %r" % (opt, value))
    return (left, right)


class PairOption(optparse.Option):
    TYPES = optparse.Option.TYPES + ("pair",)
    TYPE_CHECKER = copy.copy(optparse.Option.TYPE_CHECKER)
    TYPE_CHECKER["pair"] = check_pair
    ACTIONS = optparse.Option.ACTIONS + ("extend",)
    STORE_ACTIONS = optparse.Option.STORE_ACTIONS + ("extend",)
    TYPED_ACTIONS = optparse.Option.TYPED_ACTIONS + ("extend",)
    ALWAYS_TYPED_ACTIONS = optparse.Option.ALWAYS_TYPED_ACTIONS + ("extend",)

    def take_action(self, action, dest, opt, value, values, parser):
        if action == "extend":
            values.ensure_value(dest, []).extend(value.split(","))
            return 1
        return optparse.Option.take_action(self, action, dest, opt, value, values, parser)


def gather(option, opt_str, value, parser):
    taken = []
    while parser.rargs and not parser.rargs[0].startswith("-"):
        taken.append(parser.rargs.pop(0))
    print("gather", opt_str, taken, "largs so far", parser.largs)
    setattr(parser.values, option.dest, taken)


def only_once(option, opt_str, value, parser, label):
    if getattr(parser.values, option.dest) is not None:
        raise optparse.OptionValueError("%s given twice (%s)" % (opt_str, label))
    setattr(parser.values, option.dest, value)


p = optparse.OptionParser(prog="ext", option_class=PairOption)
p.add_option("-p", "--pair", type="pair", action="append")
p.add_option("-x", "--extend", action="extend", metavar="A,B")
p.add_option("-g", "--gather", action="callback", callback=gather, dest="gathered")
p.add_option("--once", type="int", action="callback", callback=only_once,
             callback_args=("once-label",), dest="once")
p.add_option("-v", action="count", dest="verbosity", default=0)
values, rest = p.parse_args(["a", "-p", "k:v", "--pair=x:y", "-x", "1,2", "-x3",
                             "-g", "f1", "f2", "-vv", "b", "--once", "4"])
print(values, rest)
for argv in [["-p", "nocolon"], ["--once", "1", "--once", "2"], ["--once", "z"]]:
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
p.print_help()

r = optparse.OptionParser(prog="res", conflict_handler="resolve")
r.add_option("-n", "--name", help="first")
r.add_option("-q", "--name", help="second takes --name")
r.add_option("-n", help="third takes -n")
print([str(o) for o in r.option_list])
r.print_help()
print(r.parse_args(["-n", "1", "--name", "2"])[0])
r.add_option("-m")
r.remove_option("-m")
print(r.has_option("-m"), sorted(r.defaults))
