"""Command-line parsing: options, positionals, sub-commands and generated help.

Written for Spry from the documented behaviour of CPython 3.11's argparse."""

import os as _os
import re as _re
import sys as _sys

__all__ = [
    'ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'BooleanOptionalAction',
    'FileType', 'HelpFormatter', 'ArgumentDefaultsHelpFormatter',
    'RawDescriptionHelpFormatter', 'RawTextHelpFormatter', 'MetavarTypeHelpFormatter',
    'Namespace', 'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS',
    'ZERO_OR_MORE',
]

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'

# A sub-parser hands the words it did not recognise back to its parent through this
# namespace attribute; the parent removes it before returning.
_LEFTOVERS = '_argparse_leftover_words'


def _display_name(action):
    """How error messages refer to an argument (None when it has no usable name)."""
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    for name in (action.metavar, action.dest):
        if name is not None and name is not SUPPRESS:
            return name
    if action.choices:
        return '{%s}' % ','.join(action.choices)
    return None


class ArgumentError(Exception):
    """A problem with one argument, named in the message when it has a name."""

    def __init__(self, argument, message):
        self.argument_name = _display_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by a type= converter to report a readable message."""


class _AttributeHolder(object):
    """repr() as Name(positional..., key=value...)."""

    def __repr__(self):
        shown = [repr(value) for value in self._get_args()]
        odd_names = {}
        for key, value in self._get_kwargs():
            if key.isidentifier():
                shown.append('%s=%r' % (key, value))
            else:
                odd_names[key] = value
        if odd_names:
            shown.append('**' + repr(odd_names))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


class Namespace(_AttributeHolder):
    """A plain attribute bag holding the parse results."""

    def __init__(self, **kwargs):
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __eq__(self, other):
        if isinstance(other, Namespace):
            return vars(self) == vars(other)
        return NotImplemented

    def __contains__(self, key):
        return key in self.__dict__


# ---------------------------------------------------------------------------
# Help formatting
# ---------------------------------------------------------------------------

# Usage chunks that must stay on one line when usage wraps: a bracketed or
# parenthesised run up to its closing bracket(s), or any other word.
_USAGE_CHUNK = _re.compile(r'\[.*?\]+(?=\s|$)|\(.*?\)+(?=\s|$)|\S+')
_RUNS_OF_SPACE = _re.compile(r'\s+', _re.ASCII)
_BLANK_LINES = _re.compile(r'\n\n\n+')


class _HelpSection(object):
    def __init__(self, heading):
        self.heading = heading
        self.items = []


class HelpFormatter(object):
    """Lays out usage and help text; subclass and override the _hooks to adjust."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            import shutil
            # Two columns short of the terminal, like CPython.
            width = shutil.get_terminal_size().columns - 2
        self._prog, self._width = prog, width
        self._indent_increment = indent_increment
        # The help column may not leave help text less than 20 columns.
        self._max_help_position = min(max_help_position,
                                      max(indent_increment * 2, width - 20))
        self._current_indent = self._level = 0
        self._action_max_length = 0
        # The document is a tree of sections whose leaves are (function, args)
        # pairs, rendered only once every column width is known.
        self._root = _HelpSection(None)
        self._open_sections = [self._root]

    # -- indentation (also used while rendering) ------------------------------
    def _indent(self):
        self._current_indent += self._indent_increment
        self._level += 1

    def _dedent(self):
        self._current_indent -= self._indent_increment
        if self._current_indent < 0:
            raise AssertionError('Indent decreased below 0.')
        self._level -= 1

    # -- building the document -----------------------------------------------
    def _add_leaf(self, func, args):
        self._open_sections[-1].items.append((func, args))

    def start_section(self, heading):
        self._indent()
        section = _HelpSection(heading)
        self._open_sections[-1].items.append(section)
        self._open_sections.append(section)

    def end_section(self):
        self._open_sections.pop()
        self._dedent()

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._add_leaf(self._format_text, (text,))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._add_leaf(self._format_usage, (usage, actions, groups, prefix))

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        lengths = [len(self._format_action_invocation(action))]
        for sub in self._subactions_of(action):
            lengths.append(len(self._format_action_invocation(sub)))
        widest = max(lengths) + self._current_indent
        self._action_max_length = max(self._action_max_length, widest)
        self._add_leaf(self._format_action, (action,))

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    # -- rendering -------------------------------------------------------------
    def _render(self, node, nested):
        if nested:
            self._indent()
        pieces = []
        for item in node.items:
            if isinstance(item, _HelpSection):
                pieces.append(self._render(item, True))
            else:
                func, args = item
                pieces.append(func(*args))
        if nested:
            self._dedent()
        body = ''.join(piece for piece in pieces if piece and piece is not SUPPRESS)
        if not body:
            return ''
        heading = node.heading
        title = ''
        if heading is not None and heading is not SUPPRESS:
            title = '%s%s:\n' % (' ' * self._current_indent, heading)
        return '\n' + title + body + '\n'

    def format_help(self):
        text = self._render(self._root, False)
        if text:
            text = _BLANK_LINES.sub('\n\n', text).strip('\n') + '\n'
        return text

    @staticmethod
    def _subactions_of(action):
        lister = getattr(action, '_get_subactions', None)
        return list(lister()) if lister is not None else []

    # -- usage -----------------------------------------------------------------
    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        prog_vars = dict(prog=self._prog)
        if usage is not None:
            usage = usage % prog_vars
        elif not actions:
            usage = '%(prog)s' % prog_vars
        else:
            prog = '%(prog)s' % prog_vars
            options = [a for a in actions if a.option_strings]
            positionals = [a for a in actions if not a.option_strings]
            together = self._format_actions_usage(options + positionals, groups)
            usage = ' '.join(part for part in (prog, together) if part)
            room = self._width - self._current_indent
            if len(prefix) + len(usage) > room:
                usage = self._wrap_usage(prog, prefix, room,
                                         self._format_actions_usage(options, groups),
                                         self._format_actions_usage(positionals, groups))
        return '%s%s\n\n' % (prefix, usage)

    def _wrap_usage(self, prog, prefix, room, option_text, positional_text):
        option_chunks = _USAGE_CHUNK.findall(option_text)
        positional_chunks = _USAGE_CHUNK.findall(positional_text)

        def fill(chunks, margin, first_offset=None):
            # first_offset: the first line starts after the prefix instead of margin.
            lines = []
            current = []
            used = (first_offset if first_offset is not None else len(margin)) - 1
            for chunk in chunks:
                if current and used + 1 + len(chunk) > room:
                    lines.append(margin + ' '.join(current))
                    current = []
                    used = len(margin) - 1
                current.append(chunk)
                used += len(chunk) + 1
            if current:
                lines.append(margin + ' '.join(current))
            if first_offset is not None and lines:
                lines[0] = lines[0][len(margin):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * room:
            margin = ' ' * (len(prefix) + len(prog) + 1)
            if option_chunks:
                lines = fill([prog] + option_chunks, margin, len(prefix))
                lines += fill(positional_chunks, margin)
            elif positional_chunks:
                lines = fill([prog] + positional_chunks, margin, len(prefix))
            else:
                lines = [prog]
        else:
            margin = ' ' * len(prefix)
            lines = fill(option_chunks + positional_chunks, margin)
            if len(lines) > 1:
                lines = fill(option_chunks, margin) + fill(positional_chunks, margin)
            lines = [prog] + lines
        return '\n'.join(lines)

    def _format_actions_usage(self, actions, groups):
        # Mutually exclusive groups whose members sit side by side in `actions` are
        # shown together: [a | b] when optional, (a | b) when required.
        group_at = {}
        members = set()
        for group in groups:
            if not group._group_actions:
                raise ValueError(f'empty group {group}')
            first = group._group_actions[0]
            if first not in actions:
                continue
            start = actions.index(first)
            stop = start + len(group._group_actions)
            if actions[start:stop] == group._group_actions:
                group_at[start] = (group, stop)
                members.update(group._group_actions)
        pieces = []
        index = 0
        while index < len(actions):
            if index in group_at:
                group, stop = group_at[index]
                shown = [self._usage_of(a, True) for a in actions[index:stop]
                         if a.help is not SUPPRESS]
                if shown:
                    inner = ' | '.join(shown)
                    if not group.required:
                        pieces.append('[%s]' % inner)
                    elif len(shown) > 1:
                        pieces.append('(%s)' % inner)
                    else:
                        pieces.append(inner)
                index = stop
                continue
            action = actions[index]
            if action.help is not SUPPRESS:
                pieces.append(self._usage_of(action, action in members))
            index += 1
        return ' '.join(piece for piece in pieces if piece)

    def _usage_of(self, action, grouped):
        if not action.option_strings:
            text = self._format_args(action, self._get_default_metavar_for_positional(action))
            if grouped and text[:1] == '[' and text[-1:] == ']':
                text = text[1:-1]
            return text
        if action.nargs == 0:
            text = action.format_usage()
        else:
            metavar = self._get_default_metavar_for_optional(action)
            text = '%s %s' % (action.option_strings[0], self._format_args(action, metavar))
        if not action.required and not grouped:
            text = '[%s]' % text
        return text

    # -- free text -------------------------------------------------------------
    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        room = max(self._width - self._current_indent, 11)
        margin = ' ' * self._current_indent
        return self._fill_text(text, room, margin) + '\n\n'

    # -- one argument's help entry ---------------------------------------------
    def _format_action(self, action):
        help_column = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_column, 11)
        name_width = help_column - self._current_indent - 2
        name = self._format_action_invocation(action)
        pad = ' ' * self._current_indent
        # Help starts on the name's line when the name fits left of the help column.
        help_on_name_line = bool(action.help) and len(name) <= name_width
        if help_on_name_line:
            head = pad + name.ljust(name_width) + '  '
        else:
            head = pad + name + '\n'
        pieces = [head]
        if action.help and action.help.strip():
            expanded = self._expand_help(action)
            if expanded:
                lines = self._split_lines(expanded, help_width)
                first_pad = '' if help_on_name_line else ' ' * help_column
                pieces.append(first_pad + lines[0] + '\n')
                pieces.extend(' ' * help_column + line + '\n' for line in lines[1:])
        elif not head.endswith('\n'):
            pieces.append('\n')
        self._indent()
        for sub in self._subactions_of(action):
            pieces.append(self._format_action(sub))
        self._dedent()
        return ''.join(piece for piece in pieces if piece and piece is not SUPPRESS)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            metavar, = self._metavar_formatter(
                action, self._get_default_metavar_for_positional(action))(1)
            return metavar
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        args = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join('%s %s' % (option, args) for option in action.option_strings)

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            name = action.metavar
        elif action.choices is not None:
            name = '{%s}' % ','.join(str(choice) for choice in action.choices)
        else:
            name = default_metavar

        def repeat(count):
            return name if isinstance(name, tuple) else (name,) * count
        return repeat

    def _format_args(self, action, default_metavar):
        names = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % names(1)
        if nargs == OPTIONAL:
            return '[%s]' % names(1)
        if nargs == ZERO_OR_MORE:
            pair = names(1)
            if len(pair) == 2:
                return '[%s [%s ...]]' % pair
            return '[%s ...]' % pair
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % names(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % names(1)
        if nargs == SUPPRESS:
            return ''
        try:
            slots = len(range(nargs))
        except TypeError:
            raise ValueError('invalid nargs value') from None
        return ' '.join(['%s'] * slots) % names(nargs)

    def _expand_help(self, action):
        values = dict(vars(action), prog=self._prog)
        for key in list(values):
            if values[key] is SUPPRESS:
                del values[key]
            elif hasattr(values[key], '__name__'):
                values[key] = values[key].__name__
        if values.get('choices') is not None:
            values['choices'] = ', '.join(str(choice) for choice in values['choices'])
        return self._get_help_string(action) % values

    # -- hooks the documented formatter classes override -------------------------
    def _get_default_metavar_for_positional(self, action):
        "Positionals are named after dest."
        return action.dest

    def _get_default_metavar_for_optional(self, action):
        "Option values: DEST in capitals."
        return action.dest.upper()

    def _get_help_string(self, action):
        "The help text before %-expansion."
        return action.help

    def _fill_text(self, text, width, indent):
        "Reflow a description as one paragraph."
        import textwrap
        return textwrap.fill(_RUNS_OF_SPACE.sub(' ', text).strip(), width,
                             initial_indent=indent, subsequent_indent=indent)

    def _split_lines(self, text, width):
        "Reflow one help text into lines."
        import textwrap
        return textwrap.wrap(_RUNS_OF_SPACE.sub(' ', text).strip(), width)


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog exactly as written."""

    def _fill_text(self, text, width, indent):
        "Indent each line as written."
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps every help text's line breaks and spacing."""

    def _split_lines(self, text, width):
        "Keep the lines as written."
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Appends ' (default: ...)' to help that does not mention the default."""

    def _get_help_string(self, action):
        "Help plus the default, when it is worth showing."
        text = action.help or ''
        shows_default = (action.option_strings
                         or action.nargs in (OPTIONAL, ZERO_OR_MORE))
        if (shows_default and action.default is not SUPPRESS
                and '%(default)' not in text):
            return text + ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names every value after its type= converter."""

    def _get_default_metavar_for_positional(self, action):
        "The type's name."
        return action.type.__name__

    _get_default_metavar_for_optional = _get_default_metavar_for_positional


# ---------------------------------------------------------------------------
# Actions
# ---------------------------------------------------------------------------

_ACTION_FIELDS = ('option_strings', 'dest', 'nargs', 'const', 'default', 'type',
                  'choices', 'required', 'help', 'metavar')


class Action(_AttributeHolder):
    """What to do when an argument is seen; subclasses implement __call__."""

    # Set on actions that store the words they are given: explains why nargs=0
    # makes no sense for them.
    _why_values_needed = None

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        if self._why_values_needed is not None:
            if nargs == 0:
                raise ValueError('nargs for %s must be != 0; %s' % self._why_values_needed)
            if const is not None and nargs != OPTIONAL:
                raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        settings = locals()
        for field in _ACTION_FIELDS:
            setattr(self, field, settings[field])

    def _get_kwargs(self):
        return [(field, getattr(self, field)) for field in _ACTION_FIELDS]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


def _grow_list(namespace, dest, new_items):
    # Build a new list: appending in place would mutate a default shared between
    # parses.
    current = getattr(namespace, dest, None)
    if current is None:
        grown = []
    elif type(current) is list:
        grown = list(current)
    else:
        import copy
        grown = copy.copy(current)
    grown.extend(new_items)
    setattr(namespace, dest, grown)


class BooleanOptionalAction(Action):
    """--flag sets True, --no-flag sets False."""

    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        spelled = []
        for option in option_strings:
            spelled.append(option)
            if option.startswith('--'):
                spelled.append('--no-' + option[2:])
        Action.__init__(self, spelled, dest, 0, None, default, type, choices, required,
                        help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _StoreAction(Action):
    "store: keep the converted value"
    _why_values_needed = ('store actions', 'if you have nothing to store, actions such'
                          ' as store true or store const may be more appropriate')

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    "store_const: keep const"

    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        Action.__init__(self, option_strings, dest, 0, const, default, None, None,
                        required, help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    "store_true"

    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        _StoreConstAction.__init__(self, option_strings, dest, True, default, required,
                                   help)


class _StoreFalseAction(_StoreConstAction):
    "store_false"

    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        _StoreConstAction.__init__(self, option_strings, dest, False, default, required,
                                   help)


class _AppendAction(Action):
    "append: one list item per use"
    _why_values_needed = ('append actions', 'if arg strings are not supplying the value'
                          ' to append, the append const action may be more appropriate')

    def __call__(self, parser, namespace, values, option_string=None):
        _grow_list(namespace, self.dest, [values])


class _AppendConstAction(Action):
    "append_const"

    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        Action.__init__(self, option_strings, dest, 0, const, default, None, None,
                        required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        _grow_list(namespace, self.dest, [self.const])


class _CountAction(Action):
    "count: how many times it was given"

    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        Action.__init__(self, option_strings, dest, 0, None, default, None, None,
                        required, help)

    def __call__(self, parser, namespace, values, option_string=None):
        so_far = getattr(namespace, self.dest, None)
        if so_far is None:
            so_far = 0
        setattr(namespace, self.dest, so_far + 1)


class _HelpAction(Action):
    "help: print help and exit"

    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        Action.__init__(self, option_strings, dest, 0, None, default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    "version: print it and exit"

    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        Action.__init__(self, option_strings, dest, 0, None, default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = self.version if self.version is not None else parser.version
        formatter = parser._get_formatter()
        formatter.add_text(text)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class _ExtendAction(_AppendAction):
    "extend: every value joins the list"

    def __call__(self, parser, namespace, values, option_string=None):
        _grow_list(namespace, self.dest, values)


class _SubcommandHelpEntry(Action):
    """A line under the sub-parsers action in help: one command and its aliases."""

    def __init__(self, name, aliases, help):
        shown = name
        if aliases:
            shown += ' (%s)' % ', '.join(aliases)
        super().__init__(option_strings=[], dest=name, help=help, metavar=shown)


class _SubParsersAction(Action):
    """The positional that picks a sub-command and hands it the remaining words."""

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS,
                 required=False, help=None, metavar=None):
        commands = {}
        Action.__init__(self, option_strings, dest, PARSER, None, None, None, commands,
                        required, help, metavar)
        # choices is the live name -> parser table, so errors list every command.
        self._name_parser_map = commands
        self._help_entries = []
        self._prog_prefix = prog
        self._parser_class = parser_class

    def add_parser(self, name, **kwargs):
        aliases = tuple(kwargs.pop('aliases', ()))
        for position, key in enumerate((name,) + aliases):
            if key in self._name_parser_map:
                what = 'subparser alias' if position else 'subparser'
                raise ArgumentError(self, 'conflicting %s: %s' % (what, key))
        if kwargs.get('prog') is None:
            kwargs['prog'] = self._prog_prefix + ' ' + name
        if 'help' in kwargs:
            entry = _SubcommandHelpEntry(name, aliases, kwargs.pop('help'))
            self._help_entries.append(entry)
        new_parser = self._parser_class(**kwargs)
        self._name_parser_map.update(dict.fromkeys((name,) + aliases, new_parser))
        return new_parser

    def _get_subactions(self):
        return self._help_entries

    def __call__(self, parser, namespace, values, option_string=None):
        command, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, command)
        try:
            chosen = self._name_parser_map[command]
        except KeyError:
            raise ArgumentError(self, 'unknown parser %r (choices: %s)'
                                % (command, ', '.join(self._name_parser_map))) from None
        # The sub-parser's own defaults win over the parent's for shared names.
        sub_namespace, leftovers = chosen.parse_known_args(rest, None)
        for key, value in vars(sub_namespace).items():
            setattr(namespace, key, value)
        if leftovers:
            vars(namespace).setdefault(_LEFTOVERS, []).extend(leftovers)


class FileType(object):
    """A type= converter that opens the named file ('-' means stdin/stdout)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode, self._bufsize = mode, bufsize
        self._encoding, self._errors = encoding, errors

    def __call__(self, string):
        if string == '-':
            binary = 'b' in self._mode
            if 'r' in self._mode:
                return _sys.stdin.buffer if binary else _sys.stdin
            if any(letter in self._mode for letter in 'wax'):
                return _sys.stdout.buffer if binary else _sys.stdout
            raise ValueError('argument "-" with mode %r' % self._mode)
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as exc:
            raise ArgumentTypeError("can't open '%s': %s" % (string, exc))

    def __repr__(self):
        shown = [repr(value) for value in (self._mode, self._bufsize) if value != -1]
        for key in ('encoding', 'errors'):
            value = getattr(self, '_' + key)
            if value is not None:
                shown.append('%s=%r' % (key, value))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


# ---------------------------------------------------------------------------
# Containers of arguments: the parser itself and its groups
# ---------------------------------------------------------------------------

_NEGATIVE_NUMBER = _re.compile(r'^-\d+$|^-\d*\.\d+$')

_ACTION_NAMES = {
    None: _StoreAction, 'store': _StoreAction, 'store_const': _StoreConstAction,
    'store_true': _StoreTrueAction, 'store_false': _StoreFalseAction,
    'append': _AppendAction, 'append_const': _AppendConstAction,
    'count': _CountAction, 'help': _HelpAction, 'version': _VersionAction,
    'parsers': _SubParsersAction, 'extend': _ExtendAction,
}


def _identity(string):
    return string


# Tables a parser shares with its argument groups, so that an argument added to
# a group is the parser's argument.
_SHARED_TABLES = ('_registries', '_actions', '_option_string_actions', '_defaults',
                  '_has_negative_number_optionals', '_mutually_exclusive_groups')


class _ActionsContainer(object):
    "Home of add_argument: a parser or a group."

    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        self.conflict_handler = conflict_handler
        self._conflict_resolver()  # reject an unknown conflict_handler early
        self.description, self.prefix_chars = description, prefix_chars
        self.argument_default = argument_default
        self._registries = {'type': {None: _identity}, 'action': dict(_ACTION_NAMES)}
        self._actions, self._action_groups = [], []
        self._option_string_actions, self._defaults = {}, {}
        self._mutually_exclusive_groups = []
        # Holds True once an option looks like a negative number; then words like
        # '-1' are options rather than values.
        self._has_negative_number_optionals = []

    def register(self, registry_name, value, object):
        table = self._registries.setdefault(registry_name, {})
        table[value] = object

    def _lookup(self, registry_name, value, default=None):
        return self._registries[registry_name].get(value, default)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in [a for a in self._actions if a.dest in kwargs]:
            action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.default is not None and action.dest == dest:
                return action.default
        return self._defaults.get(dest)

    def add_argument(self, *args, **kwargs):
        """add_argument(dest, ...) or add_argument(option_string, ...)"""
        if not args or (len(args) == 1 and args[0][0] not in self.prefix_chars):
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._positional_settings(*args, **kwargs)
        else:
            kwargs = self._option_settings(*args, **kwargs)
        if 'default' not in kwargs:
            if kwargs['dest'] in self._defaults:
                kwargs['default'] = self._defaults[kwargs['dest']]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        action_class = self._action_class(kwargs)
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)
        converter = self._lookup('type', action.type, action.type)
        if not callable(converter):
            raise ValueError('%r is not callable' % (converter,))
        if converter is FileType:
            raise ValueError('%r is a FileType class object, instance of it must be passed'
                             % (converter,))
        if hasattr(self, '_get_formatter'):
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs')
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        self._action_groups.append(_ArgumentGroup(self, *args, **kwargs))
        return self._action_groups[-1]

    def add_mutually_exclusive_group(self, **kwargs):
        self._mutually_exclusive_groups.append(_MutuallyExclusiveGroup(self, **kwargs))
        return self._mutually_exclusive_groups[-1]

    def _add_action(self, action):
        self._settle_conflicts(action)
        action.container = self
        self._actions.append(action)
        self._option_string_actions.update(dict.fromkeys(action.option_strings, action))
        looks_negative = any(_NEGATIVE_NUMBER.match(o) for o in action.option_strings)
        if looks_negative and not self._has_negative_number_optionals:
            self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        # A parent's arguments join this parser in groups of the same title; its
        # mutually exclusive groups are recreated here.
        mine = {}
        for group in self._action_groups:
            if group.title in mine:
                raise ValueError('cannot merge actions - two groups are named %r'
                                 % (group.title,))
            mine[group.title] = group
        destination = {}
        for theirs in container._action_groups:
            if theirs.title not in mine:
                mine[theirs.title] = self.add_argument_group(
                    title=theirs.title, description=theirs.description,
                    conflict_handler=theirs.conflict_handler)
            destination.update(dict.fromkeys(theirs._group_actions, mine[theirs.title]))
        for theirs in container._mutually_exclusive_groups:
            twin = self.add_mutually_exclusive_group(required=theirs.required)
            destination.update(dict.fromkeys(theirs._group_actions, twin))
        for action in container._actions:
            destination.get(action, self)._add_action(action)

    def _positional_settings(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get('nargs')
        if nargs not in (OPTIONAL, ZERO_OR_MORE):
            kwargs['required'] = True
        if nargs == ZERO_OR_MORE and 'default' not in kwargs:
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _option_settings(self, *args, **kwargs):
        options = []
        long_options = []
        for option in args:
            if option[0] not in self.prefix_chars:
                raise ValueError('invalid option string %r: must start with a character %r'
                                 % (option, self.prefix_chars))
            options.append(option)
            if len(option) > 1 and option[1] in self.prefix_chars:
                long_options.append(option)
        dest = kwargs.pop('dest', None)
        if dest is None:
            source = long_options[0] if long_options else options[0]
            dest = source.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % source)
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=options)

    def _action_class(self, kwargs, default=None):
        name = kwargs.pop('action', default)
        return self._lookup('action', name, name)

    def _conflict_resolver(self):
        if self.conflict_handler == 'error':
            return self._refuse_conflict
        if self.conflict_handler == 'resolve':
            return self._resolve_conflict
        raise ValueError('invalid conflict_resolution value: %r' % self.conflict_handler)

    def _settle_conflicts(self, action):
        clashes = [(option, self._option_string_actions[option])
                   for option in action.option_strings
                   if option in self._option_string_actions]
        if clashes:
            self._conflict_resolver()(action, clashes)

    def _refuse_conflict(self, action, clashes):
        word = 'string' if len(clashes) == 1 else 'strings'
        raise ArgumentError(action, 'conflicting option %s: %s'
                            % (word, ', '.join(option for option, _ in clashes)))

    def _resolve_conflict(self, action, clashes):
        # The newer argument takes the option string away from the older one.
        for option, older in clashes:
            older.option_strings.remove(option)
            self._option_string_actions.pop(option, None)
            if not older.option_strings:
                older.container._remove_action(older)


class _ArgumentGroup(_ActionsContainer):
    """A titled section of help; its arguments belong to the parser."""

    def __init__(self, container, title=None, description=None, **kwargs):
        for setting in ('conflict_handler', 'prefix_chars', 'argument_default'):
            kwargs.setdefault(setting, getattr(container, setting))
        _ActionsContainer.__init__(self, description=description, **kwargs)
        for table in _SHARED_TABLES:
            setattr(self, table, getattr(container, table))
        self.title = title
        self._group_actions = []

    def _add_action(self, action):
        _ActionsContainer._add_action(self, action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._group_actions.remove(action)
        _ActionsContainer._remove_action(self, action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """At most one (or, when required, exactly one) of its arguments may be given."""

    def __init__(self, container, required=False):
        _ArgumentGroup.__init__(self, container)
        self._container = container
        self.required = required

    def _add_action(self, action):
        # The argument lives in the enclosing parser or group; this group only
        # remembers it.
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        self._group_actions.append(self._container._add_action(action))
        return action

    def _remove_action(self, action):
        self._group_actions.remove(action)
        self._container._remove_action(action)


# ---------------------------------------------------------------------------
# Parsing
# ---------------------------------------------------------------------------

# For each special nargs, the word kinds it takes ('-' marks a '--').
_NARGS_KINDS = {
    None: '-*A-*', OPTIONAL: '-*A?-*', ZERO_OR_MORE: '-*[A-]*', ONE_OR_MORE: '-*A[A-]*',
    REMAINDER: '[-AO]*', PARSER: '-*A[-AO]*', SUPPRESS: '-*-*',
}


def _nargs_regex(action):
    """A regex over the word-kind string ('A' argument, 'O' option, '-' the first
    '--') matching the words this action takes, as one group."""
    nargs = action.nargs
    if nargs in _NARGS_KINDS:
        body = _NARGS_KINDS[nargs]
    else:
        body = '-*' + '-*'.join('A' * nargs) + '-*'
    if action.option_strings:
        # An option's values never swallow '--'.
        body = body.replace('-*', '').replace('-', '')
    return '(' + body + ')'


class _ParseRun(object):
    """The state of one parse_known_args call over a list of words."""

    def __init__(self, parser, words, namespace):
        self.parser = parser
        self.words = words
        self.namespace = namespace
        self.seen = set()
        self.seen_with_value = set()
        self.extras = []
        self.exclusions = {}
        for group in parser._mutually_exclusive_groups:
            for member in group._group_actions:
                others = self.exclusions.setdefault(member, [])
                others.extend(a for a in group._group_actions if a is not member)
        # Classify every word; options remember how they were resolved.
        self.option_at = {}
        kinds = []
        after_dashes = False
        for index, word in enumerate(words):
            if after_dashes:
                kinds.append('A')
            elif word == '--':
                kinds.append('-')
                after_dashes = True
            else:
                resolved = parser._parse_optional(word)
                if resolved is None:
                    kinds.append('A')
                else:
                    self.option_at[index] = resolved
                    kinds.append('O')
        self.kinds = ''.join(kinds)
        self.waiting_positionals = parser._get_positional_actions()

    def apply(self, action, strings, option_string=None):
        self.seen.add(action)
        values = self.parser._get_values(action, strings)
        if values is not action.default:
            self.seen_with_value.add(action)
            for rival in self.exclusions.get(action, ()):
                if rival in self.seen_with_value:
                    raise ArgumentError(action, 'not allowed with argument %s'
                                        % _display_name(rival))
        if values is not SUPPRESS:
            action(self.parser, self.namespace, values, option_string)

    def count_for(self, action, kinds):
        found = _re.match(_nargs_regex(action), kinds)
        if found is None:
            if action.nargs is None:
                message = 'expected one argument'
            elif action.nargs == OPTIONAL:
                message = 'expected at most one argument'
            elif action.nargs == ONE_OR_MORE:
                message = 'expected at least one argument'
            elif action.nargs == 1:
                message = 'expected 1 argument'
            else:
                message = 'expected %s arguments' % action.nargs
            raise ArgumentError(action, message)
        return len(found.group(1))

    def take_option(self, index):
        """Consume the option at words[index] (and its values); return the next index."""
        action, option_string, attached = self.option_at[index]
        prefix_chars = self.parser.prefix_chars
        ready = []
        while True:
            if action is None:
                self.extras.append(self.words[index])
                return index + 1
            if attached is None:
                first = index + 1
                count = self.count_for(action, self.kinds[first:])
                ready.append((action, self.words[first:first + count], option_string))
                end = first + count
                break
            # A value glued on with '=' or directly after a one-letter option.
            count = self.count_for(action, 'A')
            if (count == 0 and option_string[1] not in prefix_chars
                    and attached != ''):
                # '-xyz' where -x takes nothing: -x, then -y with 'z' attached.
                ready.append((action, [], option_string))
                next_option = option_string[0] + attached[0]
                if next_option not in self.parser._option_string_actions:
                    raise ArgumentError(action, 'ignored explicit argument %r' % attached)
                action = self.parser._option_string_actions[next_option]
                option_string = next_option
                attached = attached[1:] or None
            elif count == 1:
                ready.append((action, [attached], option_string))
                end = index + 1
                break
            else:
                raise ArgumentError(action, 'ignored explicit argument %r' % attached)
        for action, strings, option_string in ready:
            self.apply(action, strings, option_string)
        return end

    def take_positionals(self, index):
        """Give words from index on to as many waiting positionals as can match."""
        kinds = self.kinds[index:]
        counts = []
        pending = self.waiting_positionals
        for size in range(len(pending), 0, -1):
            pattern = ''.join(_nargs_regex(action) for action in pending[:size])
            found = _re.match(pattern, kinds)
            if found is not None:
                counts = [len(group) for group in found.groups()]
                break
        for action, count in zip(pending, counts):
            self.apply(action, self.words[index:index + count])
            index += count
        del pending[:len(counts)]
        return index

    def run(self):
        option_indices = sorted(self.option_at)
        position = 0
        last_option = option_indices[-1] if option_indices else -1
        while position <= last_option:
            next_option = min(i for i in option_indices if i >= position)
            if position != next_option:
                reached = self.take_positionals(position)
                if reached > position:
                    position = reached
                    continue
                position = reached
            if position not in self.option_at:
                self.extras.extend(self.words[position:next_option])
                position = next_option
            position = self.take_option(position)
        position = self.take_positionals(position)
        self.extras.extend(self.words[position:])
        self.finish()
        return self.namespace, self.extras

    def finish(self):
        parser = self.parser
        missing = []
        for action in parser._actions:
            if action in self.seen:
                continue
            if action.required:
                missing.append(_display_name(action))
            elif (isinstance(action.default, str) and hasattr(self.namespace, action.dest)
                  and getattr(self.namespace, action.dest) is action.default):
                # String defaults go through type= like a value from the command line.
                setattr(self.namespace, action.dest,
                        parser._get_value(action, action.default))
        if missing:
            parser.error('the following arguments are required: %s' % ', '.join(missing))
        for group in parser._mutually_exclusive_groups:
            if group.required and not any(a in self.seen_with_value
                                          for a in group._group_actions):
                names = [_display_name(a) for a in group._group_actions
                         if a.help is not SUPPRESS]
                parser.error('one of the arguments %s is required' % ' '.join(names))


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Turns a list of command-line words into a Namespace."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        _ActionsContainer.__init__(self, description, prefix_chars, argument_default,
                                   conflict_handler)
        self.prog = _os.path.basename(_sys.argv[0]) if prog is None else prog
        self.usage, self.epilog = usage, epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help, self.allow_abbrev = add_help, allow_abbrev
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None
        if add_help:
            lead = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(lead + 'h', lead * 2 + 'help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._add_container_actions(parent)
            inherited = getattr(parent, '_defaults', None)
            if inherited is not None:
                self._defaults.update(inherited)

    def _get_kwargs(self):
        fields = ('prog', 'usage', 'description', 'formatter_class', 'conflict_handler',
                  'add_help')
        return [(field, getattr(self, field)) for field in fields]

    # -- building ----------------------------------------------------------------
    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            self._subparsers = self.add_argument_group(kwargs.pop('title', 'subcommands'),
                                                       kwargs.pop('description', None))
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            # Sub-commands are introduced by this parser's name and positionals.
            formatter = self._get_formatter()
            formatter.add_usage(self.usage, self._get_positional_actions(),
                                self._mutually_exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        action_class = self._action_class(kwargs, 'parsers')
        action = action_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        group = self._optionals if action.option_strings else self._positionals
        group._add_action(action)
        return action

    def _get_optional_actions(self):
        return [action for action in self._actions if action.option_strings]

    def _get_positional_actions(self):
        return [action for action in self._actions if not action.option_strings]

    # -- parsing -----------------------------------------------------------------
    def parse_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        args = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if (action.dest is not SUPPRESS and not hasattr(namespace, action.dest)
                    and action.default is not SUPPRESS):
                setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as exc:
                self.error(str(exc))
        else:
            namespace, args = self._parse_known_args(args, namespace)
        if _LEFTOVERS in vars(namespace):
            args.extend(vars(namespace).pop(_LEFTOVERS))
        return namespace, args

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._expand_argument_files(arg_strings)
        return _ParseRun(self, arg_strings, namespace).run()

    def _expand_argument_files(self, words):
        expanded = []
        for word in words:
            if not word or word[0] not in self.fromfile_prefix_chars:
                expanded.append(word)
                continue
            try:
                with open(word[1:]) as source:
                    lines = source.read().splitlines()
            except OSError as exc:
                self.error(str(exc))
            from_file = []
            for line in lines:
                from_file.extend(self.convert_arg_line_to_args(line))
            expanded.extend(self._expand_argument_files(from_file))
        return expanded

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _parse_optional(self, word):
        """None when word is an argument, else (action or None, option, attached value)."""
        if not word or word[0] not in self.prefix_chars:
            return None
        known = self._option_string_actions
        if word in known:
            return known[word], word, None
        if len(word) == 1:
            return None
        if '=' in word:
            option, value = word.split('=', 1)
            if option in known:
                return known[option], option, value
        matches = self._abbreviation_matches(word)
        if len(matches) > 1:
            self.error('ambiguous option: %s could match %s'
                       % (word, ', '.join(option for _, option, _ in matches)))
        if len(matches) == 1:
            return matches[0]
        if _NEGATIVE_NUMBER.match(word) and not self._has_negative_number_optionals:
            return None
        if ' ' in word:
            return None
        return None, word, None

    def _abbreviation_matches(self, word):
        known = self._option_string_actions
        chars = self.prefix_chars
        found = []
        if word[0] in chars and word[1] in chars:
            # --long options: unique prefixes allowed unless allow_abbrev=False.
            if not self.allow_abbrev:
                return found
            stem, eq, value = word.partition('=')
            value = value if eq else None
            for option in known:
                if option.startswith(stem):
                    found.append((known[option], option, value))
        elif word[0] in chars:
            # -x options: a prefix of a longer single-dash option, or a one-letter
            # option with its value (or more letters) glued on.
            head, tail = word[:2], word[2:]
            for option in known:
                if option == head:
                    found.append((known[option], option, tail))
                elif option.startswith(word):
                    found.append((known[option], option, None))
        else:
            self.error('unexpected option string: %s' % word)
        return found

    def _get_values(self, action, arg_strings):
        if action.nargs not in (PARSER, REMAINDER) and '--' in arg_strings:
            arg_strings = list(arg_strings)
            arg_strings.remove('--')
        nargs = action.nargs
        if not arg_strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif not arg_strings and nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else arg_strings
            self._check_value(action, value)
        elif len(arg_strings) == 1 and nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
        elif nargs == REMAINDER:
            value = [self._get_value(action, word) for word in arg_strings]
        elif nargs == PARSER:
            value = [self._get_value(action, word) for word in arg_strings]
            self._check_value(action, value[0])
        elif nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, word) for word in arg_strings]
            for item in value:
                self._check_value(action, item)
        return value

    def _get_value(self, action, arg_string):
        converter = self._lookup('type', action.type, action.type)
        if not callable(converter):
            raise ArgumentError(action, '%r is not callable' % (converter,))
        try:
            return converter(arg_string)
        except ArgumentTypeError as exc:
            raise ArgumentError(action, str(exc))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, arg_string))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            listed = ', '.join(map(repr, action.choices))
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)'
                                % (value, listed))

    # -- options and positionals in any order ----------------------------------------
    def parse_intermixed_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_intermixed_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return namespace

    def parse_known_intermixed_args(self, args=None, namespace=None):
        # Two passes: options first (positionals switched off), then the words
        # left over go to the positionals with options no longer required.
        positionals = self._get_positional_actions()
        odd = [a for a in positionals if a.nargs in (PARSER, REMAINDER)]
        if odd:
            raise TypeError('parse_intermixed_args: positional arg with nargs=%s'
                            % odd[0].nargs)
        for group in self._mutually_exclusive_groups:
            if any(a in positionals for a in group._group_actions):
                raise TypeError('parse_intermixed_args: positional in'
                                ' mutuallyExclusiveGroup')
        original_usage = self.usage
        try:
            if self.usage is None:
                self.usage = self.format_usage()[len('usage: '):]
            saved = [(a, a.nargs, a.default) for a in positionals]
            try:
                for action in positionals:
                    action.nargs = SUPPRESS
                    action.default = SUPPRESS
                namespace, leftover = self.parse_known_args(args, namespace)
                for action in positionals:
                    if getattr(namespace, action.dest, None) == []:
                        import warnings
                        warnings.warn('Do not expect %s in %s' % (action.dest, namespace))
                        delattr(namespace, action.dest)
            finally:
                for action, nargs, default in saved:
                    action.nargs = nargs
                    action.default = default
            options = self._get_optional_actions()
            saved_required = [(a, a.required) for a in options]
            saved_groups = [(g, g.required) for g in self._mutually_exclusive_groups]
            try:
                for action in options:
                    action.required = False
                for group in self._mutually_exclusive_groups:
                    group.required = False
                namespace, extras = self.parse_known_args(leftover, namespace)
            finally:
                for holder, required in saved_required + saved_groups:
                    holder.required = required
        finally:
            self.usage = original_usage
        return namespace, extras

    # -- help --------------------------------------------------------------------
    def _usage_formatter(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter

    def format_usage(self):
        return self._usage_formatter().format_help()

    def format_help(self):
        # usage, description, one section per argument group, epilog
        layout = self._usage_formatter()
        layout.add_text(self.description)
        for section in self._action_groups:
            layout.start_section(section.title)
            layout.add_text(section.description)
            layout.add_arguments(section._group_actions)
            layout.end_section()
        layout.add_text(self.epilog)
        return layout.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        # Output to a closed or missing stream is silently dropped.
        if message:
            stream = _sys.stderr if file is None else file
            try:
                stream.write(message)
            except (OSError, AttributeError):
                pass

    # -- leaving -----------------------------------------------------------------
    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        raise SystemExit(status)

    def error(self, message):
        """Print usage and the message to stderr, then exit with status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))
