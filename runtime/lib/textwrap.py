# textwrap for Spry, written here from the module's documentation and from results
# observed on CPython 3.11.
#
# Text is cut into chunks (runs of blanks, words, and pieces of words where a line
# may break: after the hyphen of a hyphenated word, around an em-dash "--"), and
# chunks are packed greedily into lines.

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only these separate words; other Unicode spaces (such as U+00A0) stay inside words.
_BLANKS = '\t\n\x0b\x0c\r '
_BLANK_TO_SPACE = {ord(ch): ' ' for ch in _BLANKS}


def _is_word_char(ch):
    return ch.isalnum() or ch == '_'


def _is_letter(ch):
    return (ch.isalnum() or ch == '_') and not ch.isdecimal()


def _is_word_or_punct(ch):
    return _is_word_char(ch) or ch in '!"\'&.,?'


def _letter_at(word, index):
    return 0 <= index < len(word) and _is_letter(word[index])


def _dash_run_from(word, index):
    """Length of the run of hyphens starting at word[index]."""
    end = index
    while end < len(word) and word[end] == '-':
        end += 1
    return end - index


def _em_dash_at(word, index):
    # Two or more hyphens right after a word (or punctuation) and before a word.
    if index == 0 or not _is_word_or_punct(word[index - 1]):
        return 0
    run = _dash_run_from(word, index)
    if run >= 2 and index + run < len(word) and _is_word_char(word[index + run]):
        return run
    return 0


def _may_break_after_hyphen(word, at):
    # "ab-cd" and "a-b-cd" break after the hyphen at `at`; "a-b", "1-2", "-ab" do not.
    before = (_letter_at(word, at - 1) and
              (_letter_at(word, at - 2) or
               (at >= 3 and word[at - 2] == '-' and _letter_at(word, at - 3))))
    if not before or not _letter_at(word, at + 1):
        return False
    return _letter_at(word, at + 2) or (
        at + 2 < len(word) and word[at + 2] == '-' and _letter_at(word, at + 3))


def _word_pieces(word):
    """Cut a word without blanks at the places a line may break."""
    pieces = []
    start = 0
    while start < len(word):
        dash = _em_dash_at(word, start)
        if dash:
            pieces.append(word[start:start + dash])
            start += dash
            continue
        end = start + 1
        while end < len(word):
            if word[end] == '-' and _may_break_after_hyphen(word, end):
                end += 1
                break
            if _em_dash_at(word, end):
                break
            end += 1
        pieces.append(word[start:end])
        start = end
    return pieces


def _blank_and_word_runs(text):
    runs = []
    start = 0
    while start < len(text):
        blank = text[start] in _BLANKS
        end = start + 1
        while end < len(text) and (text[end] in _BLANKS) == blank:
            end += 1
        runs.append(text[start:end])
        start = end
    return runs


def _ends_sentence(chunk):
    # A lowercase letter, then . ! or ?, then maybe a closing quote.
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


def _is_blank(chunk):
    return not chunk.strip()


class TextWrapper:

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *,
                 max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def wrap(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(_BLANK_TO_SPACE)
        chunks = []
        for run in _blank_and_word_runs(text):
            if self.break_on_hyphens and run[0] not in _BLANKS:
                chunks.extend(_word_pieces(run))
            else:
                chunks.append(run)
        if self.fix_sentence_endings:
            for index in range(len(chunks) - 1):
                if chunks[index + 1] == ' ' and _ends_sentence(chunks[index]):
                    chunks[index + 1] = '  '
        return self._pack(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))

    def _pack(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        at = 0
        while at < len(chunks):
            prefix = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(prefix)
            if self.drop_whitespace and lines and _is_blank(chunks[at]):
                at += 1     # no line but the first starts with blanks
            line = []
            used = 0
            while at < len(chunks) and used + len(chunks[at]) <= room:
                used += len(chunks[at])
                line.append(chunks[at])
                at += 1
            if at < len(chunks) and len(chunks[at]) > room:
                at = self._place_long_chunk(chunks, at, line, used, room)
                used = sum(map(len, line))
            if self.drop_whitespace and line and _is_blank(line[-1]):
                used -= len(line.pop())
            if not line:
                continue
            rest_is_blank = at >= len(chunks) or (
                self.drop_whitespace and at == len(chunks) - 1 and _is_blank(chunks[at]))
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or (rest_is_blank and used <= room)):
                lines.append(prefix + ''.join(line))
                continue
            self._end_with_placeholder(lines, prefix, line, used, room)
            break
        return lines

    def _place_long_chunk(self, chunks, at, line, used, room):
        """chunks[at] is longer than a whole line: put its head on this line (cut
        after its last hyphen that fits, when there is one), or the whole chunk when
        long words may not be broken and the line is empty. Returns the next index."""
        chunk = chunks[at]
        space = room - used if room >= 1 else 1
        if self.break_long_words:
            cut = space
            if self.break_on_hyphens and len(chunk) > space:
                hyphen = chunk.rfind('-', 0, space)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    cut = hyphen + 1
            line.append(chunk[:cut])
            chunks[at] = chunk[cut:]
        elif not line:
            line.append(chunk)
            at += 1
        return at

    def _end_with_placeholder(self, lines, prefix, line, used, room):
        # Drop words from the end of the last line until the placeholder fits.
        while line:
            if not _is_blank(line[-1]) and used + len(self.placeholder) <= room:
                lines.append(prefix + ''.join(line) + self.placeholder)
                return
            used -= len(line.pop())
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(self.placeholder) <= self.width:
                lines[-1] = previous + self.placeholder
                return
        lines.append(prefix + self.placeholder.lstrip())


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


def dedent(text):
    lines = text.split('\n')
    margin = None
    for index, line in enumerate(lines):
        body = line.lstrip(' \t')
        if not body:
            lines[index] = ''       # lines of only spaces and tabs become empty
            continue
        lead = line[:len(line) - len(body)]
        if margin is None:
            margin = lead
        else:
            common = 0
            while common < min(len(margin), len(lead)) and margin[common] == lead[common]:
                common += 1
            margin = margin[:common]
    if margin:
        lines = [line[len(margin):] for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
