# unittest.mock call objects: building, reprs, equality rules between calls and
# plain tuples, call_list(), _CallList containment and its wrapped repr.
from unittest.mock import Mock, call, ANY

print(repr(call), repr(call.a), repr(call.a.b(1, k=2)), repr(call()), repr(call(1)(2)))
print(repr(call(1)(2).a(b=3)), repr(call().x), repr(call.a(1).b(2)))
print(call(1, b=2, a=1), call.index(1), call.count(2))
print(tuple(call.foo(1)), tuple(call(1)), len(call.x(1, y=2)))
print(call(1).args, call.foo(1, a=2).kwargs, call.foo.args, call.foo.kwargs)
print(call.a(1).b(2).call_list(), call(1).call_list())

# equality: a named call insists on its name, an unnamed one does not
print(call(1) == call(1), call(1) != call(2), call.x(1) == call.y(1))
print(call.foo(1) == call(1), call(1) == call.foo(1))
print(call(1) == ((1,), {}), call(1) == ((1,),), call(a=1) == ({'a': 1},))
print(call.foo(1) == ('foo', (1,), {}), call.foo(1) == ('bar', (1,), {}))
print(('foo', (1,), {}) == call.foo(1), call.foo == ('foo',), call.foo == 'foo')
print(call(1) == 3, call(1) == (1,), call(1, ANY) == call(1, [2]), ANY == call(3))
print(call(1) in [call(2), call(1)], call.a.b(1) == call.a.b(1), call.a.b(1) == call.a.c(1))

m = Mock()
m(1)
m.x(2)
m.x.y(3, z=4)
print(m.call_args == call(1), m.call_args == ((1,),), m.call_args == (1,))
print(m.call_args[0], m.call_args[1], len(m.call_args), m.call_args.args)
print(m.mock_calls[1] == call.x(2), m.mock_calls[1] == call.y(2), m.mock_calls[1] == call(2))
print(m.x.call_args == call.x(2), m.x.call_args == call.y(2), call.x(2) == m.x.call_args)
name, args, kwargs = m.mock_calls[2]
print(name, args, kwargs)
print(m.call_args_list == [call(1)], m.call_args_list == [((1,),)])
print(call(1) in m.call_args_list, [call(1)] in m.call_args_list)
print([call.x(2), call.x.y(3, z=4)] in m.mock_calls, [call(1), call.x.y(3, z=4)] in m.mock_calls)
print(type(m.mock_calls).__name__, type(m.call_args).__name__)
print(m.method_calls, m.x.mock_calls, m.x.method_calls)

big = Mock()
for i in range(12):
    big(i, name='item%d' % i)
print(big.call_args_list)
print(str(big.call_args_list) == repr(big.call_args_list))

chain = Mock()
chain()()
chain.a()().b.c(7)
print(chain.mock_calls)
print(chain.a.mock_calls)
print(chain.return_value.mock_calls)
