/**
 * Hostile HTML: each entry tries to run script, load a foreign resource, restyle the page or break out of the
 * markup. `articleFromHtml` and `articleToHtml` must leave all of them inert. Payloads call `alert`, so the
 * word "alert" surviving in the blocks means a payload got through (unless HTML itself makes it text:
 * `payloadAsText`, where the output must still show it only as escaped text).
 */
export const hostileHtml: readonly { name: string; html: string; payloadAsText?: true }[] = [
  // Script elements
  { name: 'script element', html: '<p>a</p><script>alert(1)</script>' },
  { name: 'script with src, upper case', html: '<SCRIPT SRC=//evil.example/alert.js></SCRIPT><p>a</p>' },
  { name: 'script inside a paragraph', html: '<p>a<script>alert(1)</script>b</p>' },
  { name: 'unterminated script', html: '<p>a</p><script>alert(1)' },
  { name: 'script in template', html: '<template><script>alert(1)</script></template>' },
  { name: 'script in noscript', html: '<noscript><script>alert(1)</script></noscript>' },
  {
    name: 'noscript attribute breakout',
    html: '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  },
  { name: 'textarea breakout', html: '<textarea><script>alert(1)</script></textarea>' },
  { name: 'xmp', html: '<xmp><script>alert(1)</script></xmp>' },
  { name: 'plaintext', html: '<plaintext><script>alert(1)</script>' },
  { name: 'comment hiding an image', html: '<!--<img src=x onerror=alert(1)>--><p>a</p>' },
  { name: 'conditional comment', html: '<!--[if IE]><script>alert(1)</script><![endif]--><p>a</p>' },
  // HTML has no CDATA: a browser shows "alert(1)]]>" as text, and so must we (escaped).
  { name: 'CDATA in HTML', html: '<![CDATA[<script>alert(1)</script>]]><p>a</p>', payloadAsText: true },
  // Event handlers
  { name: 'img onerror', html: '<img src=x onerror=alert(1)>' },
  { name: 'img onload on a good image', html: '<img src="https://ok.example/a.jpg" onload="alert(1)">' },
  {
    name: 'link onclick and onmouseover',
    html: '<a href="https://ok.example/" onclick="alert(1)" onmouseover=alert(1)>ok</a>',
  },
  { name: 'body onload', html: '<body onload=alert(1)><p>a</p></body>' },
  { name: 'details ontoggle', html: '<details open ontoggle=alert(1)><summary>a</summary>b</details>' },
  { name: 'marquee onstart', html: '<marquee onstart=alert(1)>a</marquee>' },
  { name: 'paragraph onfocus autofocus', html: '<p tabindex=1 autofocus onfocus=alert(1)>a</p>' },
  { name: 'frameset onload', html: '<frameset onload=alert(1)>' },
  { name: 'unclosed tag at end of input', html: '<p>a</p><img src=x onerror=alert(1)//' },
  { name: 'handler with entity-encoded name', html: '<img src=x &#111;nerror=alert(1)>' },
  // javascript:, data:, vbscript: in every URL attribute
  { name: 'href javascript:', html: '<a href="javascript:alert(1)">x</a>' },
  { name: 'href mixed case', html: '<a href="JaVaScRiPt:alert(1)">x</a>' },
  { name: 'href leading space', html: '<a href=" javascript:alert(1)">x</a>' },
  { name: 'href tab entity inside scheme', html: '<a href="java&#x09;script:alert(1)">x</a>' },
  { name: 'href newline entity inside scheme', html: '<a href="java&#10;script:alert(1)">x</a>' },
  { name: 'href carriage return inside scheme', html: '<a href="jav&#x0D;ascript:alert(1)">x</a>' },
  { name: 'href NUL inside scheme', html: '<a href="java\u0000script:alert(1)">x</a>' },
  { name: 'href control character before scheme', html: '<a href="\u0001javascript:alert(1)">x</a>' },
  {
    name: 'href fully entity-encoded',
    html: '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  },
  { name: 'href zero-padded entities', html: '<a href="&#0000106&#0000097&#0000118&#0000097script:alert(1)">x</a>' },
  { name: 'href hex entities', html: '<a href="&#x6A;&#x61;&#x76;&#x61;script&#x3A;alert(1)">x</a>' },
  { name: 'href named colon entity', html: '<a href="javascript&colon;alert(1)">x</a>' },
  { name: 'href vbscript:', html: '<a href="vbscript:alert(1)">x</a>' },
  { name: 'href data: HTML', html: '<a href="data:text/html,<script>alert(1)</script>">x</a>' },
  { name: 'href data: base64', html: '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>' },
  { name: 'src javascript:', html: '<img src="javascript:alert(1)">' },
  { name: 'src entity-encoded scheme', html: '<img src="&#x6A;avascript:alert(1)">' },
  { name: 'src data: SVG', html: '<img src="data:image/svg+xml,<svg onload=alert(1)>">' },
  { name: 'src unknown scheme', html: '<img src=x:alert(alt) onerror=eval(src) alt=0>' },
  { name: 'srcset', html: '<img srcset="javascript:alert(1) 1x, https://ok.example/a.jpg 2x">' },
  {
    name: 'picture source srcset',
    html: '<picture><source srcset="javascript:alert(1)"><img src="javascript:alert(1)"></picture>',
  },
  { name: 'lazy data-src javascript:', html: '<img data-src="javascript:alert(1)">' },
  { name: 'iframe src', html: '<iframe src="javascript:alert(1)"></iframe><p>a</p>' },
  { name: 'iframe srcdoc', html: '<iframe srcdoc="<script>alert(1)</script>"></iframe>' },
  { name: 'object data', html: '<object data="javascript:alert(1)"></object>' },
  { name: 'embed src', html: '<embed src="data:text/html,<script>alert(1)</script>">' },
  { name: 'form action', html: '<form action="javascript:alert(1)"><input type=submit value=Gửi></form>' },
  { name: 'button formaction', html: '<button formaction="javascript:alert(1)">x</button>' },
  { name: 'input formaction', html: '<input type=image src=x formaction="javascript:alert(1)">' },
  { name: 'isindex action', html: '<isindex action="javascript:alert(1)" type=image>' },
  { name: 'blockquote cite', html: '<blockquote cite="javascript:alert(1)"><p>q</p></blockquote>' },
  { name: 'q and del cite', html: '<p><q cite="javascript:alert(1)">q</q><del cite="javascript:alert(1)">d</del></p>' },
  {
    name: 'table background',
    html: '<table background="javascript:alert(1)"><tr><td background="javascript:alert(1)">x</td></tr></table>',
  },
  {
    name: 'video poster and source',
    html: '<video poster="javascript:alert(1)"><source src=x onerror=alert(1)></video>',
  },
  {
    name: 'area href in image map',
    html: '<img src="https://ok.example/a.jpg" usemap="#m"><map name="m"><area href="javascript:alert(1)"></map>',
  },
  { name: 'img longdesc', html: '<img src="https://ok.example/a.jpg" longdesc="javascript:alert(1)">' },
  { name: 'base href', html: '<base href="javascript:alert(1)//"><a href="x">x</a>' },
  { name: 'meta refresh', html: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)"><p>a</p>' },
  { name: 'link stylesheet', html: '<link rel="stylesheet" href="javascript:alert(1)"><p>a</p>' },
  { name: 'a with xlink:href', html: '<a xlink:href="javascript:alert(1)">x</a>' },
  // SVG and MathML tricks
  { name: 'svg onload', html: '<svg onload=alert(1)></svg><p>a</p>' },
  { name: 'svg script', html: '<svg><script>alert(1)</script></svg>' },
  { name: 'svg a xlink:href', html: '<svg><a xlink:href="javascript:alert(1)"><text x="0" y="20">x</text></a></svg>' },
  { name: 'svg animate onbegin', html: '<svg><animate onbegin=alert(1) attributeName=x dur=1s></svg>' },
  {
    name: 'svg set href',
    html: '<svg><a><set attributeName="href" to="javascript:alert(1)"/><text>x</text></a></svg>',
  },
  { name: 'svg use data:', html: '<svg><use href="data:image/svg+xml,<svg id=x onload=alert(1)>#x"/></svg>' },
  { name: 'svg foreignObject', html: '<svg><foreignObject><img src=x onerror=alert(1)></foreignObject></svg>' },
  { name: 'svg style breakout', html: '<svg><style><img src=x onerror=alert(1)></style></svg>' },
  { name: 'math href', html: '<math href="javascript:alert(1)">x</math>' },
  {
    name: 'math maction',
    html: '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">x</maction></math>',
  },
  {
    name: 'MathML namespace confusion (mXSS)',
    html: '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  },
  {
    name: 'math annotation-xml',
    html: '<math><annotation-xml encoding="text/html"><img src=x onerror=alert(1)></annotation-xml></math>',
  },
  // Styles
  { name: 'style element', html: '<style>p{background:url(javascript:alert(1))}</style><p>a</p>' },
  { name: 'style attribute url()', html: '<p style="background:url(javascript:alert(1))">a</p>' },
  { name: 'style attribute expression()', html: '<p style="width:expression(alert(1))">a</p>' },
  { name: 'style hiding an overlay', html: '<div style="position:fixed;top:0;left:0;width:100%;height:100%">a</div>' },
  // Malformed nesting and clobbering
  { name: 'misnested marks', html: '<p><b><i>a</b>b</i></p>' },
  {
    name: 'link inside link',
    html: '<a href="https://ok.example/"><div><a href="javascript:alert(1)">y</a></div></a>',
  },
  { name: 'table cell outside table', html: '<td onclick=alert(1)>a</td><tr><th>b</th></tr>' },
  { name: 'figcaption outside figure', html: '<figcaption onclick=alert(1)>a</figcaption>' },
  { name: 'unclosed attribute quote', html: '<a href="https://ok.example/ onclick=alert(1)>x</a><p>b</p>' },
  { name: 'attribute with backtick', html: '<img src=`x` onerror=alert(1)>' },
  { name: 'slash separated attribute', html: '<img/src="x"/onerror=alert(1)>' },
  {
    name: 'id and name clobbering',
    html: '<p id="__proto__" name="constructor"><img name="getElementById" src="https://ok.example/a.jpg"></p>',
  },
  { name: 'target blank tabnabbing', html: '<a href="https://ok.example/" target="_blank" rel="opener">x</a>' },
  { name: 'deep nesting', html: `${'<div>'.repeat(500)}<img src=x onerror=alert(1)>${'</div>'.repeat(500)}` },
];
