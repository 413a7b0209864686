def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(r) for r in zip(*m)]
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
print(matmul(A, B))
print(transpose(A))
I = [[int(i == j) for j in range(3)] for i in range(3)]
print(I, matmul(A, I) == A)
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** c * m[0][c] * det([row[:c] + row[c + 1:] for row in m[1:]]) for c in range(len(m)))
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det([[1, 2], [3, 4]]))
P = [[1, 1], [1, 0]]
R = [[1, 0], [0, 1]]
for _ in range(30):
    R = matmul(R, P)
print(R)
spiral = []
m = [[r * 4 + c for c in range(4)] for r in range(4)]
while m:
    spiral += m.pop(0)
    m = [list(x) for x in zip(*m)][::-1]
print(spiral)
