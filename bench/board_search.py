"""Board-game search: N-queens by backtracking (all solutions) and a full tic-tac-toe
minimax with alpha-beta pruning from every opening move. Exercises recursion, lists,
tuples, sets and integer bit operations.

Usage: board_search.py [n]   (default 11: queens board size)
"""
import sys


def queens(n):
    """Count solutions with bitmasks, and also build the first solution explicitly."""
    full = (1 << n) - 1
    first = []

    def place(cols, d1, d2, row, path):
        if cols == full:
            if not first:
                first.extend(path)
            return 1
        total = 0
        free = full & ~(cols | d1 | d2)
        while free:
            bit = free & -free
            free ^= bit
            path.append(bit.bit_length() - 1)
            total += place(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1, row + 1, path)
            path.pop()
        return total

    return place(0, 0, 0, 0, []), first


def queens_lists(n):
    """A second, slower list-based solver used as a cross-check."""
    count = 0
    cols = []

    def safe(c):
        r = len(cols)
        for pr, pc in enumerate(cols):
            if pc == c or abs(pc - c) == r - pr:
                return False
        return True

    def solve():
        nonlocal count
        if len(cols) == n:
            count += 1
            return
        for c in range(n):
            if safe(c):
                cols.append(c)
                solve()
                cols.pop()

    solve()
    return count


LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def winner(board):
    for a, b, c in LINES:
        if board[a] != "." and board[a] == board[b] == board[c]:
            return board[a]
    return None


class Searcher:
    def __init__(self):
        self.nodes = 0
        self.full_nodes = 0

    def full_minimax(self, board, player):
        """Plain minimax over the whole game tree (no pruning)."""
        self.full_nodes += 1
        w = winner(board)
        if w is not None:
            return 1 if w == "X" else -1
        if "." not in board:
            return 0
        nxt = "O" if player == "X" else "X"
        scores = []
        for i in range(9):
            if board[i] == ".":
                board[i] = player
                scores.append(self.full_minimax(board, nxt))
                board[i] = "."
        return max(scores) if player == "X" else min(scores)

    def minimax(self, board, player, alpha, beta):
        self.nodes += 1
        w = winner(board)
        if w == "X":
            return 1
        if w == "O":
            return -1
        if "." not in board:
            return 0
        nxt = "O" if player == "X" else "X"
        if player == "X":
            best = -2
            for i in range(9):
                if board[i] == ".":
                    board[i] = player
                    best = max(best, self.minimax(board, nxt, alpha, beta))
                    board[i] = "."
                    alpha = max(alpha, best)
                    if alpha >= beta:
                        break
            return best
        best = 2
        for i in range(9):
            if board[i] == ".":
                board[i] = player
                best = min(best, self.minimax(board, nxt, alpha, beta))
                board[i] = "."
                beta = min(beta, best)
                if alpha >= beta:
                    break
        return best


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 11
    count, first = queens(n)
    check = queens_lists(min(n, 8))
    s = Searcher()
    values = []
    for opening in range(9):
        board = ["."] * 9
        board[opening] = "X"
        values.append(s.minimax(board, "O", -2, 2))
    full_value = s.full_minimax(["."] * 9, "X")
    print(f"first solution: {first}")
    print(f"checksum: board_search queens({n})={count} queens_lists({min(n, 8)})={check} "
          f"ttt={values} nodes={s.nodes} full={full_value}/{s.full_nodes}")


if __name__ == "__main__":
    main()
