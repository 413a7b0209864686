x = ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
y = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
z = {{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{1}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}
w = --------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------1
v = not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not x
u = a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a
t = a.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b
s = f(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)
r = lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: 0
q = a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else c
p = [x for x in [x for x in [x for x in [x for x in [x for x in [x for x in [x for x in [x for x in [x for x in [x for x in [x for x in [x for x in [x for x in [x for x in [x for x in [x for x in [x for x in [x for x in [x for x in [x for x in [x for x in [x for x in [x for x in [x for x in [x for x in [x for x in [x for x in [x for x in [x for x in [x for x in y]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
o = 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 1 < 2
n = a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b or a and b
m = a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** b
l = f'{x}'
if x:
 if x:
  if x:
   if x:
    if x:
     if x:
      if x:
       if x:
        if x:
         if x:
          if x:
           if x:
            if x:
             if x:
              if x:
               if x:
                if x:
                 if x:
                  if x:
                   if x:
                    if x:
                     if x:
                      if x:
                       if x:
                        if x:
                         if x:
                          if x:
                           if x:
                            if x:
                             if x:
                              if x:
                               if x:
                                if x:
                                 if x:
                                  if x:
                                   if x:
                                    if x:
                                     if x:
                                      if x:
                                       if x:
                                        if x:
                                         if x:
                                          if x:
                                           if x:
                                            if x:
                                             if x:
                                              if x:
                                               if x:
                                                if x:
                                                 if x:
                                                  if x:
                                                   if x:
                                                    if x:
                                                     if x:
                                                      if x:
                                                       if x:
                                                        if x:
                                                         if x:
                                                          if x:
                                                           if x:
                                                            if x:
                                                             if x:
                                                              if x:
                                                               if x:
                                                                if x:
                                                                 if x:
                                                                  if x:
                                                                   if x:
                                                                    if x:
                                                                     if x:
                                                                      if x:
                                                                       if x:
                                                                        if x:
                                                                         if x:
                                                                          if x:
                                                                           if x:
                                                                            if x:
                                                                             if x:
                                                                              if x:
                                                                               if x:
                                                                                if x:
                                                                                 if x:
                                                                                  if x:
                                                                                   if x:
                                                                                    if x:
                                                                                     if x:
                                                                                      if x:
                                                                                       if x:
                                                                                        if x:
                                                                                         if x:
                                                                                          pass
