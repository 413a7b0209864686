def work():
    try:
        print("working")
        return 1
    finally:
        print("cleaning up")
        [].pop()
work()
