# HTMLParser's callback sequence on well-formed and messy markup.
from html.parser import HTMLParser


class Recorder(HTMLParser):
    def __init__(self, **kw):
        self.events = []
        super().__init__(**kw)

    def handle_starttag(self, tag, attrs):
        self.events.append(('start', tag, attrs, self.getpos()))

    def handle_endtag(self, tag):
        self.events.append(('end', tag, self.getpos()))

    def handle_startendtag(self, tag, attrs):
        self.events.append(('startend', tag, attrs))

    def handle_data(self, data):
        self.events.append(('data', data))

    def handle_comment(self, data):
        self.events.append(('comment', data))

    def handle_decl(self, decl):
        self.events.append(('decl', decl))

    def handle_pi(self, data):
        self.events.append(('pi', data))

    def handle_charref(self, name):
        self.events.append(('charref', name))

    def handle_entityref(self, name):
        self.events.append(('entityref', name))

    def unknown_decl(self, data):
        self.events.append(('unknown_decl', data))


def show(doc, chunks=None, **kw):
    p = Recorder(**kw)
    for piece in (chunks or [doc]):
        p.feed(piece)
    p.close()
    print(repr(doc if chunks is None else chunks), kw)
    for e in p.events:
        print('   ', e)


show('<!DOCTYPE html>\n<html lang="en"><head><title>T &amp; U</title></head>'
     '<body class=main id=\'b\' hidden><p>One<br/>two<img src="a.png" alt=x />'
     '</p></body></html>')
show('<p>unclosed <b>bold <i>both</p> tail')
show('<script>if (a < b && c > d) { x = "</p>"; }</script><style>p>a{}</style>after')
show('<SCRIPT type="text/javascript">var s = "<b>";</Script >done')
show('x &amp; y &#65; &#x42; &copy &bogus; &nbsp;z &', convert_charrefs=False)
show('x &amp; y &#65; &#x42; &copy &bogus; &nbsp;z &lt', convert_charrefs=True)
show('<!-- a comment -- here --><?xml version="1.0"?><![CDATA[raw <data>]]><!weird>')
show('</ > </> <a href="x?a=1&amp;b=2" title=\'&lt;q&gt;\' data-x=  y checked/>')
show('< p> 3 < 4 <a <b c="d"> <div class="x"y="z">', convert_charrefs=False)
show(None, chunks=['<di', 'v cla', 'ss="a">te', 'xt &am', 'p; more</d', 'iv>'])
show(None, chunks=['&#6', '6; <scr', 'ipt>a</sc', 'ript>b'], convert_charrefs=False)
show('line1\n<a>\nline3<b\n c="d">x</b>')
p = Recorder()
p.feed('<a HREF="X" Class=Y>')
print(p.get_starttag_text(), p.lasttag)
