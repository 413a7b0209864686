# doctest: testmod over this module's docstrings (passes, failures, exceptions,
# option flags), verbose and quiet reports, run_docstring_examples, DocTestParser.
"""Module docstring.

>>> 1 + 1
2
"""
import doctest
import sys


def add(a, b):
    """Add two things.

    >>> add(2, 3)
    5
    >>> add('a', 'b')
    'ab'
    >>> add(1, 1)
    3
    >>> print('x\\ny')
    x
    y
    >>> [1, 2, 3]    # doctest: +ELLIPSIS
    [1, ...]
    >>> print('a   b')  # doctest: +NORMALIZE_WHITESPACE
    a b
    >>> print('')
    <BLANKLINE>
    """
    return a + b


def boom():
    """
    >>> boom()
    Traceback (most recent call last):
      ...
    ValueError: bad thing
    >>> boom()  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: another message
    >>> undefined_name  # doctest: +SKIP
    1
    """
    raise ValueError("bad thing")


class Thing:
    """
    >>> Thing().value
    42
    >>> Thing.value - 42
    nothing
    >>> print(Thing().value)
    """
    value = 42

    def method(self):
        """
        >>> Thing().method()
        'm'
        """
        return 'm'


def quiet():
    """
    >>> x = 5
    >>> x * 2
    10
    """


print(doctest.testmod())
print(doctest.testmod(verbose=True, report=True))
doctest.run_docstring_examples(quiet, {}, verbose=True, name="quiet")
parser = doctest.DocTestParser()
examples = parser.get_examples(add.__doc__)
print(len(examples), [(e.source, e.want, e.lineno, e.options) for e in examples[:2]])
print([e.exc_msg for e in parser.get_examples(boom.__doc__)])
test = parser.get_doctest(">>> 2 * 21\n42\n", {}, "adhoc", "adhoc.txt", 0)
print(test)
runner = doctest.DocTestRunner(verbose=False)
print(runner.run(test))
print(doctest.script_from_examples(add.__doc__).splitlines()[:6])
try:
    parser.get_examples(">>>bad")
except ValueError as e:
    print("ValueError:", e)
