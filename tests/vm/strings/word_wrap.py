text = ("Spry is a Python runtime written in C. It runs ordinary programs and hosts "
        "native extensions through two interfaces, with an adaptive interpreter and a JIT.")

def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines

for w in (20, 35, 60):
    print(f"--- width {w}")
    for ln in wrap(text, w):
        print(f"|{ln:<{w}}|")
print(max(len(l) for l in wrap(text, 10)))
print([len(l) for l in wrap(text, 25)])
