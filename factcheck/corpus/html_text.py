"""An HTML article reduced to the text a reader sees, with the standard library's HTML parser.

A real parser, not a regular expression: scripts, styles and comments are
dropped, entities decoded, and block elements (p, div, h1–h6, li, br, tr …)
end a line, so sentences and evidence lines follow the page's paragraphs.
The text returned is the source text: evidence offsets index it.

A saved news page is more than its article: menus, sidebars of other
stories («اقرأ أيضا») and footers.  Their headlines are about other events,
with other numbers and dates, and read as the article they would contradict
its claims.  So what a page marks as around the article goes (``nav``,
``aside``, ``footer`` …, and elements whose ``role`` says navigation,
sidebar or page footer, or that are hidden), and a page that marks its
article (one ``<main>``, else one ``<article>``) is that element and the
page's headline, when it holds at least half the page's text (a lone teaser
card in a page whose story sits in plain ``div``s is not the article).  A
page that marks nothing keeps all its visible text, and so does a page whose
left-out part never ends (a ``<div>`` left open would take the article with
it).  Kept in the standard library: a boilerplate remover such as
trafilatura guesses the article from text density, which a short news item
(a headline and two paragraphs) can fail.
"""

from __future__ import annotations

from collections.abc import Iterable
from html.parser import HTMLParser

__all__ = ["html_to_text"]

_SKIP = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe"})
# Around the article, not in it: navigation, sidebars, page furniture.
# Not ``form``: a page built with ASP.NET Web Forms holds all its body in one.
_AROUND = frozenset({"nav", "aside", "footer", "button", "select", "menu", "dialog"})
_AROUND_ROLES = frozenset({"navigation", "complementary", "contentinfo", "search", "menu", "menubar"})
# Elements whose end tag may be left out (a browser ends a <p> at the next <p> or <div>): never left out
# as "around", whose end would then never come.  Nor is a ``hidden`` <html> or <body> (a page saved while
# a script hid it), nor ``aria-hidden`` (a screen reader's, not the eye's: pop-up libraries set it on the
# whole page behind them).
_OPTIONAL_END = frozenset({
    "p", "li", "dt", "dd", "td", "th", "tr", "thead", "tbody", "tfoot", "option", "optgroup", "colgroup",
    "caption", "rb", "rt", "rp", "html", "body",
})
_VOID = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
})
_BLOCK = frozenset({
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
    "article", "main", "header", "footer", "blockquote", "pre", "figcaption", "title", "hr", "dd", "dt",
})
_MARKS = ("main", "article")  # the article's own element, in order of trust
_HEADLINE = "h1"


class _Text(HTMLParser):
    """The page's text in parts, each with the marks (``main``, ``article``, ``h1``) it stands inside.

    ``reduce``: what is around the article is left out (else only what is never shown: scripts, styles …).
    """

    def __init__(self, *, reduce: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.reduce = reduce
        self.parts: list[tuple[str, frozenset[str]]] = []
        self.skipping: list[str] = []  # the tags of the elements left out that are open, innermost last
        self.open: dict[str, int] = dict.fromkeys((*_MARKS, _HEADLINE), 0)
        self.seen: dict[str, int] = dict.fromkeys((*_MARKS, _HEADLINE), 0)

    def _inside(self) -> frozenset[str]:
        return frozenset(mark for mark, n in self.open.items() if n)

    def _around(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        if not self.reduce or tag in _OPTIONAL_END or tag in _VOID:
            return False
        values = dict(attrs)
        roles = (values.get("role") or "").lower().split()
        hidden = "hidden" in values and (values["hidden"] or "").strip().lower() != "until-found"
        return tag in _AROUND or hidden or any(role in _AROUND_ROLES for role in roles)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skipping:
            if tag == "body" and self.skipping[0] == "head":
                self.skipping.clear()  # a <head> left open ends where the body begins
            else:
                if tag == self.skipping[0]:  # never a void tag: none is left out
                    self.skipping.append(tag)  # the same tag nested: its end is not the skipped element's
                return
        if tag in _SKIP or self._around(tag, attrs):
            self.skipping.append(tag)
            return
        if tag in self.open and self.reduce:
            self.open[tag] += 1
            self.seen[tag] += 1
        if tag in _BLOCK:
            self.parts.append(("\n", self._inside()))

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            if tag == self.skipping[0]:
                self.skipping.pop()
            return
        if tag in _BLOCK:
            self.parts.append(("\n", self._inside()))
        if tag in self.open and self.open[tag]:
            self.open[tag] -= 1

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append((data, self._inside()))

    def text(self) -> str:
        """The marked article's text when the page marks one (a single ``main``, else a single ``article``)
        holding at least half the page's text, with the page's headline (its one ``h1``) wherever it stands."""
        whole = _lines(part for part, _ in self.parts)
        headline = _HEADLINE if self.seen[_HEADLINE] == 1 else None
        for mark in (m for m in _MARKS if self.seen[m] == 1):
            marked = _lines(part for part, inside in self.parts if mark in inside or headline in inside)
            if 2 * len(marked) >= len(whole):
                return marked
        return whole


def _lines(parts: Iterable[str]) -> str:
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def html_to_text(html: str) -> str:
    """A part of the page left out as around the article that never ends (a <div> left open, tags crossed)
    would take the article with it: such a page is read whole, as if nothing were around it."""
    for reduce in (True, False):
        parser = _Text(reduce=reduce)
        parser.feed(html)
        parser.close()
        if not (reduce and parser.skipping and parser.skipping[0] not in _SKIP):
            break
    return parser.text()
