"""decimal: a money ledger (quantize to cents, several rounding modes, sums, interest) and
pi to 60 digits by Machin's formula with atan series in a high-precision context.
argv[1] = number of ledger entries."""
import sys
import time
from decimal import Decimal, localcontext, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN

def ledger(n):
    cent = Decimal('0.01')
    balance = Decimal('1000.00')
    fees = Decimal(0)
    seed = 12345
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        amount = Decimal(seed % 200000 - 100000) / 100
        rate = Decimal('0.0325') if i % 3 else Decimal('0.0199')
        interest = (balance * rate / 365).quantize(cent, ROUND_HALF_EVEN)
        fee = (abs(amount) * Decimal('0.0015')).quantize(cent, ROUND_HALF_UP)
        balance = (balance + amount + interest - fee).quantize(cent, ROUND_DOWN)
        fees += fee
    return balance, fees

def atan_inv(x, ctx_digits):
    # atan(1/x) = sum (-1)^k / ((2k+1) x^(2k+1))
    x = Decimal(x)
    x2 = x * x
    term = 1 / x
    total = term
    k = 1
    eps = Decimal(10) ** -(ctx_digits + 2)
    while abs(term) > eps:
        term = -term / x2
        total += term / (2 * k + 1)
        k += 1
    return total

def pi(digits):
    with localcontext() as c:
        c.prec = digits + 5
        p = 4 * (4 * atan_inv(5, digits) - atan_inv(239, digits))
    with localcontext() as c:
        c.prec = digits
        return +p

n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
t0 = time.perf_counter()
balance, fees = ledger(n)
p = None
for _ in range(n // 100):
    p = pi(60)
print('balance', balance, 'fees', fees)
print('pi', p)
print('checksum:', str(balance), str(fees), str(p)[-10:])
