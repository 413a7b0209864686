import textwrap
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
alpha = "aaabbbcZ--- - .!?'\"1_\t\nxé"
for k in range(1500):
    s = ''.join(alpha[rnd(len(alpha))] for _ in range(rnd(60)))
    w = 1 + rnd(15)
    opts = dict(break_on_hyphens=bool(rnd(4)), break_long_words=bool(rnd(4)), drop_whitespace=bool(rnd(4)),
                fix_sentence_endings=bool(rnd(2)))
    if rnd(3) == 0:
        opts['max_lines'] = 1 + rnd(3)
        opts['placeholder'] = ['', '.', ' [...]'][rnd(3)]
    try:
        r = textwrap.wrap(s, w, **opts)
    except ValueError as e:
        r = 'VE ' + str(e)
    print(k, r)
    print(repr(textwrap.dedent(s.replace('a', ' '))), repr(textwrap.indent(s, '>')))
