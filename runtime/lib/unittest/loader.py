"""TestLoader: builds suites from classes, modules, dotted names and directories."""

import functools
import os
import re
import sys
import traceback
import types
import warnings
from fnmatch import fnmatch, fnmatchcase

from . import case, suite, util

__unittest = True

# a file discovery may import as a test module
VALID_MODULE_NAME = re.compile(r'[_a-z]\w*\.py$', re.IGNORECASE)


class _FailedTest(case.TestCase):
    """Stands for a test that could not be loaded; running it raises the error."""

    _testMethodName = None

    def __init__(self, method_name, exception):
        self._ut_load_error = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            raise AttributeError(name)
        error = self._ut_load_error

        def raise_load_error():
            raise error
        return raise_load_error


def _failed_suite(name, exception, suite_class, message):
    """A suite of one test that raises exception, and the message for loader.errors."""
    return suite_class((_FailedTest(name, exception),)), message


def _failed_import(name, suite_class):
    """For the ImportError being handled."""
    message = 'Failed to import test module: %s\n%s' % (name, traceback.format_exc())
    return _failed_suite(name, ImportError(message), suite_class, message)


def _skipped_module(name, exception, suite_class):
    """A suite of one test that is skipped with the SkipTest a module raised on import."""
    @case.skip(str(exception))
    def skipped(self):
        pass
    module_class = type("ModuleSkipped", (case.TestCase,), {name: skipped})
    return suite_class((module_class(name),))


def _without_extension(path):
    return os.path.splitext(path)[0]


class TestLoader(object):
    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(util.three_way_cmp)
    testNamePatterns = None
    suiteClass = suite.TestSuite
    _top_level_dir = None

    def __init__(self):
        super().__init__()
        self.errors = []
        # packages whose own directory discovery is loading now (against loops)
        self._ut_packages_in_progress = set()

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. "
                            "Maybe you meant to derive from TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass([testCaseClass(name) for name in names])

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        if args or 'use_load_tests' in kws:
            warnings.warn('use_load_tests is deprecated and ignored', DeprecationWarning)
            kws.pop('use_load_tests', None)
        if len(args) > 1:
            raise TypeError('loadTestsFromModule() takes 1 positional argument but '
                            '{} were given'.format(len(args) + 1))
        if kws:
            raise TypeError("loadTestsFromModule() got an unexpected keyword argument "
                            "'{}'".format(min(kws)))
        found = []
        for name in dir(module):
            value = getattr(module, name)
            if isinstance(value, type) and issubclass(value, case.TestCase):
                found.append(self.loadTestsFromTestCase(value))
        tests = self.suiteClass(found)
        load_tests = getattr(module, 'load_tests', None)
        if load_tests is None:
            return tests
        try:
            return load_tests(self, tests, pattern)
        except Exception as exc:
            message = 'Failed to call load_tests:\n%s' % (traceback.format_exc(),)
            failed, message = _failed_suite(module.__name__, exc, self.suiteClass, message)
            self.errors.append(message)
            return failed

    def loadTestsFromName(self, name, module=None):
        parts = name.split('.')
        import_failure = None
        if module is None:
            # import the longest prefix of the name that is a module
            for count in range(len(parts), 0, -1):
                try:
                    module = __import__('.'.join(parts[:count]))
                    break
                except ImportError:
                    import_failure = _failed_import(parts[count - 1], self.suiteClass)
            else:
                self.errors.append(import_failure[1])
                return import_failure[0]
            parts = parts[1:]
        parent, obj = None, module
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError:
                if getattr(obj, '__path__', None) is not None and import_failure is not None:
                    # a submodule that failed to import: report the import error
                    failed, message = import_failure
                else:
                    failed, message = _failed_suite(
                        part, sys.exc_info()[1], self.suiteClass,
                        'Failed to access attribute:\n%s' % (traceback.format_exc(),))
                self.errors.append(message)
                return failed
        return self._ut_tests_from_object(obj, parent, parts)

    def _ut_tests_from_object(self, obj, parent, parts):
        if isinstance(obj, types.ModuleType):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, case.TestCase):
            return self.loadTestsFromTestCase(obj)
        if (isinstance(obj, types.FunctionType) and isinstance(parent, type)
                and issubclass(parent, case.TestCase)):
            instance = parent(parts[-1])
            # a plain function stored on the class (static method) is called below
            if not isinstance(getattr(instance, parts[-1]), types.FunctionType):
                return self.suiteClass([instance])
        elif isinstance(obj, suite.TestSuite):
            return obj
        if not callable(obj):
            raise TypeError("don't know how to make test from: %s" % obj)
        made = obj()
        if isinstance(made, suite.TestSuite):
            return made
        if isinstance(made, case.TestCase):
            return self.suiteClass([made])
        raise TypeError("calling %s returned %s, not a test" % (obj, made))

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
        prefix = self.testMethodPrefix
        patterns = self.testNamePatterns

        def wanted(attr):
            if not attr.startswith(prefix) or not callable(getattr(testCaseClass, attr)):
                return False
            if patterns is None:
                return True
            full = '%s.%s.%s' % (testCaseClass.__module__, testCaseClass.__qualname__, attr)
            return any(fnmatchcase(full, p) for p in patterns)

        names = [attr for attr in dir(testCaseClass) if wanted(attr)]
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    # -- discovery --

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        implicit_top = False
        if top_level_dir is None:
            if self._top_level_dir is not None:
                top_level_dir = self._top_level_dir
            else:
                implicit_top = True
                top_level_dir = start_dir
        top_level_dir = os.path.abspath(top_level_dir)
        if top_level_dir not in sys.path:
            sys.path.insert(0, top_level_dir)
        self._top_level_dir = top_level_dir

        importable = True
        if os.path.isdir(os.path.abspath(start_dir)):
            start_dir = os.path.abspath(start_dir)
            if start_dir != top_level_dir:
                importable = os.path.isfile(os.path.join(start_dir, '__init__.py'))
        else:
            # a dotted module name rather than a directory
            try:
                __import__(start_dir)
            except ImportError:
                importable = False
            else:
                start_module = sys.modules[start_dir]
                start_dir = self._ut_module_directory(start_module)
                if implicit_top:
                    top_name = start_module.__name__.split('.')[0]
                    self._top_level_dir = self._ut_containing_directory(top_name)
                    sys.path.remove(top_level_dir)
        if not importable:
            raise ImportError('Start directory is not importable: %r' % start_dir)
        return self.suiteClass(list(self._ut_walk(start_dir, pattern)))

    @staticmethod
    def _ut_module_directory(module):
        location = getattr(module, '__file__', None)
        if location is not None:
            return os.path.abspath(os.path.dirname(location))
        spec = getattr(module, '__spec__', None)
        if spec is not None and spec.submodule_search_locations:
            # a namespace package: only one location can be discovered
            locations = list(spec.submodule_search_locations)
            if len(locations) == 1:
                return os.path.abspath(locations[0])
        raise TypeError('Can not use builtin modules as dotted module names') from None

    def _ut_containing_directory(self, module_name):
        module = sys.modules[module_name]
        directory = self._ut_module_directory(module)
        if os.path.basename(getattr(module, '__file__', '') or '').lower().startswith('__init__.py'):
            return os.path.dirname(directory)
        return directory

    def _ut_dotted_name(self, path):
        if path == self._top_level_dir:
            return '.'
        relative = os.path.relpath(_without_extension(os.path.normpath(path)),
                                   self._top_level_dir)
        assert not os.path.isabs(relative), "Path must be within the project"
        assert not relative.startswith('..'), "Path must be within the project"
        return relative.replace(os.path.sep, '.')

    def _ut_import(self, name):
        __import__(name)
        return sys.modules[name]

    def _ut_walk(self, start_dir, pattern):
        """Yield the suites found under start_dir, in sorted directory order."""
        name = self._ut_dotted_name(start_dir)
        if name != '.' and name not in self._ut_packages_in_progress:
            tests, descend = self._ut_load_path(start_dir, pattern)
            if tests is not None:
                yield tests
            if not descend:
                return
        for entry in sorted(os.listdir(start_dir)):
            path = os.path.join(start_dir, entry)
            tests, descend = self._ut_load_path(path, pattern)
            if tests is not None:
                yield tests
            if descend:
                package = self._ut_dotted_name(path)
                self._ut_packages_in_progress.add(package)
                try:
                    yield from self._ut_walk(path, pattern)
                finally:
                    self._ut_packages_in_progress.discard(package)

    def _ut_load_path(self, path, pattern):
        """(suite or None, whether to look inside path) for one directory entry."""
        if os.path.isfile(path):
            base = os.path.basename(path)
            if not VALID_MODULE_NAME.match(base) or not fnmatch(base, pattern):
                return None, False
            name = self._ut_dotted_name(path)
            module = self._ut_import_for_discovery(name)
            if not isinstance(module, types.ModuleType):
                return module, False
            self._ut_check_location(module, path)
            return self.loadTestsFromModule(module, pattern=pattern), False
        if not os.path.isdir(path) or not os.path.isfile(os.path.join(path, '__init__.py')):
            return None, False
        name = self._ut_dotted_name(path)
        package = self._ut_import_for_discovery(name)
        if not isinstance(package, types.ModuleType):
            return package, False
        self._ut_packages_in_progress.add(name)
        try:
            tests = self.loadTestsFromModule(package, pattern=pattern)
        finally:
            self._ut_packages_in_progress.discard(name)
        # a package with load_tests takes charge of its own directory
        return tests, getattr(package, 'load_tests', None) is None

    def _ut_import_for_discovery(self, name):
        """The module, or the suite that reports why it could not be imported."""
        try:
            return self._ut_import(name)
        except case.SkipTest as exc:
            return _skipped_module(name, exc, self.suiteClass)
        except:
            failed, message = _failed_import(name, self.suiteClass)
            self.errors.append(message)
            return failed

    @staticmethod
    def _ut_check_location(module, path):
        imported = _without_extension(os.path.realpath(
            os.path.abspath(getattr(module, '__file__', path))))
        expected = _without_extension(os.path.realpath(path))
        if imported.lower() != expected.lower():
            raise ImportError(
                "%r module incorrectly imported from %r. Expected %r. Is this module "
                "globally installed?" % (_without_extension(os.path.basename(path)),
                                         os.path.dirname(imported), os.path.dirname(path)))


defaultTestLoader = TestLoader()


def _configured_loader(prefix, sort_using, suite_class=None, name_patterns=None):
    loader = TestLoader()
    loader.sortTestMethodsUsing = sort_using
    loader.testMethodPrefix = prefix
    loader.testNamePatterns = name_patterns
    if suite_class:
        loader.suiteClass = suite_class
    return loader


def _warn_removal(name, replacement):
    warnings.warn("unittest.%s() is deprecated and will be removed in Python 3.13. "
                  "Please use unittest.TestLoader.%s() instead." % (name, replacement),
                  DeprecationWarning, stacklevel=3)


def getTestCaseNames(testCaseClass, prefix, sortUsing=util.three_way_cmp,
                     testNamePatterns=None):
    _warn_removal('getTestCaseNames', 'getTestCaseNames')
    return _configured_loader(prefix, sortUsing, name_patterns=testNamePatterns
                              ).getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=util.three_way_cmp,
              suiteClass=suite.TestSuite):
    _warn_removal('makeSuite', 'loadTestsFromTestCase')
    return _configured_loader(prefix, sortUsing, suiteClass).loadTestsFromTestCase(
        testCaseClass)


def findTestCases(module, prefix='test', sortUsing=util.three_way_cmp,
                  suiteClass=suite.TestSuite):
    _warn_removal('findTestCases', 'loadTestsFromModule')
    return _configured_loader(prefix, sortUsing, suiteClass).loadTestsFromModule(module)
