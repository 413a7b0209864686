# Unusual whitespace, continuations, comments.
x = 1 + \
    2 + \
    3
if x and \
   y:
    pass
y = (1 +
     2
     + 3)
z = [
    1,
    2,  # comment inside brackets

    3,
]
d = {
    'a': 1,
        'b': 2,
  'c': 3,
}
def f(a,
        b,
    c):
    return (a
            + b
            + c)

if x:
    # comment at block start
    pass
    # trailing comment

    # blank lines with comments


if y:

    pass
x = 1	# tab before comment
if x:
	pass
if y:
		pass
class A:
    def m(self):
        if x:
            return 1

        return 2
x = 1 ; y = 2
x=1;y=2
print(1,2,3)
print ( 1 , 2 )
x = [ 1 , 2 ]
x  =  ( 1 )
  # indented comment at top level
x = 1
x = (   # comment after paren
    1)
s = '''
    docstring-like
'''
if True: x = 1; y = 2
while False: pass
for i in []: pass
else: pass
f(a
  )(b
  )
\
x = 1
