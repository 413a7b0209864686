def chain(cls):
    return [c.__name__ for c in cls.__mro__]
for cls in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnicodeDecodeError, RecursionError,
            NotImplementedError, StopIteration, StopAsyncIteration, GeneratorExit, KeyboardInterrupt,
            SystemExit, ModuleNotFoundError, UnboundLocalError, TabError, OverflowError, DeprecationWarning,
            BrokenPipeError, TimeoutError, ExceptionGroup, BaseExceptionGroup]:
    print(cls.__name__, chain(cls))
print(issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, Exception))
print(EnvironmentError is OSError, IOError is OSError)
try:
    raise SystemExit(0)
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException", type(e).__name__)
