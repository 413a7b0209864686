# html.escape/unescape and the HTML 4.01 entity tables of html.entities.
import html
import html.entities as ent

print(html.escape('<a href="x?a=1&b=2">O\'Neil & co</a>'), html.escape('"q" & \'s\'', quote=False), html.escape(''))
for s in ['&amp;&lt;&gt;&quot;&apos;', '&#65;&#x42;&#X43;&#0067', '&copy 2024 &reg;&trade;', '&eacute;t&eacute; &Eacute;',
          '&notit; &not;in &notin;', '&amp', '&AMP;&COPY;', '&nosuchname;', '& alone', '&#;', '&#x;', '&#xZZ;',
          '&#0;&#13;&#128;&#x80;&#x9F;&#129;', '&#xD800;&#x110000;&#1114111;', '&#1;&#11;&#127;&#xFFFE;&#x1FFFF;&#xFDD0;',
          '&lang;&rang;&alpha;&Omega;&sigmaf;', '&euro;&hellip;&mdash;&nbsp;|', '&#9731;&#x1F600;', 'no refs', '&&amp;&',
          '&amp;amp;', '&ltx', '&lt;x', '&quot', '&nbsp&nbsp;', '&ThisIsAVeryLongEntityNameThatIsOver32Chars;',
          '&#0000065;&#x0041;', '&#99999999999999999999;']:
    print(repr(s), repr(html.unescape(s)))
print(len(ent.name2codepoint), ent.name2codepoint['hearts'], ent.codepoint2name[8364], ent.entitydefs['eacute'], ent.entitydefs['Omega'])
print(sorted(ent.name2codepoint)[:10], sorted(ent.codepoint2name)[-5:], ent.html5['amp;'], ent.html5['gt'], ent.html5['lang;'])
print(sum(ent.name2codepoint.values()), sorted(ent.name2codepoint.items())[::25])
