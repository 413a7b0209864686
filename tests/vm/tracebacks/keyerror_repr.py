d = {}
d[("tuple", "key")]
