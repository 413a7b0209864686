# email.policy / email._policybase: settings, clone, +, read-only attributes, the
# header hooks of compat32 and the modern policies, source refolding.
import email.policy as p
import email._policybase as pb
from email.header import Header

for pol in [pb.compat32, p.default, p.SMTP, p.SMTPUTF8, p.HTTP, p.strict, p.compat32,
            pb.Compat32(linesep='\n', max_line_length=3), p.default.clone(utf8=False),
            p.strict + p.SMTP, p.SMTP + p.strict, pb.compat32 + p.default]:
    print(repr(pol), pol.max_line_length, repr(pol.linesep), pol.cte_type, pol.raise_on_defect,
          pol.mangle_from_, getattr(pol.message_factory, '__name__', None))
print(p.default.utf8, p.default.refold_source, type(p.default.header_factory).__name__,
      type(p.default.content_manager).__name__, sorted(p.__all__), sorted(pb.__all__))
print(p.default.clone().header_factory is p.default.header_factory,
      p.strict.header_factory is p.default.header_factory,
      p.EmailPolicy().header_factory is p.default.header_factory,
      repr(p.EmailPolicy(header_factory=5)), list(p.default.clone(max_line_length=5).__dict__))
for f in [lambda: p.default.clone(bogus=1), lambda: p.EmailPolicy(bogus=1), lambda: pb.Compat32(x=1),
          lambda: setattr(p.default, 'linesep', 'x'), lambda: setattr(p.default, 'zzz', 1),
          lambda: p.default.header_store_parse('Subject', 'a\nb'), pb.Policy]:
    try:
        print(repr(f()))
    except (TypeError, AttributeError, ValueError) as e:
        print(type(e).__name__, e)
print(p.default.header_max_count('To'), p.default.header_max_count('X-Foo'),
      pb.compat32.header_max_count('To'), p.default.header_max_count('message-id'))
print(pb.compat32.header_source_parse(['Subject:  \thello\r\n', ' world\r\n']),
      p.default.header_source_parse(['Subject:hello\n', '\tworld\n']))
print(repr(p.default.header_fetch_parse('Subject', 'a\r\n b\n\tc')))
h = pb.compat32.header_fetch_parse('Subject', 'a\udcc3\udca9')
print(type(h).__name__, str(h), repr(pb.compat32.header_fetch_parse('Subject', 'abc')))
raw = 'a\udcc3\udca9'
print(repr(pb.compat32.fold('Subject', raw)), pb.compat32.fold_binary('Subject', raw),
      pb.compat32.clone(cte_type='7bit').fold_binary('Subject', raw))
print(repr(p.default.fold('Subject', raw)), p.default.fold_binary('Subject', raw),
      p.default.clone(cte_type='7bit').fold_binary('Subject', raw), p.SMTPUTF8.fold_binary('Subject', raw))
print(repr(p.default.fold('Subject', 'x ' * 50)), repr(p.default.clone(refold_source='none').fold('Subject', 'x ' * 50)))
print(repr(p.default.clone(refold_source='all').fold('Subject', 'x   y')))
print(repr(p.default.fold('Subject', 'short\n  folded')), repr(p.default.fold('To', 'a@b,\n c@d')))
print(repr(p.default.clone(max_line_length=10).fold('Subject', 'abc\n def')))
print(repr(p.default.fold('Subject', '')), repr(p.default.clone(refold_source='all').fold('Subject', '')))
try:
    p.default.fold_binary('Subject', 'é')  # a raw non-ASCII value is not refolded
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e.reason)
print(repr(p.SMTPUTF8.fold_binary('Subject', 'é')))
print(repr(pb.compat32.fold('Subject', 'x ' * 50)), repr(pb.compat32.clone(max_line_length=None).fold('Subject', 'x ' * 50)))
print(repr(pb.compat32.fold('X', Header('héllo', 'utf-8'))), repr(pb.compat32.clone(linesep='\r\n').fold('Subject', 'a\nb')))
print(repr(pb.compat32.fold('Subject', 'a\n\tb')), pb.compat32.fold_binary('Subject', 'é'))
name, h = p.default.header_store_parse('Subject', 'hello')
print(name, type(h).__name__, repr(p.default.fold('Subject', h)),
      p.default.header_store_parse('subject', h)[1] is h, p.default.header_store_parse('To', h)[1] is h)
print(pb.compat32.header_store_parse('X', 'a\nb'))


class Box:
    defects = []


for pol in (p.default, p.strict):
    try:
        pol.handle_defect(Box, ValueError('bad'))
        print('recorded', Box.defects)
    except ValueError as e:
        print('raised', e)
