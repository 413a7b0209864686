def parse_line(line):
    fields, cur, quoted, i = [], "", False, 0
    while i < len(line):
        c = line[i]
        if quoted:
            if c == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    cur += '"'
                    i += 1
                else:
                    quoted = False
            else:
                cur += c
        elif c == '"':
            quoted = True
        elif c == ",":
            fields.append(cur)
            cur = ""
        else:
            cur += c
        i += 1
    fields.append(cur)
    return fields

data = '''name,age,quote
"Smith, John",42,"He said ""hi"""
Ann,7,
"",,"a,b,c"'''
for line in data.splitlines():
    print(parse_line(line))
rows = [parse_line(l) for l in data.splitlines()[1:]]
print(sorted(r[0] for r in rows))
