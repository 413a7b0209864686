e1 = ValueError("one")
e1.add_note("note on one")
eg = ExceptionGroup("grp", [e1])
eg.add_note("note on group")
raise eg
