"""unittest.main (TestProgram): the command line of a test module and of
`python -m unittest`."""

import argparse
import importlib
import os
import sys

from . import loader, runner
from .signals import installHandler

__unittest = True

MAIN_EXAMPLES = """\
Examples:
  %(prog)s test_module               - run tests from test_module
  %(prog)s module.TestClass          - run tests from module.TestClass
  %(prog)s module.Class.test_method  - run specified test method
  %(prog)s path/to/test_file.py      - run tests from test_file.py
"""

MODULE_EXAMPLES = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""


def _name_from_path(name):
    """A test file path under the current directory becomes a dotted module name."""
    if not (os.path.isfile(name) and name.lower().endswith('.py')):
        return name
    if os.path.isabs(name):
        relative = os.path.relpath(name, os.getcwd())
        if os.path.isabs(relative) or relative.startswith(os.pardir):
            return name
        name = relative
    return os.path.normpath(name)[:-3].replace('\\', '.').replace('/', '.')


def _as_glob(pattern):
    """-k foo selects tests whose name contains foo; a pattern with * is a glob."""
    return pattern if '*' in pattern else '*%s*' % pattern


class TestProgram(object):
    """Parses the command line, loads the tests it names and runs them."""

    # class-level defaults, for subclasses that do not call __init__
    progName = warnings = None
    verbosity = 1
    testNamePatterns = buffer = catchbreak = failfast = None
    module = None
    _ut_discovery_parser = None

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=loader.defaultTestLoader, exit=True, verbosity=1,
                 failfast=None, catchbreak=None, buffer=None, warnings=None, *,
                 tb_locals=False):
        self.module = importlib.import_module(module) if isinstance(module, str) else module
        command_line = sys.argv if argv is None else argv
        self.progName = os.path.basename(command_line[0])
        self.testLoader, self.testRunner = testLoader, testRunner
        self.defaultTest = defaultTest
        # without -W options, show warnings once per place
        if warnings is None and not sys.warnoptions:
            warnings = 'default'
        self.warnings = warnings
        self.verbosity, self.tb_locals = verbosity, tb_locals
        # None: not fixed by the caller, so offered as a command-line option
        self.buffer, self.catchbreak, self.failfast = buffer, catchbreak, failfast
        self.exit = exit
        self.parseArgs(command_line)
        self.runTests()

    def usageExit(self, msg=None):
        import warnings
        warnings.warn("TestProgram.usageExit() is deprecated and will be removed in "
                      "Python 3.13", DeprecationWarning, 2)
        if msg:
            print(msg)
        if self._ut_discovery_parser is None:
            self._ut_build_parsers()
        self._ut_print_help()
        sys.exit(2)

    def _ut_print_help(self, *args, **kwargs):
        print(self._ut_main_parser.format_help())
        if self.module is None:
            print(MAIN_EXAMPLES % {'prog': self.progName})
            self._ut_discovery_parser.print_help()
        else:
            print(MODULE_EXAMPLES % {'prog': self.progName})

    # -- argument parsing --

    def _ut_build_parsers(self):
        shared = argparse.ArgumentParser(add_help=False)
        always = (
            (('-v', '--verbose'), dict(dest='verbosity', action='store_const', const=2,
                                       help='Verbose output')),
            (('-q', '--quiet'), dict(dest='verbosity', action='store_const', const=0,
                                     help='Quiet output')),
            (('--locals',), dict(dest='tb_locals', action='store_true',
                                 help='Show local variables in tracebacks')),
        )
        # options fixed by main()'s caller are not offered on the command line
        optional = (
            ('failfast', False, ('-f', '--failfast'),
             dict(action='store_true', help='Stop on first fail or error')),
            ('catchbreak', False, ('-c', '--catch'),
             dict(action='store_true', help='Catch Ctrl-C and display results so far')),
            ('buffer', False, ('-b', '--buffer'),
             dict(action='store_true', help='Buffer stdout and stderr during tests')),
            ('testNamePatterns', [], ('-k',),
             dict(action='append', type=_as_glob,
                  help='Only run tests which match the given substring')),
        )
        for flags, options in always:
            shared.add_argument(*flags, **options)
        for attr, unset, flags, options in optional:
            if getattr(self, attr) is None:
                shared.add_argument(*flags, dest=attr, **options)
                setattr(self, attr, unset)

        main_parser = argparse.ArgumentParser(parents=[shared])
        main_parser.prog = self.progName
        main_parser.print_help = self._ut_print_help
        main_parser.add_argument('tests', nargs='*', help='a list of any number of test '
                                 'modules, classes and test methods.')
        self._ut_main_parser = main_parser

        discovery = argparse.ArgumentParser(parents=[shared])
        discovery.prog = '%s discover' % self.progName
        discovery.epilog = ('For test discovery all test modules must be importable '
                            'from the top level directory of the project.')
        for flags, dest, text in (
                (('-s', '--start-directory'), 'start',
                 "Directory to start discovery ('.' default)"),
                (('-p', '--pattern'), 'pattern', "Pattern to match tests ('test*.py' default)"),
                (('-t', '--top-level-directory'), 'top',
                 'Top level directory of project (defaults to start directory)')):
            discovery.add_argument(*flags, dest=dest, help=text)
        # start, pattern and top may also be given positionally
        for dest in ('start', 'pattern', 'top'):
            discovery.add_argument(dest, nargs='?', default=argparse.SUPPRESS,
                                   help=argparse.SUPPRESS)
        self._ut_discovery_parser = discovery

    def parseArgs(self, argv):
        self._ut_build_parsers()
        args = argv[1:]
        if self.module is None and args and args[0].lower() == 'discover':
            self._ut_discover(args[1:])
            return
        self._ut_main_parser.parse_args(args, self)
        if self.module is None and not self.tests:
            # `python -m unittest -v` discovers too
            self._ut_discover([])
            return
        self.testNames = self._ut_names_to_load()
        self.createTests()

    def _ut_names_to_load(self):
        """The names given on the command line, else defaultTest; None: the module."""
        if self.tests:
            return [_name_from_path(name) for name in self.tests]
        default = self.defaultTest
        if default is None or not isinstance(default, str):
            return None if default is None else list(default)
        return (default,)

    def _ut_discover(self, args, Loader=None):
        self.start, self.pattern, self.top = '.', 'test*.py', None
        self._ut_discovery_parser.parse_args(args, self)
        self.createTests(from_discovery=True, Loader=Loader)

    def createTests(self, from_discovery=False, Loader=None):
        chosen = self.testLoader
        if self.testNamePatterns:
            chosen.testNamePatterns = self.testNamePatterns
        if from_discovery:
            if Loader is not None:
                chosen = Loader()
            found = chosen.discover(self.start, self.pattern, self.top)
        elif self.testNames is not None:
            found = chosen.loadTestsFromNames(self.testNames, self.module)
        else:
            found = chosen.loadTestsFromModule(self.module)
        self.test = found

    def runTests(self):
        if self.catchbreak:
            installHandler()
        chosen = runner.TextTestRunner if self.testRunner is None else self.testRunner
        self.testRunner = chosen
        if isinstance(chosen, type):
            chosen = self._ut_make_runner(chosen)
        self.result = chosen.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())

    def _ut_make_runner(self, runner_class):
        """Instantiate a runner class with as many of our settings as it accepts."""
        settings = {name: getattr(self, name) for name in
                    ('verbosity', 'failfast', 'buffer', 'warnings', 'tb_locals')}
        for dropped in ('tb_locals', None):
            try:
                return runner_class(**settings)
            except TypeError:
                if dropped is None:
                    return runner_class()
                settings.pop(dropped)


main = TestProgram
