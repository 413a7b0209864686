# __future__'s feature table: every feature's releases and compiler flag, the CO_* flags,
# __all__, and keyword's soft keywords next to the hard ones.
import __future__
import keyword

print(__future__.__all__)
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature, feature.getOptionalRelease() == feature.optional,
          feature.getMandatoryRelease() == feature.mandatory, hex(feature.compiler_flag))
print(sorted(n for n in dir(__future__) if n.startswith('CO_')))
print(__future__.CO_FUTURE_ANNOTATIONS == __future__.annotations.compiler_flag, __future__.CO_NESTED)
print(type(__future__.division).__name__, __future__.division.mandatory < (3,))
print([w for w in keyword.kwlist if w[0].isupper()], keyword.softkwlist, keyword.iskeyword('match'), keyword.issoftkeyword('match'))
try:
    keyword.issoftkeyword({})
except TypeError as e:
    print('TypeError', e)
