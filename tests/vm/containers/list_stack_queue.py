stack = []
for i in range(5):
    stack.append(i * i)
    print("push", stack)
while stack:
    print("pop", stack.pop(), stack)
queue = []
for w in ["a", "b", "c"]:
    queue.append(w)
while queue:
    print("dequeue", queue.pop(0), queue)
ring = [None] * 4
head = 0
for v in range(10):
    ring[head] = v
    head = (head + 1) % len(ring)
print(ring, head)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for c in s:
        if c in "([{":
            st.append(c)
        elif c in pairs:
            if not st or st.pop() != pairs[c]:
                return False
    return not st
for s in ["([]{})", "([)]", "((", "", "{[()()]}"]:
    print(repr(s), balanced(s))
