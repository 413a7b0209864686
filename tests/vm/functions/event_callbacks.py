class Emitter:
    def __init__(self):
        self.handlers = {}
    def on(self, event):
        def register(fn):
            self.handlers.setdefault(event, []).append(fn)
            return fn
        return register
    def emit(self, event, *args):
        results = []
        for h in self.handlers.get(event, []):
            results.append(h(*args))
        return results
bus = Emitter()
log = []
@bus.on("save")
def audit(name):
    log.append(f"audit {name}")
    return "audited"
@bus.on("save")
def notify(name):
    log.append(f"notify {name}")
    return "notified"
bus.on("load")(lambda name: f"loaded {name}")
print(bus.emit("save", "doc1"), bus.emit("load", "doc2"), bus.emit("none"))
print(log)
print(audit("direct"), log[-1])
