# cmd.Cmd driven from a StringIO (help layout, dispatch, hooks) and colorsys round trips.
import cmd
import colorsys
import io


class Shell(cmd.Cmd):
    prompt = '(test) '
    intro = 'Welcome.'

    def preloop(self):
        print('preloop')

    def postloop(self):
        print('postloop')

    def precmd(self, line):
        return line.replace('PLEASE ', '')

    def postcmd(self, stop, line):
        print('postcmd', repr(line), stop)
        return stop

    def do_greet(self, arg):
        """Greet someone: greet NAME"""
        print('hello', repr(arg))

    def do_add(self, arg):
        print(sum(int(x) for x in arg.split()))

    def help_add(self):
        print('add numbers')

    def help_topic(self):
        print('a help topic')

    def do_shell(self, arg):
        print('shell:', arg)

    def do_undocumented_command_with_long_name(self, arg):
        pass

    def do_x(self, arg):
        pass

    def do_EOF(self, arg):
        print('bye')
        return True


out = io.StringIO()
sh = Shell(stdin=io.StringIO('greet  world \n\nadd 1 2 3\nPLEASE greet you\n?\nhelp greet\nhelp add\nhelp nope\nhelp x\n!ls -l\nunknown thing\n123\n?greet\n'), stdout=out)
sh.use_rawinput = False
sh.cmdloop()
print(out.getvalue())
c = cmd.Cmd(stdout=out)
print(c.parseline('  cmd arg1  arg2 '), c.parseline('!x'), c.parseline('?'), c.parseline(''), c.parseline('a.b c'), c.onecmd(''))
print(sorted(c.completenames('he')), sorted(sh.completenames('')), sorted(sh.complete_help('t')), c.completedefault())
out.seek(0)
out.truncate()
for items in [[], ['one'], ['a', 'bb', 'ccc'], ['w%d' % i * (i % 4 + 1) for i in range(30)], ['x' * 50, 'y' * 40], ['a', '', 'b', '']]:
    c.columnize(items, 40)
try:
    c.columnize(['a', 1, 'b', None])
except TypeError as e:
    print('TypeError', e)
print(out.getvalue())
cmd.Cmd(stdout=out).onecmd('nothing here')
print(repr(out.getvalue().splitlines()[-1]), cmd.Cmd.prompt, cmd.Cmd.identchars[-3:])

for rgb in [(0.2, 0.4, 0.4), (1.0, 0.0, 0.0), (0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (0.5, 0.5, 0.5), (0.9, 0.1, 0.6), (0.3, 0.8, 0.75)]:
    yiq, hls, hsv = colorsys.rgb_to_yiq(*rgb), colorsys.rgb_to_hls(*rgb), colorsys.rgb_to_hsv(*rgb)
    print(rgb, yiq, hls, hsv)
    print('  ', colorsys.yiq_to_rgb(*yiq), colorsys.hls_to_rgb(*hls), colorsys.hsv_to_rgb(*hsv))
print(colorsys.hsv_to_rgb(1.5, 0.5, 0.5), colorsys.hsv_to_rgb(-0.2, 1.0, 1.0), colorsys.hls_to_rgb(0.7, 0.8, 0.3), colorsys.yiq_to_rgb(1.0, 0.6, 0.6))
