def f():
	if True:
		return 1 / 0

f()
