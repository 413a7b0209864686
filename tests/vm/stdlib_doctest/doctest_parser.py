# doctest.DocTestParser: examples and the text between them, continuation lines,
# expected tracebacks (exc_msg), option directives, indentation rules and the
# parser's error messages; Example and DocTest objects; script_from_examples.
import doctest

parser = doctest.DocTestParser()
text = '''Intro text
    >>> x = 1
    >>> if x:
    ...     print('yes')
    yes
    >>> # just a comment
    swallowed want

  >>> raise KeyError('k')   # doctest: +ELLIPSIS, -NORMALIZE_WHITESPACE
  Traceback (most recent call last):
    File "x", line 1
  KeyError: 'k'
  and more
  >>> print('a')
  a
  <BLANKLINE>

end
'''
for piece in parser.parse(text, 'sample'):
    if isinstance(piece, doctest.Example):
        print('Example', repr(piece.source), repr(piece.want), repr(piece.exc_msg),
              piece.lineno, piece.indent, piece.options)
    else:
        print('text', repr(piece))
for source in ('>>>\n', '>>> \n', '>>> # c\n', '>>> # c\n... x\n', '>>>   \nfoo\n'):
    print(repr(source), [(e.source, e.want) for e in parser.get_examples(source)])
for bad in ('>>>x', '>>> a\n...b', '  >>> x\n  ... y\n ... z', 'a\n  >>> 1\n  1\n b\n',
            '>>> x # doctest: +NOPE', '>>> x # doctest: ELLIPSIS',
            '>>> # doctest: +ELLIPSIS', '>>> 1\n... 2 # doctest: +SKIP\n'):
    try:
        print(len(parser.get_examples(bad, 'nm')), 'examples')
    except ValueError as e:
        print('ValueError:', e)

e = doctest.Example('x', 'y', 'z', 3, 2, {8: True})
print(repr(e.source), repr(e.want), repr(e.exc_msg), e.lineno, e.indent, e.options)
print(e == doctest.Example('x\n', 'y\n', 'z\n', 3, 2, {8: True}), e == doctest.Example('x', 'q'))
print(repr(doctest.Example('', '').source), repr(doctest.Example('s', '').want))
print(hash(e) == hash(doctest.Example('x', 'y', 'z', 3, 2, {8: True})))
t = parser.get_doctest('>>> 1\n1\n>>> 2\n2\n', {'g': 1}, 'two', 'two.txt', 5)
print(t, t.name, t.filename, t.lineno, t.globs, len(t.examples), repr(t.docstring))
print(doctest.DocTest([], {}, 'none', None, None, ''))
print(parser.get_doctest('>>> 1\n1\n', {}, 'one', None, 0))
print(t == parser.get_doctest('>>> 1\n1\n>>> 2\n2\n', {'g': 1}, 'two', 'two.txt', 5))
print(sorted([parser.get_doctest('', {}, n, 'f', l) for n, l in (('b', 1), ('a', 2), ('a', None))]))
print(doctest.script_from_examples(text))
print(sorted(doctest.OPTIONFLAGS_BY_NAME.items(), key=lambda item: item[1]))
print(doctest.COMPARISON_FLAGS, doctest.REPORTING_FLAGS, doctest.register_optionflag('NEWFLAG'),
      doctest.register_optionflag('NEWFLAG'), doctest.BLANKLINE_MARKER, doctest.ELLIPSIS_MARKER)
