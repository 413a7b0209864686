"""A generic class to build line-oriented command interpreters.

Written for Spry from the documented behaviour of CPython 3.11's cmd: a
command line 'name args' runs do_name(args); 'help' lists the commands in
columns, '?' is help and '!' is shell (when do_shell exists); an empty
line repeats the last command.  Tab completion needs readline, which Spry
does not provide, so cmdloop() reads plain lines.
"""

import string
import sys

__all__ = ["Cmd"]

PROMPT = '(Cmd) '
IDENTCHARS = string.ascii_letters + string.digits + '_'


class Cmd:
    """Base class of line-oriented command interpreters: subclass it and
    write do_<command>(self, arg) methods (and help_<topic>(self) ones).
    """
    prompt = PROMPT
    identchars = IDENTCHARS
    ruler = '='
    lastcmd = ''
    intro = None
    doc_leader = ""
    doc_header = "Documented commands (type help <topic>):"
    misc_header = "Miscellaneous help topics:"
    undoc_header = "Undocumented commands:"
    nohelp = "*** No help on %s"
    use_rawinput = 1

    def __init__(self, completekey='tab', stdin=None, stdout=None):
        """stdin and stdout default to sys.stdin and sys.stdout; completekey is
        the readline key for completion (unused without readline).
        """
        self.stdin = stdin if stdin is not None else sys.stdin
        self.stdout = stdout if stdout is not None else sys.stdout
        self.cmdqueue = []
        self.completekey = completekey

    def cmdloop(self, intro=None):
        """Prompts, reads and runs commands until one returns a true value
        (intro, if given, is printed first).
        """
        self.preloop()
        if intro is not None:
            self.intro = intro
        if self.intro:
            self.stdout.write(str(self.intro) + "\n")
        stop = None
        while not stop:
            line = self.cmdqueue.pop(0) if self.cmdqueue else self._read_line()
            line = self.precmd(line)
            stop = self.onecmd(line)
            stop = self.postcmd(stop, line)
        self.postloop()

    def _read_line(self):
        # End of input reads as the command 'EOF'.
        if self.use_rawinput:
            try:
                return input(self.prompt)
            except EOFError:
                return 'EOF'
        self.stdout.write(self.prompt)
        self.stdout.flush()
        line = self.stdin.readline()
        if not len(line):
            return 'EOF'
        return line.rstrip('\r\n')

    def precmd(self, line):
        """Hook: may rewrite each line before it runs."""
        return line

    def postcmd(self, stop, line):
        """Hook: runs after each command; the loop stops if it returns true."""
        return stop

    def preloop(self):
        """Hook: runs once before the loop."""
        pass

    def postloop(self):
        """Hook: runs once after the loop."""
        pass

    def parseline(self, line):
        """(command, argument, line) of a line; None for what cannot be read."""
        line = line.strip()
        if not line:
            return None, None, line
        if line[0] == '?':
            line = 'help ' + line[1:]
        elif line[0] == '!':
            if not hasattr(self, 'do_shell'):
                return None, None, line
            line = 'shell ' + line[1:]
        i = 0
        while i < len(line) and line[i] in self.identchars:
            i += 1
        return line[:i], line[i:].strip(), line

    def onecmd(self, line):
        """Runs one line; returns true to stop the loop."""
        cmd, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if cmd is None:
            return self.default(line)
        self.lastcmd = '' if line == 'EOF' else line
        if cmd == '':
            return self.default(line)
        try:
            func = getattr(self, 'do_' + cmd)
        except AttributeError:
            return self.default(line)
        return func(arg)

    def emptyline(self):
        """Runs the last command again (override to do nothing)."""
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def default(self, line):
        """Reports a line whose command is unknown."""
        self.stdout.write('*** Unknown syntax: %s\n' % line)

    def completedefault(self, *ignored):
        """Completions when there is no complete_<command>: none."""
        return []

    def completenames(self, text, *ignored):
        dotext = 'do_' + text
        return [a[3:] for a in self.get_names() if a.startswith(dotext)]

    def complete(self, text, state):
        """readline's completer: the state-th completion of text."""
        import readline
        if state == 0:
            origline = readline.get_line_buffer()
            line = origline.lstrip()
            stripped = len(origline) - len(line)
            begidx = readline.get_begidx() - stripped
            endidx = readline.get_endidx() - stripped
            if begidx > 0:
                cmd, args, foo = self.parseline(line)
                if cmd == '':
                    compfunc = self.completedefault
                else:
                    compfunc = getattr(self, 'complete_' + cmd, self.completedefault)
            else:
                compfunc = self.completenames
            self.completion_matches = compfunc(text, line, begidx, endidx)
        try:
            return self.completion_matches[state]
        except IndexError:
            return None

    def get_names(self):
        # This method used to pull in base class attributes
        # at a time dir() didn't do it yet.
        return dir(self.__class__)

    def complete_help(self, *args):
        commands = set(self.completenames(*args))
        topics = set(a[5:] for a in self.get_names() if a.startswith('help_' + args[0]))
        return list(commands | topics)

    def do_help(self, arg):
        'List available commands with "help" or detailed help with "help cmd".'
        if arg:
            self._help_on(arg)
            return
        names = self.get_names()
        topics = {name[5:] for name in names if name[:5] == 'help_'}
        documented = []
        undocumented = []
        seen = set()
        for name in sorted(names):
            if name[:3] != 'do_' or name in seen:
                continue
            seen.add(name)
            cmd = name[3:]
            if cmd in topics:
                documented.append(cmd)
                topics.remove(cmd)
            elif getattr(self, name).__doc__:
                documented.append(cmd)
            else:
                undocumented.append(cmd)
        self.stdout.write("%s\n" % str(self.doc_leader))
        self.print_topics(self.doc_header, documented, 15, 80)
        self.print_topics(self.misc_header, sorted(topics), 15, 80)
        self.print_topics(self.undoc_header, undocumented, 15, 80)

    def _help_on(self, arg):
        # help_<arg>() if there is one, else the docstring of do_<arg>.
        try:
            func = getattr(self, 'help_' + arg)
        except AttributeError:
            try:
                doc = getattr(self, 'do_' + arg).__doc__
                if doc:
                    self.stdout.write("%s\n" % str(doc))
                    return
            except AttributeError:
                pass
            self.stdout.write("%s\n" % str(self.nohelp % (arg,)))
            return
        func()

    def print_topics(self, header, cmds, cmdlen, maxcol):
        if cmds:
            self.stdout.write("%s\n" % str(header))
            if self.ruler:
                self.stdout.write("%s\n" % str(self.ruler * len(header)))
            self.columnize(cmds, maxcol - 1)
            self.stdout.write("\n")

    def columnize(self, list, displaywidth=80):
        """Prints the strings of list in as few rows as fit displaywidth,
        column after column, two spaces apart.
        """
        if not list:
            self.stdout.write("<empty>\n")
            return
        nonstrings = [i for i in range(len(list)) if not isinstance(list[i], str)]
        if nonstrings:
            raise TypeError("list[i] not a string for i in %s"
                            % ", ".join(map(str, nonstrings)))
        size = len(list)
        if size == 1:
            self.stdout.write('%s\n' % str(list[0]))
            return
        nrows, colwidths = self._layout(list, displaywidth)
        for row in range(nrows):
            texts = [list[i] for i in range(row, size, nrows)]
            while texts and not texts[-1]:
                del texts[-1]
            self.stdout.write("%s\n" % str("  ".join(
                text.ljust(width) for text, width in zip(texts, colwidths))))

    @staticmethod
    def _layout(items, displaywidth):
        """The fewest rows (filled column by column) whose columns, two
        spaces apart, fit displaywidth; one column if none do."""
        size = len(items)
        for nrows in range(1, size):
            ncols = (size + nrows - 1) // nrows
            colwidths = [max(len(x) for x in items[col * nrows:(col + 1) * nrows])
                         for col in range(ncols)]
            if sum(colwidths) + 2 * (ncols - 1) <= displaywidth:
                return nrows, colwidths
        return size, [0]
