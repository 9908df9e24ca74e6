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
article (one ``<main>``, else one ``<article>``) is that element alone, when
it holds at least a third of the page's text (a lone teaser card in a page
whose story sits in plain ``div``s is not the article).  A page that marks
nothing keeps all its visible text.  Kept in the standard library: a
boilerplate remover such as trafilatura guesses the article from text
density, which a short news item (a headline and two paragraphs) can fail.
"""

from __future__ import annotations

from collections.abc import Iterable
from html.parser import HTMLParser

__all__ = ["html_to_text"]

_SKIP = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe"})
# Around the article, not in it: navigation, sidebars, page furniture.
# Not ``form``: a page built with ASP.NET Web Forms holds all its body in one.
_AROUND = frozenset({"nav", "aside", "footer", "button", "select", "menu", "dialog"})
_AROUND_ROLES = frozenset({"navigation", "complementary", "contentinfo", "search", "banner", "menu", "menubar"})
_VOID = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
})
_BLOCK = frozenset({
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
    "article", "main", "header", "footer", "blockquote", "pre", "figcaption", "title", "hr", "dd", "dt",
})
_MARKS = ("main", "article")  # the article's own element, in order of trust


class _Text(HTMLParser):
    """The page's text in parts, each with the article marks (``main``, ``article``) it stands inside."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[tuple[str, frozenset[str]]] = []
        self.skipping: list[str] = []  # the tags of the elements left out that are open, innermost last
        self.open: dict[str, int] = dict.fromkeys(_MARKS, 0)
        self.seen: dict[str, int] = dict.fromkeys(_MARKS, 0)

    def _inside(self) -> frozenset[str]:
        return frozenset(mark for mark in _MARKS if self.open[mark])

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skipping:
            if tag == self.skipping[0] and tag not in _VOID:
                self.skipping.append(tag)  # the same tag nested: its end is not the skipped element's
            return
        values = dict(attrs)
        if tag in _SKIP or tag in _AROUND or (values.get("role") or "").strip().lower() in _AROUND_ROLES \
                or "hidden" in values or (values.get("aria-hidden") or "").strip().lower() == "true":
            if tag not in _VOID:
                self.skipping.append(tag)
            return
        if tag in self.open:
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
        """The marked article's text when the page marks one (a single ``main``, else a single ``article``)."""
        whole = _lines(part for part, _ in self.parts)
        for mark in (m for m in _MARKS if self.seen[m] == 1):
            marked = _lines(part for part, inside in self.parts if mark in inside)
            if 3 * len(marked) >= len(whole):
                return marked
        return whole


def _lines(parts: Iterable[str]) -> str:
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def html_to_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    parser.close()
    return parser.text()
