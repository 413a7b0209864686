# difflib for Spry, written here from the module's documentation and from results
# observed on CPython 3.11.
#
# SequenceMatcher is Ratcliff/Obershelp "gestalt pattern matching": take the longest
# common run of the two sequences, then recurse on what lies left and right of it.
# Elements of b the caller declares junk, and (for b of 200 elements or more) elements
# that fill over 1% of b ("popular"), may not seed a run; a run found is then grown
# over equal neighbours, first non-junk ones (popular elements), then junk ones.
#
# HtmlDiff (side-by-side HTML tables) is not provided.

import re
from collections import namedtuple as _namedtuple
from heapq import nlargest as _nlargest
from types import GenericAlias

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher', 'Differ',
           'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff', 'unified_diff',
           'diff_bytes', 'Match']

Match = _namedtuple('Match', 'a b size')


def _share(matches, total):
    return 2.0 * matches / total if total else 1.0


class SequenceMatcher:

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        # b is the side that gets indexed, so matching one b against many a's
        # (set_seq2 once, then set_seq1 repeatedly) indexes it only once.
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        where = {}
        for index, element in enumerate(self.b):
            spots = where.get(element)
            if spots is None:
                where[element] = [index]
            else:
                spots.append(index)
        junk = set()
        if self.isjunk is not None:
            junk = {element for element in where if self.isjunk(element)}
            for element in junk:
                del where[element]
        popular = set()
        if self.autojunk and len(self.b) >= 200:
            most = len(self.b) // 100 + 1
            popular = {element for element, spots in where.items() if len(spots) > most}
            for element in popular:
                del where[element]
        self.b2j = where
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        a, b, where, junk = self.a, self.b, self.b2j, self.bjunk
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        # run_at[j]: length of the run of matches ending at the previous a element
        # and b[j]; the first longest run found wins, so ties go to the lowest i, j.
        start_a, start_b, size = alo, blo, 0
        run_at = {}
        for i in range(alo, ahi):
            runs_here = {}
            for j in where.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                length = run_at.get(j - 1, 0) + 1
                runs_here[j] = length
                if length > size:
                    start_a, start_b, size = i - length + 1, j - length + 1, length
            run_at = runs_here
        for grow_junk in (False, True):
            while (start_a > alo and start_b > blo
                   and (b[start_b - 1] in junk) == grow_junk
                   and a[start_a - 1] == b[start_b - 1]):
                start_a -= 1
                start_b -= 1
                size += 1
            while (start_a + size < ahi and start_b + size < bhi
                   and (b[start_b + size] in junk) == grow_junk
                   and a[start_a + size] == b[start_b + size]):
                size += 1
        return Match(start_a, start_b, size)

    def get_matching_blocks(self):
        if self.matching_blocks is not None:
            return self.matching_blocks
        len_a, len_b = len(self.a), len(self.b)
        found = []
        todo = [(0, len_a, 0, len_b)]
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            i, j, size = self.find_longest_match(alo, ahi, blo, bhi)
            if not size:
                continue
            found.append((i, j, size))
            if alo < i and blo < j:
                todo.append((alo, i, blo, j))
            if i + size < ahi and j + size < bhi:
                todo.append((i + size, ahi, j + size, bhi))
        found.sort()
        blocks = []
        for i, j, size in found:
            if blocks:
                pi, pj, psize = blocks[-1]
                if pi + psize == i and pj + psize == j:
                    blocks[-1] = (pi, pj, psize + size)
                    continue
            blocks.append((i, j, size))
        blocks.append((len_a, len_b, 0))
        self.matching_blocks = [Match(*block) for block in blocks]
        return self.matching_blocks

    def get_opcodes(self):
        if self.opcodes is not None:
            return self.opcodes
        codes = []
        i = j = 0
        for ai, bj, size in self.get_matching_blocks():
            if i < ai:
                codes.append(('replace' if j < bj else 'delete', i, ai, j, bj))
            elif j < bj:
                codes.append(('insert', i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                codes.append(('equal', ai, i, bj, j))
        self.opcodes = codes
        return codes

    def get_grouped_opcodes(self, n=3):
        codes = list(self.get_opcodes()) or [('equal', 0, 1, 0, 1)]
        if codes[0][0] == 'equal':
            codes[0] = _keep_tail(codes[0], n)
        if codes[-1][0] == 'equal':
            codes[-1] = _keep_head(codes[-1], n)
        hunk = []
        for code in codes:
            tag, i1, i2 = code[:3]
            if tag == 'equal' and i2 - i1 > 2 * n:
                # A long equal stretch closes the hunk with n lines and opens
                # the next one with the last n.
                hunk.append(_keep_head(code, n))
                yield hunk
                hunk = []
                code = _keep_tail(code, n)
            hunk.append(code)
        if hunk and not (len(hunk) == 1 and hunk[0][0] == 'equal'):
            yield hunk

    def ratio(self):
        matched = sum(block[2] for block in self.get_matching_blocks())
        return _share(matched, len(self.a) + len(self.b))

    def quick_ratio(self):
        # The size of the multiset intersection bounds the real number of matches.
        if self.fullbcount is None:
            counts = {}
            for element in self.b:
                counts[element] = counts.get(element, 0) + 1
            self.fullbcount = counts
        left = {}
        matched = 0
        for element in self.a:
            remaining = left.get(element)
            if remaining is None:
                remaining = self.fullbcount.get(element, 0)
            left[element] = remaining - 1
            if remaining > 0:
                matched += 1
        return _share(matched, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        len_a, len_b = len(self.a), len(self.b)
        return _share(min(len_a, len_b), len_a + len_b)

    __class_getitem__ = classmethod(GenericAlias)


def _keep_head(code, n):
    tag, i1, i2, j1, j2 = code
    return tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)


def _keep_tail(code, n):
    tag, i1, i2, j1, j2 = code
    return tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    matcher = SequenceMatcher()
    matcher.set_seq2(word)
    scored = []
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        # Cheap upper bounds first; ratio() is only computed for survivors.
        if (matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff
                and matcher.ratio() >= cutoff):
            scored.append((matcher.ratio(), candidate))
    return [candidate for score, candidate in _nlargest(n, scored)]


def IS_LINE_JUNK(line, pat=re.compile(r"\s*#?\s*$").match):
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    return ch in ws


def _marked(prefix, lines, lo, hi):
    for index in range(lo, hi):
        yield f'{prefix} {lines[index]}'


def _hint(line, marks):
    # Marks under unchanged whitespace copy it, so tabs keep the hint aligned.
    return ''.join(ch if mark == ' ' and ch.isspace() else mark
                   for ch, mark in zip(line, marks)).rstrip()


class Differ:
    # Lines of a replaced block are paired when similar enough (ratio over this).
    _SIMILAR = 0.75

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        for tag, alo, ahi, blo, bhi in SequenceMatcher(self.linejunk, a, b).get_opcodes():
            if tag == 'replace':
                yield from self._rewrite(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                yield from _marked('-', a, alo, ahi)
            elif tag == 'insert':
                yield from _marked('+', b, blo, bhi)
            else:
                yield from _marked(' ', a, alo, ahi)

    def _rewrite(self, a, alo, ahi, b, blo, bhi):
        """Diff a replaced block: anchor on its most similar pair of lines (an
        identical pair only if nothing is similar enough) and recurse around it."""
        chars = SequenceMatcher(self.charjunk)
        top = self._SIMILAR - 0.01
        similar = identical = None
        for j in range(blo, bhi):
            chars.set_seq2(b[j])
            for i in range(alo, ahi):
                if a[i] == b[j]:
                    if identical is None:
                        identical = (i, j)
                    continue
                chars.set_seq1(a[i])
                if (chars.real_quick_ratio() > top and chars.quick_ratio() > top
                        and chars.ratio() > top):
                    top = chars.ratio()
                    similar = (i, j)
        if top < self._SIMILAR:
            similar = None
            if identical is None:
                yield from self._replace_plainly(a, alo, ahi, b, blo, bhi)
                return
        i, j = similar or identical
        yield from self._rewrite_part(a, alo, i, b, blo, j)
        if similar is None:
            yield '  ' + a[i]
        else:
            yield from self._changed_line(a[i], b[j])
        yield from self._rewrite_part(a, i + 1, ahi, b, j + 1, bhi)

    def _rewrite_part(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi and blo < bhi:
            yield from self._rewrite(a, alo, ahi, b, blo, bhi)
        elif alo < ahi:
            yield from _marked('-', a, alo, ahi)
        elif blo < bhi:
            yield from _marked('+', b, blo, bhi)

    def _replace_plainly(self, a, alo, ahi, b, blo, bhi):
        # The shorter side comes first.
        removed = _marked('-', a, alo, ahi)
        added = _marked('+', b, blo, bhi)
        if bhi - blo < ahi - alo:
            yield from added
            yield from removed
        else:
            yield from removed
            yield from added

    def _changed_line(self, old, new):
        old_marks, new_marks = [], []
        for tag, i1, i2, j1, j2 in SequenceMatcher(self.charjunk, old, new).get_opcodes():
            if tag == 'replace':
                old_marks.append('^' * (i2 - i1))
                new_marks.append('^' * (j2 - j1))
            elif tag == 'delete':
                old_marks.append('-' * (i2 - i1))
            elif tag == 'insert':
                new_marks.append('+' * (j2 - j1))
            else:
                old_marks.append(' ' * (i2 - i1))
                new_marks.append(' ' * (j2 - j1))
        for prefix, line, marks in (('- ', old, old_marks), ('+ ', new, new_marks)):
            yield prefix + line
            hint = _hint(line, ''.join(marks))
            if hint:
                yield '? ' + hint + '\n'


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    if which not in (1, 2):
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % (which,))
    keep = ('  ', '- ' if which == 1 else '+ ')
    for line in delta:
        if line[:2] in keep:
            yield line[2:]


def _require_text(a, b, *names):
    for lines in (a, b):
        if lines and not isinstance(lines[0], str):
            raise TypeError('lines to compare must be str, not %s (%r)'
                            % (type(lines[0]).__name__, lines[0]))
    for name in names:
        if not isinstance(name, str):
            raise TypeError('all arguments must be str, not: %r' % (name,))


def _hunk_span_unified(start, stop):
    count = stop - start
    if count == 1:
        return str(start + 1)
    return '%d,%d' % (start + 1 if count else start, count)


def _hunk_span_context(start, stop):
    first = start + 1 if stop > start else start
    if stop - start <= 1:
        return str(first)
    return '%d,%d' % (first, stop)


def _file_header(mark, name, date, lineterm):
    return '%s %s%s%s' % (mark, name, '\t' + date if date else '', lineterm)


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='',
                 n=3, lineterm='\n'):
    _require_text(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    hunks = list(SequenceMatcher(None, a, b).get_grouped_opcodes(n))
    if hunks:  # an empty diff has no header
        yield _file_header('---', fromfile, fromfiledate, lineterm)
        yield _file_header('+++', tofile, tofiledate, lineterm)
    for hunk in hunks:
        yield '@@ -%s +%s @@%s' % (_hunk_span_unified(hunk[0][1], hunk[-1][2]),
                                  _hunk_span_unified(hunk[0][3], hunk[-1][4]), lineterm)
        for tag, i1, i2, j1, j2 in hunk:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            for line in a[i1:i2]:
                yield '-' + line
            for line in b[j1:j2]:
                yield '+' + line


_CONTEXT_MARK = {'replace': '! ', 'delete': '- ', 'insert': '+ ', 'equal': '  '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='',
                 n=3, lineterm='\n'):
    _require_text(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    hunks = list(SequenceMatcher(None, a, b).get_grouped_opcodes(n))
    if hunks:  # an empty diff has no header
        yield _file_header('***', fromfile, fromfiledate, lineterm)
        yield _file_header('---', tofile, tofiledate, lineterm)
    for hunk in hunks:
        yield '***************' + lineterm
        yield '*** %s ****%s' % (_hunk_span_context(hunk[0][1], hunk[-1][2]), lineterm)
        # Each side lists its lines only when the hunk changes something there.
        if any(code[0] in ('replace', 'delete') for code in hunk):
            for tag, i1, i2, j1, j2 in hunk:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield _CONTEXT_MARK[tag] + line
        yield '--- %s ----%s' % (_hunk_span_context(hunk[0][3], hunk[-1][4]), lineterm)
        if any(code[0] in ('replace', 'insert') for code in hunk):
            for tag, i1, i2, j1, j2 in hunk:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield _CONTEXT_MARK[tag] + line


def _bytes_as_text(value):
    try:
        return value.decode('ascii', 'surrogateescape')
    except AttributeError as exc:
        raise TypeError('all arguments must be bytes, not %s (%r)'
                        % (type(value).__name__, value)) from exc


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'',
               tofiledate=b'', n=3, lineterm=b'\n'):
    # Bytes pass through the str-based diff as ASCII with surrogate escapes.
    a = [_bytes_as_text(line) for line in a]
    b = [_bytes_as_text(line) for line in b]
    names = [_bytes_as_text(x) for x in (fromfile, tofile, fromfiledate, tofiledate)]
    for line in dfunc(a, b, *names, n, _bytes_as_text(lineterm)):
        yield line.encode('ascii', 'surrogateescape')
