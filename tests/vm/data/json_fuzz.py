import json, random
r = random.Random(12345)
atoms = ['0', '-0', '1', '-12', '3.5', '1e5', '2E-3', '-0.5e+2', 'true', 'false', 'null', 'NaN', 'Infinity', '-Infinity',
         '"a"', '""', '"\\u00e9"', '"\\n\\t"', '"x\\"y"', '"\\ud83d\\ude00"', '"\u00e9\U0001f600"']
def gen(d):
    k = r.random()
    if d > 4 or k < 0.4:
        return r.choice(atoms)
    if k < 0.7:
        return '[' + r.choice(['', ' ', '\n']) + (', ' if r.random() < 0.5 else ',').join(gen(d + 1) for _ in range(r.randint(0, 4))) + ']'
    return '{' + ','.join('"k%d"%s:%s%s' % (i, r.choice(['', ' ']), r.choice(['', ' ']), gen(d + 1)) for i in range(r.randint(0, 4))) + '}'
noise = ['', ' ', ',', ']', '}', '[', '{', '"', ':', '\\', 'x', '1', '-', '.', 'e', '\x01', 'nul', 'tru', '\n']
for i in range(3000):
    s = gen(0)
    if r.random() < 0.7:
        p = r.randint(0, len(s))
        op = r.random()
        if op < 0.4:
            s = s[:p] + r.choice(noise) + s[p:]
        elif op < 0.7:
            s = s[:p] + s[p + 1:]
        else:
            s = s[:p]
    try:
        v = json.loads(s)
        out = json.dumps(v, sort_keys=True)
        out2 = json.dumps(v, indent=1, ensure_ascii=False)
        print('OK', out, len(out2))
    except json.JSONDecodeError as e:
        print('ERR', e)
    except Exception as e:
        print('EXC', type(e).__name__, e)
