"""A framework for line-oriented command interpreters: subclass Cmd and
define do_<name> methods.  Written for Spry from the documented behaviour
of the cmd module."""

import string
import sys

__all__ = ["Cmd"]

PROMPT = "(Cmd) "
IDENTCHARS = string.ascii_letters + string.digits + "_"


class Cmd:
    prompt = PROMPT
    identchars = IDENTCHARS
    ruler = "="
    lastcmd = ""
    intro = None
    doc_leader = ""
    doc_header = "Documented commands (type help <topic>):"
    misc_header = "Miscellaneous help topics:"
    undoc_header = "Undocumented commands:"
    nohelp = "*** No help on %s"
    use_rawinput = 1

    def __init__(self, completekey="tab", stdin=None, stdout=None):
        self.stdin = sys.stdin if stdin is None else stdin
        self.stdout = sys.stdout if stdout is None else stdout
        self.cmdqueue = []
        self.completekey = completekey

    # -- the loop -------------------------------------------------------

    def cmdloop(self, intro=None):
        self.preloop()
        readline = self._install_completer()
        try:
            if intro is not None:
                self.intro = intro
            if self.intro:
                self.stdout.write(str(self.intro) + "\n")
            stop = None
            while not stop:
                line = self._next_line()
                line = self.precmd(line)
                stop = self.onecmd(line)
                stop = self.postcmd(stop, line)
            self.postloop()
        finally:
            if readline is not None:
                readline.set_completer(self.old_completer)

    def _install_completer(self):
        # Tab completion only makes sense when input() reads a terminal.
        if not (self.use_rawinput and self.completekey):
            return None
        try:
            import readline
        except ImportError:
            return None
        self.old_completer = readline.get_completer()
        readline.set_completer(self.complete)
        readline.parse_and_bind(self.completekey + ": complete")
        return readline

    def _next_line(self):
        if self.cmdqueue:
            return self.cmdqueue.pop(0)
        if self.use_rawinput:
            try:
                return input(self.prompt)
            except EOFError:
                return "EOF"
        self.stdout.write(self.prompt)
        self.stdout.flush()
        line = self.stdin.readline()
        if not line:
            return "EOF"
        return line.rstrip("\r\n")

    def precmd(self, line):
        return line

    def postcmd(self, stop, line):
        return stop

    def preloop(self):
        pass

    def postloop(self):
        pass

    # -- dispatch -------------------------------------------------------

    def parseline(self, line):
        """Split a line into (command, argument, line)."""
        line = line.strip()
        if not line:
            return None, None, line
        if line[0] == "?":
            line = "help " + line[1:]
        elif line[0] == "!":
            if not hasattr(self, "do_shell"):
                return None, None, line
            line = "shell " + line[1:]
        end = 0
        while end < len(line) and line[end] in self.identchars:
            end += 1
        return line[:end], line[end:].strip(), line

    def onecmd(self, line):
        command, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if command is None:
            return self.default(line)
        self.lastcmd = "" if line == "EOF" else line
        if command == "":
            return self.default(line)
        try:
            handler = getattr(self, "do_" + command)
        except AttributeError:
            return self.default(line)
        return handler(arg)

    def emptyline(self):
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def default(self, line):
        self.stdout.write("*** Unknown syntax: %s\n" % line)

    # -- completion -----------------------------------------------------

    def completedefault(self, *ignored):
        return []

    def completenames(self, text, *ignored):
        prefix = "do_" + text
        return [name[3:] for name in self.get_names() if name.startswith(prefix)]

    def complete(self, text, state):
        if state == 0:
            import readline
            whole = readline.get_line_buffer()
            line = whole.lstrip()
            shift = len(whole) - len(line)
            begidx = readline.get_begidx() - shift
            endidx = readline.get_endidx() - shift
            if begidx > 0:
                command = self.parseline(line)[0]
                completer = self.completedefault
                if command:
                    completer = getattr(self, "complete_" + command,
                                        self.completedefault)
            else:
                completer = self.completenames
            self.completion_matches = completer(text, line, begidx, endidx)
        if state < len(self.completion_matches):
            return self.completion_matches[state]
        return None

    def get_names(self):
        return dir(self.__class__)

    def complete_help(self, *args):
        found = set(self.completenames(*args))
        prefix = "help_" + args[0]
        found.update(name[5:] for name in self.get_names() if name.startswith(prefix))
        return list(found)

    # -- help -----------------------------------------------------------

    def do_help(self, arg):
        'List available commands with "help" or detailed help with "help cmd".'
        if arg:
            self._help_on(arg)
            return
        names = sorted(self.get_names())
        topics = [name[5:] for name in names if name.startswith("help_")]
        documented = []
        undocumented = []
        for command in dict.fromkeys(name[3:] for name in names if name.startswith("do_")):
            if command in topics:
                topics.remove(command)
                documented.append(command)
            elif getattr(self, "do_" + command).__doc__:
                documented.append(command)
            else:
                undocumented.append(command)
        self.stdout.write("%s\n" % str(self.doc_leader))
        self.print_topics(self.doc_header, documented, 15, 80)
        self.print_topics(self.misc_header, topics, 15, 80)
        self.print_topics(self.undoc_header, undocumented, 15, 80)

    def _help_on(self, topic):
        try:
            helper = getattr(self, "help_" + topic)
        except AttributeError:
            pass
        else:
            helper()
            return
        try:
            doc = getattr(self, "do_" + topic).__doc__
        except AttributeError:
            doc = None
        if doc:
            self.stdout.write("%s\n" % str(doc))
        else:
            self.stdout.write("%s\n" % str(self.nohelp % (topic,)))

    def print_topics(self, header, cmds, cmdlen, maxcol):
        if not cmds:
            return
        self.stdout.write("%s\n" % str(header))
        if self.ruler:
            self.stdout.write("%s\n" % str(self.ruler * len(header)))
        self.columnize(cmds, maxcol - 1)
        self.stdout.write("\n")

    def columnize(self, list, displaywidth=80):
        """Print the strings in list column by column (top to bottom, then
        left to right) in as few rows as fit within displaywidth."""
        if not list:
            self.stdout.write("<empty>\n")
            return
        bad = [index for index, item in enumerate(list) if not isinstance(item, str)]
        if bad:
            raise TypeError("list[i] not a string for i in %s"
                            % ", ".join(map(str, bad)))
        count = len(list)
        if count == 1:
            self.stdout.write("%s\n" % str(list[0]))
            return
        for rows in range(1, count):
            widths = _column_widths(list, rows, displaywidth)
            if widths is not None:
                break
        else:
            rows, widths = count, [0]
        for row in range(rows):
            cells = list[row::rows]
            while cells and not cells[-1]:
                cells.pop()
            padded = [cell.ljust(widths[col]) for col, cell in enumerate(cells)]
            self.stdout.write("%s\n" % str("  ".join(padded)))


def _column_widths(items, rows, limit):
    """Widths of the columns when items fill `rows` rows, or None when the
    columns plus two-space gaps would be wider than limit."""
    widths = []
    used = -2
    for start in range(0, len(items), rows):
        width = max(len(item) for item in items[start:start + rows])
        widths.append(width)
        used += width + 2
        if used > limit:
            return None
    return widths
