"""Spry's unittest: TestCase, suites, loaders, runners and unittest.main.

IsolatedAsyncioTestCase is imported on first use, so that `import unittest`
does not pull in asyncio."""

__all__ = """
    TestResult TestCase IsolatedAsyncioTestCase TestSuite TextTestRunner TestLoader
    FunctionTestCase main defaultTestLoader SkipTest skip skipIf skipUnless
    expectedFailure TextTestResult installHandler registerResult removeResult
    removeHandler addModuleCleanup doModuleCleanups enterModuleContext
    getTestCaseNames makeSuite findTestCases
""".split()

__unittest = True

from .case import (FunctionTestCase, SkipTest, TestCase, addModuleCleanup,
                   doModuleCleanups, enterModuleContext, expectedFailure, skip, skipIf,
                   skipUnless)
from .loader import (TestLoader, defaultTestLoader, findTestCases, getTestCaseNames,
                     makeSuite)
from .main import TestProgram, main
from .result import TestResult
from .runner import TextTestResult, TextTestRunner
from .signals import installHandler, registerResult, removeHandler, removeResult
from .suite import BaseTestSuite, TestSuite

# the old name, still accepted
_TextTestResult = TextTestResult


def __dir__():
    return list(globals()) + ['IsolatedAsyncioTestCase']


def __getattr__(name):
    if name == 'IsolatedAsyncioTestCase':
        from .async_case import IsolatedAsyncioTestCase
        globals()[name] = IsolatedAsyncioTestCase
        return IsolatedAsyncioTestCase
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
