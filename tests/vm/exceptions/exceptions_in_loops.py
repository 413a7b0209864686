results = []
for v in ["1", "x", "3", None, "5"]:
    try:
        results.append(int(v))
    except ValueError:
        results.append("bad")
        continue
    except TypeError:
        results.append("none")
        break
    finally:
        results.append("f")
print(results)
def first_valid(items):
    for it in items:
        try:
            return 100 // it
        except ZeroDivisionError:
            continue
        finally:
            print("checked", it)
    return None
print(first_valid([0, 0, 5, 7]))
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise RuntimeError(count)
        break
    except RuntimeError as e:
        print("retry after", e)
print("count", count)
