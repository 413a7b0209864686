def main():
    try:
        print("main running")
        raise SystemExit(7)
    finally:
        print("finally before exit")
main()
print("not printed")
