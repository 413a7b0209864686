class A:
    def m(self):
        return self.n()
    def n(self):
        return [][0]

A().m()
