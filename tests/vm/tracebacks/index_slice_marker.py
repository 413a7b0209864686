s = "abc"
n = s[1:2][5]
