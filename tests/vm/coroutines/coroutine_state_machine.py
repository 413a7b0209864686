class Signal:
    def __init__(self, name): self.name = name
    def __await__(self):
        value = yield self.name
        return value
async def vending():
    credit = 0
    while credit < 100:
        coin = await Signal(f"insert coin (credit {credit})")
        if coin not in (10, 25, 50):
            print("rejected", coin)
            continue
        credit += coin
    choice = await Signal("choose item")
    return f"vend {choice} with change {credit - 100}"
m = vending()
prompt = m.send(None)
for inp in [25, 3, 50, 10, 25, "cola"]:
    print(prompt, "<-", inp)
    try:
        prompt = m.send(inp)
    except StopIteration as e:
        print(e.value)
        break
