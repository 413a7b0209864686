name = "x"
s = f'hello {name}'
s = f"{name!r}"
s = f"{name!s}"
s = f"{name!a}"
s = f"{name:>10}"
s = f"{name!r:>{width}}"
s = f"{value:{width}.{precision}f}"
s = f"{x=}"
s = f"{x = }"
s = f"{x=!s}"
s = f"{x=:10}"
s = f"{x=!r:^20}"
s = f"a{x=}b"
s = f"{{literal braces}}"
s = f"{{{x}}}"
s = f"{x:{{}}>}"
s = f"{x}" "plain" f"{y}"
s = "plain" f"{x}"
s = f"" ""
s = f""
s = f"no fields"
s = F"upper {x}"
s = rf"raw \n {x}"
s = fr'{x} \d'
s = Rf"{x}"
s = f"{a['key']}"
s = f'{a["key"]}'
s = f"{'nested' + name}"
s = f'{f"{inner}"}'
s = f"{x:{'>'}10}"
s = f"{3.14:.2f}"
s = f"{x!r}"
s = f"{x if y else z}"
s = f"{(lambda: 1)()}"
s = f"{ x }"
s = f"{x,}"
s = f"{*a,}"
s = f"{(a:=1)}"
s = f"{yield}"
s = f"{a:=1}"
s = f"{x:}"
s = f"{d[a]:{b}}"
s = f"{a!=b}"
s = f"{a==b}"
s = f"{a<b}"
s = f"{a>=b}"
s = f"""triple {x}
second line {y}
"""
s = f'''
{x}
'''
s = f"""{
x
}"""
s = f"{x:\n}" if False else 0
s = f"\n{x}\t"
s = f"\N{BULLET} {x}"
s = f"{x}\N{BULLET}"
s = u"a" f"{x}" "b"
s = (f"{a}"
     f"{b:>3}"
     f"{c:{d}}")
s = f"{x!r:{y}}"
s = f"{'{'}"
s = f"{'}'}"
s = f"{x:{y}{z}}"
s = f"{[1, 2][0]}"
s = f"{ {'a': 1}['a'] }"
s = f"{x}{y}{z}"
s = f"é{x}ü{y}"
s = f"{'é'}{x}"
s = (f"{a}"
     f"{b:>{c}xy}" f"{d:z}")
s = (f"{a:<{b}}"
     f"{c}")
