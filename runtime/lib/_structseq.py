"""Named tuples in the style of C struct sequences (os.stat_result,
pwd.struct_passwd): built from one sequence, repr'd as module.name(...)."""


def make_struct_sequence(qualified_name, field_names):
    module, _, name = qualified_name.rpartition('.')
    n = len(field_names)

    def __new__(cls, sequence, dict=None):
        items = tuple(sequence)
        if len(items) != n:
            raise TypeError('%s() takes a %d-sequence (%d-sequence given)'
                            % (qualified_name, n, len(items)))
        return tuple.__new__(cls, items)

    def __repr__(self):
        return '%s(%s)' % (qualified_name, ', '.join(
            '%s=%r' % (field, value) for field, value in zip(field_names, self)))

    def __reduce__(self):
        return (type(self), (tuple(self),))

    namespace = {
        '__new__': __new__, '__repr__': __repr__, '__reduce__': __reduce__,
        '__slots__': (), '__module__': module,
        'n_sequence_fields': n, 'n_fields': n, 'n_unnamed_fields': 0,
    }
    for index, field in enumerate(field_names):
        namespace[field] = property(lambda self, i=index: tuple.__getitem__(self, i))
    return type(name, (tuple,), namespace)
