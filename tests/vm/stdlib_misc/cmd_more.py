# cmd.Cmd: columnize layouts, help listings, lastcmd/emptyline, cmdqueue,
# intro argument, identchars, completion through a stand-in readline module.
import cmd
import io
import sys
import types

out = io.StringIO()
c = cmd.Cmd(stdout=out)
words = ['alpha', 'b', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india',
         'juliet', 'kilo', 'lima', 'mike', 'november', 'oscar', 'papa', 'quebec', 'romeo']
for width in [80, 40, 20, 10, 3]:
    c.columnize(words, width)
    out.write('--\n')
c.columnize([])
c.columnize(['only'])
c.columnize(['a', '', 'b', ''], 5)
c.columnize(['x' * 30, 'y' * 30, 'z' * 30], 50)
c.columnize(['x' * 30, 'y' * 30, ''], 10)
print(out.getvalue())
try:
    c.columnize(['a', 2, 'b', None])
except TypeError as e:
    print('TypeError', e)


class Many(cmd.Cmd):
    ruler = '-'
    doc_leader = 'Leader text'

    def help_zeta(self):
        self.stdout.write('zeta topic\n')

    def help_beta(self):
        self.stdout.write('beta topic\n')


for i in range(25):
    name = 'cmd%02d' % i
    def handler(self, arg, name=name):
        self.stdout.write('%s(%r)\n' % (name, arg))
    if i % 3 == 0:
        handler.__doc__ = 'doc for ' + name
    setattr(Many, 'do_' + name, handler)
Many.do_beta = lambda self, arg: None

out = io.StringIO()
m = Many(stdout=out)
m.onecmd('help')
m.onecmd('help beta')
m.onecmd('help cmd03')
m.onecmd('help cmd01')
m.onecmd('help help')
m.onecmd('help zeta')
m.ruler = ''
m.doc_header = 'Docs'
m.onecmd('help')
print(out.getvalue())

# lastcmd and emptyline, EOF, cmdqueue, default, identchars.
out = io.StringIO()
m = Many(stdin=io.StringIO('cmd01 a\n\n  \ncmd02\nEOF\n\n'), stdout=out)
m.use_rawinput = False
m.prompt = '> '
m.cmdqueue = ['cmd05 queued', '']
m.do_EOF = lambda arg: out.write('EOF seen %r\n' % m.lastcmd) and None
m.postcmd = lambda stop, line: line == '' and m.lastcmd == ''
m.cmdloop('Hello there')
print(repr(out.getvalue()), repr(m.lastcmd), m.intro)
out = io.StringIO()
d = cmd.Cmd(stdout=out)
d.identchars = 'ab'
print(d.parseline('abcd efg'), d.parseline('!cmd'), d.parseline('?topic'), d.parseline('x'))
print(d.onecmd('zzz'), d.onecmd('!shell'), d.onecmd('.dot'), d.onecmd('ab rest'), repr(d.lastcmd))
print(repr(out.getvalue()))

# Completion with a stand-in readline.
fake = types.ModuleType('readline')
fake.buffer = ''
fake.begidx = fake.endidx = 0
fake.get_line_buffer = lambda: fake.buffer
fake.get_begidx = lambda: fake.begidx
fake.get_endidx = lambda: fake.endidx
saved = sys.modules.get('readline')
sys.modules['readline'] = fake


class Comp(cmd.Cmd):
    def do_open(self, arg):
        pass

    def do_order(self, arg):
        pass

    def complete_open(self, text, line, begidx, endidx):
        return [text + '1', text + '2', '%s|%d|%d' % (line, begidx, endidx)]

    def help_orbit(self):
        pass


k = Comp()


def run(buffer, text):
    fake.buffer = buffer
    fake.endidx = len(buffer)
    fake.begidx = fake.endidx - len(text)
    found = []
    state = 0
    while True:
        item = k.complete(text, state)
        if item is None:
            return found
        found.append(item)
        state += 1


print(run('o', 'o'), run('  op', 'op'), run('  open fi', 'fi'), run('order x', 'x'), sorted(run('help or', 'or')), run('zz', 'q'))
print(sorted(k.complete_help('or')), sorted(k.completenames('')), k.completedefault('a', 'b', 1, 2))
if saved is None:
    del sys.modules['readline']
else:
    sys.modules['readline'] = saved
print(cmd.PROMPT, cmd.IDENTCHARS == cmd.Cmd.identchars, cmd.__all__, c.use_rawinput, c.completekey, c.cmdqueue)
