"""Command-line option parsing in the getopt-extending, declarative style: declare Option
objects on an OptionParser, then parse_args() fills a Values object and returns the
positional arguments that are left."""

import os
import sys
import textwrap

__all__ = ["Option", "make_option", "SUPPRESS_HELP", "SUPPRESS_USAGE", "Values",
           "OptionContainer", "OptionGroup", "OptionParser", "HelpFormatter",
           "IndentedHelpFormatter", "TitledHelpFormatter", "OptParseError", "OptionError",
           "OptionConflictError", "OptionValueError", "BadOptionError", "check_choice"]


def gettext(message):
    return message


_ = gettext


def ngettext(singular, plural, n):
    return singular if n == 1 else plural


# ---------------------------------------------------------------- errors

class OptParseError(Exception):
    def __str__(self):
        return self.msg

    def __init__(self, msg):
        super().__init__(msg)
        self.msg = msg


class OptionError(OptParseError):
    """Raised for an Option declared wrongly."""

    def __str__(self):
        if not self.option_id:
            return self.msg
        return f"option {self.option_id}: {self.msg}"

    def __init__(self, msg, option):
        super().__init__(msg)
        self.option_id = str(option)


class OptionConflictError(OptionError):
    """Two options claim one string."""


class OptionValueError(OptParseError):
    """A command-line value unfit for its option."""


class BadOptionError(OptParseError):
    """An option string nobody declared."""

    def __str__(self):
        return _("no such option: %s") % self.opt_str

    def __init__(self, opt_str):
        super().__init__(opt_str)
        self.opt_str = opt_str


class AmbiguousOptionError(BadOptionError):
    """A long-option prefix that fits several."""

    def __str__(self):
        listed = ", ".join(self.possibilities)
        return _("ambiguous option: %s (%s?)") % (self.opt_str, listed)

    def __init__(self, opt_str, possibilities):
        super().__init__(opt_str)
        self.possibilities = possibilities


# ---------------------------------------------------------------- help formatting

def _terminal_width():
    try:
        return int(os.environ["COLUMNS"]) - 2
    except (KeyError, ValueError):
        return 78


class HelpFormatter:
    """Lays out help; subclasses style headings."""

    NO_DEFAULT_VALUE = "none"

    def __init__(self, indent_increment, max_help_position, width, short_first):
        self.width = _terminal_width() if width is None else width
        self.short_first = short_first
        self.indent_increment = indent_increment
        self.current_indent = self.level = 0
        cap = max(self.width - 20, 2 * indent_increment)
        self.max_help_position = self.help_position = min(max_help_position, cap)
        self.help_width = None
        self.option_strings = {}
        self.default_tag = "%default"
        self.parser = None
        self._short_joint = " "
        self._long_joint = "="

    def format_heading(self, heading):
        raise NotImplementedError("subclasses must implement")

    def format_usage(self, usage):
        raise NotImplementedError("subclasses must implement")

    def set_parser(self, parser):
        self.parser = parser

    def indent(self):
        self.level += 1
        self.current_indent += self.indent_increment

    def dedent(self):
        self.level -= 1
        self.current_indent -= self.indent_increment
        assert self.current_indent >= 0, "Indent decreased below 0."

    def set_long_opt_delimiter(self, delim):
        if delim != "=" and delim != " ":
            raise ValueError("invalid metavar delimiter for long options: %r" % delim)
        self._long_joint = delim

    def set_short_opt_delimiter(self, delim):
        if delim != "" and delim != " ":
            raise ValueError("invalid metavar delimiter for short options: %r" % delim)
        self._short_joint = delim

    def _fill(self, text):
        # paragraphs follow the current indentation, never narrower than 11 columns
        margin = " " * self.current_indent
        return textwrap.fill(text, max(self.width - self.current_indent, 11),
                             initial_indent=margin, subsequent_indent=margin)

    def format_epilog(self, epilog):
        return "\n" + self._fill(epilog) + "\n" if epilog else ""

    def format_description(self, description):
        return self._fill(description) + "\n" if description else ""

    def expand_default(self, option):
        tag = self.default_tag
        if not tag or self.parser is None:
            return option.help
        shown = self.parser.defaults.get(option.dest)
        if shown is None or shown is NO_DEFAULT:
            shown = self.NO_DEFAULT_VALUE
        return option.help.replace(tag, str(shown))

    def format_option_strings(self, option):
        shorts, longs = option._short_opts, option._long_opts
        if option.takes_value():
            shown = option.metavar or option.dest.upper()
            shorts = [name + self._short_joint + shown for name in shorts]
            longs = [name + self._long_joint + shown for name in longs]
        return ", ".join(shorts + longs if self.short_first else longs + shorts)

    def _measure(self, options):
        # remembers each option's strings; the widest line they need at this indent
        widest = 0
        for option in options:
            text = self.option_strings[option] = self.format_option_strings(option)
            widest = max(widest, self.current_indent + len(text))
        return widest

    def store_option_strings(self, parser):
        self.indent()
        widest = self._measure(parser.option_list)
        self.indent()
        for group in parser.option_groups:
            widest = max(widest, self._measure(group.option_list))
        self.dedent()
        self.dedent()
        self.help_position = min(self.max_help_position, widest + 2)
        self.help_width = max(11, self.width - self.help_position)

    def format_option(self, option):
        strings = self.option_strings[option]
        margin = " " * self.current_indent
        room = self.help_position - self.current_indent - 2
        if len(strings) <= room:
            head = margin + strings.ljust(room) + "  "
            pad = ""
        else:
            # too wide: the help starts on the next line, at the help column
            head = margin + strings + "\n"
            pad = " " * self.help_position
        if not option.help:
            return head if head.endswith("\n") else head + "\n"
        lines = textwrap.wrap(self.expand_default(option), self.help_width)
        rest = "".join(" " * self.help_position + line + "\n" for line in lines[1:])
        return head + pad + lines[0] + "\n" + rest


class IndentedHelpFormatter(HelpFormatter):
    # "Heading:" lines, each level indented

    def format_heading(self, heading):
        return " " * self.current_indent + heading + ":\n"

    def format_usage(self, usage):
        return _("Usage: %s\n") % usage

    def __init__(self, indent_increment=2, max_help_position=24, width=None,
                 short_first=1):
        super().__init__(indent_increment, max_help_position, width, short_first)


class TitledHelpFormatter(HelpFormatter):
    # headings underlined with '=' at the top level, '-' below

    def format_heading(self, heading):
        rule = "=-"[self.level] * len(heading)
        return heading + "\n" + rule + "\n"

    def format_usage(self, usage):
        return self.format_heading(_("Usage")) + "  " + usage + "\n"

    def __init__(self, indent_increment=0, max_help_position=24, width=None,
                 short_first=0):
        super().__init__(indent_increment, max_help_position, width, short_first)


# ---------------------------------------------------------------- value types

def _to_int(text):
    # 0x, 0b and a bare leading 0 (octal) select the base, as in C's strtol
    lowered = text.lower()
    if lowered.startswith("0x"):
        return int(text, 16)
    if lowered.startswith("0b"):
        return int(text, 2)
    if lowered.startswith("0"):
        return int(text, 8)
    return int(text)


_CONVERTERS = {"int": (_to_int, "integer"), "long": (_to_int, "integer"),
               "float": (float, "floating-point"), "complex": (complex, "complex")}


def check_builtin(option, opt, value):
    convert, what = _CONVERTERS[option.type]
    try:
        return convert(value)
    except ValueError:
        raise OptionValueError(
            _("option %s: invalid %s value: %r") % (opt, what, value)) from None


def check_choice(option, opt, value):
    if value in option.choices:
        return value
    allowed = ", ".join(map(repr, option.choices))
    raise OptionValueError(
        _("option %s: invalid choice: %r (choose from %s)") % (opt, value, allowed))


NO_DEFAULT = ("NO", "DEFAULT")


# ---------------------------------------------------------------- options

def _words(text):
    return tuple(text.split())


def _store_action(option, dest, value, values, parser):
    setattr(values, dest, value)


def _store_const_action(option, dest, value, values, parser):
    setattr(values, dest, option.const)


def _store_flag_action(flag):
    def store_flag(option, dest, value, values, parser):
        setattr(values, dest, flag)
    return store_flag


def _append_action(option, dest, value, values, parser):
    values.ensure_value(dest, []).append(value)


def _append_const_action(option, dest, value, values, parser):
    values.ensure_value(dest, []).append(option.const)


def _count_action(option, dest, value, values, parser):
    setattr(values, dest, 1 + values.ensure_value(dest, 0))


def _help_action(option, dest, value, values, parser):
    parser.print_help()
    parser.exit()


def _version_action(option, dest, value, values, parser):
    parser.print_version()
    parser.exit()


# what each built-in action does; "callback" needs the option string too, so it is
# handled in take_action itself
_ACTION_EFFECTS = {
    "store": _store_action, "store_const": _store_const_action,
    "store_true": _store_flag_action(True), "store_false": _store_flag_action(False),
    "append": _append_action, "append_const": _append_const_action,
    "count": _count_action, "help": _help_action, "version": _version_action,
}


class Option:
    """One option: its strings (-f, --file) and its action."""

    ATTRS = list(_words("action type dest default nargs const choices callback "
                        "callback_args callback_kwargs help metavar"))

    ACTIONS = _words("store store_const store_true store_false append append_const "
                     "count callback help version")
    STORE_ACTIONS = ACTIONS[:7]
    TYPED_ACTIONS = (ACTIONS[0], ACTIONS[4], ACTIONS[7])
    ALWAYS_TYPED_ACTIONS = TYPED_ACTIONS[:2]
    CONST_ACTIONS = (ACTIONS[1], ACTIONS[5])

    TYPES = _words("string int long float complex choice")
    TYPE_CHECKER = dict.fromkeys(TYPES[1:5], check_builtin)
    TYPE_CHECKER["choice"] = check_choice

    def _reject(self, message):
        raise OptionError(message, self)

    def _take_option_string(self, opt):
        if len(opt) < 2:
            self._reject("invalid option string %r: "
                         "must be at least two characters long" % opt)
        if len(opt) > 2:
            if opt[:2] != "--" or opt[2] == "-":
                self._reject("invalid long option string %r: "
                             "must start with --, followed by non-dash" % opt)
            self._long_opts.append(opt)
        elif opt[0] == "-" and opt[1] != "-":
            self._short_opts.append(opt)
        else:
            self._reject("invalid short option string %r: "
                         "must be of the form -x, (x any non-dash char)" % opt)

    def __init__(self, *opts, **attrs):
        self._short_opts, self._long_opts = [], []
        if not opts:
            raise TypeError("at least one option string must be supplied")
        for opt in opts:
            self._take_option_string(opt)
        for name in self.ATTRS:
            unset = NO_DEFAULT if name == "default" else None
            setattr(self, name, attrs.pop(name, unset))
        if attrs:
            self._reject("invalid keyword arguments: " + ", ".join(sorted(attrs)))
        for check in self.CHECK_METHODS:
            check(self)

    # Consistency checks, run in this order once the attributes are set; subclasses
    # may extend CHECK_METHODS.

    def _settle_action(self):
        action = self.action
        if action is None:
            self.action = "store"
        elif action not in self.ACTIONS:
            self._reject("invalid action: %r" % (action,))

    def _settle_type(self):
        kind = self.type
        if kind is None:
            if self.action in self.ALWAYS_TYPED_ACTIONS:
                self.type = "string" if self.choices is None else "choice"
            return
        if isinstance(kind, type):
            kind = kind.__name__
        self.type = kind = "string" if kind == "str" else kind
        if kind not in self.TYPES:
            self._reject("invalid option type: %r" % (kind,))
        if self.action not in self.TYPED_ACTIONS:
            self._reject("must not supply a type for action %r" % (self.action,))

    def _settle_choices(self):
        choices = self.choices
        if self.type != "choice":
            if choices is not None:
                self._reject("must not supply choices for type %r" % (self.type,))
        elif choices is None:
            self._reject("must supply a list of choices for type 'choice'")
        elif not isinstance(choices, (list, tuple)):
            kind = type(choices)
            name = kind.__qualname__
            if kind.__module__ != "builtins":
                name = kind.__module__ + "." + name
            self._reject("choices must be a list of strings ('%s' supplied)" % name)

    def _settle_dest(self):
        if self.dest is not None:
            return
        if self.type is not None or self.action in self.STORE_ACTIONS:
            if self._long_opts:
                self.dest = self._long_opts[0][2:].replace("-", "_")
            else:
                self.dest = self._short_opts[0][1]

    def _settle_const(self):
        if self.const is not None and self.action not in self.CONST_ACTIONS:
            self._reject("'const' must not be supplied for action %r" % (self.action,))

    def _settle_nargs(self):
        if self.action in self.TYPED_ACTIONS:
            self.nargs = 1 if self.nargs is None else self.nargs
        elif self.nargs is not None:
            self._reject("'nargs' must not be supplied for action %r" % (self.action,))

    def _settle_callback(self):
        func, args, kwargs = self.callback, self.callback_args, self.callback_kwargs
        if self.action != "callback":
            if func is not None:
                self._reject("callback supplied (%r) for non-callback option" % (func,))
            for name, given in (("callback_args", args), ("callback_kwargs", kwargs)):
                if given is not None:
                    self._reject(name + " supplied for non-callback option")
            return
        if not callable(func):
            self._reject("callback not callable: %r" % (func,))
        for name, given, kind, what in (("callback_args", args, tuple, "tuple"),
                                        ("callback_kwargs", kwargs, dict, "dict")):
            if given is not None and not isinstance(given, kind):
                self._reject("%s, if supplied, must be a %s: not %r" % (name, what, given))

    CHECK_METHODS = [_settle_action, _settle_type, _settle_choices, _settle_dest,
                     _settle_const, _settle_nargs, _settle_callback]

    def __repr__(self):
        return "<%s at 0x%x: %s>" % (type(self).__name__, id(self), self)

    def __str__(self):
        return "/".join(self._short_opts + self._long_opts)

    def get_opt_string(self):
        return (self._long_opts or self._short_opts)[0]

    def takes_value(self):
        return self.type is not None

    def check_value(self, opt, value):
        checker = self.TYPE_CHECKER.get(self.type)
        if checker is None:
            return value
        return checker(self, opt, value)

    def convert_value(self, opt, value):
        if value is None or self.nargs == 1:
            return value if value is None else self.check_value(opt, value)
        return tuple([self.check_value(opt, item) for item in value])

    def take_action(self, action, dest, opt, value, values, parser):
        if action == "callback":
            self.callback(self, opt, value, parser, *(self.callback_args or ()),
                          **(self.callback_kwargs or {}))
            return 1
        effect = _ACTION_EFFECTS.get(action)
        if effect is None:
            raise ValueError("unknown action %r" % self.action)
        effect(self, dest, value, values, parser)
        return 1

    def process(self, opt, value, values, parser):
        converted = self.convert_value(opt, value)
        return self.take_action(self.action, self.dest, opt, converted, values, parser)


make_option = Option

SUPPRESS_HELP = "SUPPRESSHELP"
SUPPRESS_USAGE = "SUPPRESSUSAGE"


class Values:
    """Parsed option values, as attributes."""

    def __repr__(self):
        return "<%s at 0x%x: %s>" % (type(self).__name__, id(self), self)

    def __str__(self):
        return str(vars(self))

    def __init__(self, defaults=None):
        for name, value in (defaults or {}).items():
            setattr(self, name, value)

    def __eq__(self, other):
        if isinstance(other, Values):
            return vars(self) == vars(other)
        return vars(self) == other if isinstance(other, dict) else NotImplemented

    def ensure_value(self, attr, value):
        current = getattr(self, attr, None)
        if current is None:
            setattr(self, attr, value)
            current = value
        return current


# ---------------------------------------------------------------- containers

def _from_args(args, kwargs, build, kind):
    # add_option/add_option_group take either constructor arguments or one instance
    if isinstance(args[0], str):
        return build(*args, **kwargs)
    if kwargs or len(args) != 1:
        raise TypeError("invalid arguments")
    if not isinstance(args[0], kind):
        raise TypeError("not an %s instance: %r" % (kind.__name__, args[0]))
    return args[0]


class OptionContainer:
    """Adds, finds and removes options. A parser and its groups register option strings
    in one pair of tables, the parser's."""

    def get_description(self):
        return self.description

    def set_description(self, description):
        self.description = description

    def set_conflict_handler(self, handler):
        if handler != "error" and handler != "resolve":
            raise ValueError("invalid conflict_resolution value %r" % handler)
        self.conflict_handler = handler

    def __init__(self, option_class, conflict_handler, description):
        self.set_description(description)
        self.set_conflict_handler(conflict_handler)
        self.option_class = option_class
        self.option_list = []

    def destroy(self):
        for name in ("option_list", "_by_short", "_by_long", "defaults"):
            delattr(self, name)

    def _table_for(self, opt):
        return self._by_long if opt.startswith("--") else self._by_short

    def _claim_strings(self, option):
        names = option._short_opts + option._long_opts
        taken = [name for name in names if name in self._table_for(name)]
        if taken and self.conflict_handler == "error":
            raise OptionConflictError(
                "conflicting option string(s): %s" % ", ".join(taken), option)
        # "resolve": the newcomer wins; an older option left with no strings goes away
        for name in taken:
            loser = self._table_for(name).pop(name)
            for strings in (loser._short_opts, loser._long_opts):
                if name in strings:
                    strings.remove(name)
            if not (loser._short_opts or loser._long_opts):
                loser.container.option_list.remove(loser)

    def add_option(self, *args, **kwargs):
        option = _from_args(args, kwargs, self.option_class, Option)
        self._claim_strings(option)
        for name in option._short_opts + option._long_opts:
            self._table_for(name)[name] = option
        option.container = self
        self.option_list.append(option)
        dest = option.dest
        if dest is not None:
            if option.default is NO_DEFAULT:
                self.defaults.setdefault(dest, None)
            else:
                self.defaults[dest] = option.default
        return option

    def add_options(self, option_list):
        for option in option_list:
            self.add_option(option)

    def has_option(self, opt_str):
        return self.get_option(opt_str) is not None

    def get_option(self, opt_str):
        found = self._by_short.get(opt_str)
        return found if found is not None else self._by_long.get(opt_str)

    def remove_option(self, opt_str):
        option = self.get_option(opt_str)
        if option is None:
            raise ValueError("no such option %r" % opt_str)
        for name in option._short_opts + option._long_opts:
            del self._table_for(name)[name]
        option.container.option_list.remove(option)

    def format_description(self, formatter):
        return formatter.format_description(self.get_description())

    def format_option_help(self, formatter):
        shown = [option for option in self.option_list if option.help != SUPPRESS_HELP]
        return "".join(map(formatter.format_option, shown))

    def format_help(self, formatter):
        parts = []
        if self.description:
            parts.append(self.format_description(formatter))
        if self.option_list:
            parts.append(self.format_option_help(formatter))
        return "\n".join(parts)


class OptionGroup(OptionContainer):
    """A titled section of a parser's options."""

    def set_title(self, title):
        self.title = title

    def __init__(self, parser, title, description=None):
        # the group's options live in the parser's tables and defaults
        self.parser = parser
        self.defaults = parser.defaults
        self._by_short, self._by_long = parser._by_short, parser._by_long
        super().__init__(parser.option_class, parser.conflict_handler, description)
        self.set_title(title)

    def format_help(self, formatter):
        heading = formatter.format_heading(self.title)
        formatter.indent()
        body = super().format_help(formatter)
        formatter.dedent()
        return heading + body

    def destroy(self):
        super().destroy()
        del self.parser


class OptionParser(OptionContainer):
    """Declares options and parses a command line against them."""

    standard_option_list = []

    def __init__(self, usage=None, option_list=None, option_class=Option, version=None,
                 conflict_handler="error", description=None, formatter=None,
                 add_help_option=True, prog=None, epilog=None):
        self._by_short, self._by_long, self.defaults = {}, {}, {}
        super().__init__(option_class, conflict_handler, description)
        self.prog, self.version, self.epilog = prog, version, epilog
        self.set_usage(usage)
        self.formatter = IndentedHelpFormatter() if formatter is None else formatter
        self.formatter.set_parser(self)
        self.process_default_values = self.allow_interspersed_args = True
        self.option_groups = []
        self.rargs = self.largs = self.values = None
        # built-in options come after the class's and the caller's, version before help
        self.add_options(self.standard_option_list)
        self.add_options(option_list or ())
        if version:
            self.add_option("--version", action="version",
                            help=_("show program's version number and exit"))
        if add_help_option:
            self.add_option("-h", "--help", action="help",
                            help=_("show this help message and exit"))

    def destroy(self):
        super().destroy()
        for group in self.option_groups:
            group.destroy()
        del self.option_groups, self.formatter

    def set_usage(self, usage):
        if usage == SUPPRESS_USAGE:
            usage = None
        elif usage is None:
            usage = _("%prog [options]")
        elif usage[:7].lower() == "usage: ":
            usage = usage[7:]
        self.usage = usage

    def set_defaults(self, **kwargs):
        self.defaults.update(kwargs)

    def disable_interspersed_args(self):
        self.allow_interspersed_args = False

    def set_default(self, dest, value):
        self.defaults[dest] = value

    def enable_interspersed_args(self):
        self.allow_interspersed_args = True

    def set_process_default_values(self, process):
        self.process_default_values = process

    def _every_option(self):
        options = list(self.option_list)
        for group in self.option_groups:
            options.extend(group.option_list)
        return options

    def get_default_values(self):
        defaults = dict(self.defaults)
        if self.process_default_values:
            # string defaults go through the option's type, like command-line values
            for option in self._every_option():
                raw = defaults.get(option.dest)
                if isinstance(raw, str):
                    converted = option.check_value(option.get_opt_string(), raw)
                    defaults[option.dest] = converted
        return Values(defaults)

    def get_option_group(self, opt_str):
        option = self.get_option(opt_str)
        if option is None or option.container is self:
            return None
        return option.container

    def add_option_group(self, *args, **kwargs):
        group = _from_args(args, kwargs, lambda *a, **k: OptionGroup(self, *a, **k),
                           OptionGroup)
        if group.parser is not self:
            raise ValueError("invalid OptionGroup (wrong parser)")
        self.option_groups.append(group)
        return group

    # ------------------------------------------------------------ parsing

    def parse_args(self, args=None, values=None):
        self.rargs = list(sys.argv[1:] if args is None else args)
        self.largs = []
        self.values = self.get_default_values() if values is None else values
        try:
            self._consume(self.largs, self.rargs, self.values)
        except (BadOptionError, OptionValueError) as err:
            self.error(str(err))
        return self.check_values(self.values, self.largs + self.rargs)

    def check_values(self, values, args):
        return (values, args)

    def _consume(self, largs, rargs, values):
        while rargs:
            arg = rargs[0]
            if arg == "--":
                del rargs[0]
                return
            if arg.startswith("--"):
                self._long_option(rargs, values)
            elif arg.startswith("-") and arg != "-":
                self._short_options(rargs, values)
            elif self.allow_interspersed_args:
                largs.append(arg)
                del rargs[0]
            else:
                return

    def _resolve_long(self, given):
        if given in self._by_long:
            return given
        candidates = sorted(name for name in self._by_long if name.startswith(given))
        if len(candidates) == 1:
            return candidates[0]
        if not candidates:
            raise BadOptionError(given)
        raise AmbiguousOptionError(given, candidates)

    def _take_values(self, opt, option, rargs):
        count = option.nargs
        if len(rargs) < count:
            self.error(ngettext("%(option)s option requires %(number)d argument",
                                "%(option)s option requires %(number)d arguments",
                                count) % {"option": opt, "number": count})
        if count == 1:
            return rargs.pop(0)
        taken = tuple(rargs[:count])
        del rargs[:count]
        return taken

    def _long_option(self, rargs, values):
        opt, sep, attached = rargs.pop(0).partition("=")
        if sep:
            rargs.insert(0, attached)
        opt = self._resolve_long(opt)
        option = self._by_long[opt]
        value = None
        if option.takes_value():
            value = self._take_values(opt, option, rargs)
        elif sep:
            self.error(_("%s option does not take a value") % opt)
        option.process(opt, value, values, self)

    def _short_options(self, rargs, values):
        cluster = rargs.pop(0)
        for position in range(1, len(cluster)):
            opt = "-" + cluster[position]
            option = self._by_short.get(opt)
            if option is None:
                raise BadOptionError(opt)
            if not option.takes_value():
                option.process(opt, None, values, self)
                continue
            # the rest of this argument, if any, is the (first) value
            if cluster[position + 1:]:
                rargs.insert(0, cluster[position + 1:])
            option.process(opt, self._take_values(opt, option, rargs), values, self)
            return

    # ------------------------------------------------------------ output

    def get_prog_name(self):
        return self.prog or os.path.basename(sys.argv[0])

    def expand_prog_name(self, s):
        return s.replace("%prog", self.get_prog_name())

    def get_description(self):
        return self.expand_prog_name(self.description)

    def get_version(self):
        return self.expand_prog_name(self.version) if self.version else ""

    def get_usage(self):
        if not self.usage:
            return ""
        return self.formatter.format_usage(self.expand_prog_name(self.usage))

    def print_version(self, file=None):
        if self.version:
            print(self.get_version(), file=file)

    def print_usage(self, file=None):
        if self.usage:
            print(self.get_usage(), file=file)

    def error(self, msg):
        self.print_usage(sys.stderr)
        self.exit(2, _("%s: error: %s\n") % (self.get_prog_name(), msg))

    def exit(self, status=0, msg=None):
        if msg:
            sys.stderr.write(msg)
        sys.exit(status)

    def format_epilog(self, formatter):
        return formatter.format_epilog(self.epilog)

    def format_option_help(self, formatter=None):
        formatter = formatter or self.formatter
        formatter.store_option_strings(self)
        formatter.indent()
        sections = [super().format_option_help(formatter)] if self.option_list else []
        sections += [group.format_help(formatter) for group in self.option_groups]
        formatter.dedent()
        if not sections:
            return ""
        return formatter.format_heading(_("Options")) + "\n".join(sections)

    def format_help(self, formatter=None):
        formatter = formatter or self.formatter
        text = self.get_usage() + "\n" if self.usage else ""
        if self.description:
            text += self.format_description(formatter) + "\n"
        return text + self.format_option_help(formatter) + self.format_epilog(formatter)

    def print_help(self, file=None):
        (sys.stdout if file is None else file).write(self.format_help())
