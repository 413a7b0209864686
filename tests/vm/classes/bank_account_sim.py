class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed, self.available = needed, available
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner, self.balance, self.log = owner, balance, []
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amt
        self.log.append(("dep", amt))
    def withdraw(self, amt):
        if amt > self.balance:
            raise InsufficientFunds(amt, self.balance)
        self.balance -= amt
        self.log.append(("wd", amt))
    def transfer(self, other, amt):
        self.withdraw(amt)
        other.deposit(amt)
    def __repr__(self):
        return f"Account#{self.id}({self.owner}, {self.balance})"
class Savings(Account):
    rate = 0.02
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest
a, s = Account("ann", 100), Savings("sam", 1000)
a.transfer(s, 30)
print(a, s, s.add_interest(), s)
for amt in (500, -5):
    try:
        a.withdraw(amt) if amt > 0 else a.deposit(amt)
    except InsufficientFunds as e:
        print("InsufficientFunds", e, e.needed, e.available)
    except ValueError as e:
        print("ValueError", e)
print(a.log, s.log)
