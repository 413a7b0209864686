import _main_check
print("my __name__:", __name__)
print("helper reports:", _main_check.where())
def main():
    print("main() called")
if __name__ == "__main__":
    main()
import sys
print(sys.modules["__main__"] is sys.modules[__name__], type(sys.modules["__main__"]).__name__)
print(__spec__ is None if "__spec__" in dir() else "no __spec__")
