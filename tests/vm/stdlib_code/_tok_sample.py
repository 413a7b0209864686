# sample for tokenize_edges
def f(x):
	return x ** 2  # square
