a = 1
b = 0
c = a + a * (a // b) - 3
