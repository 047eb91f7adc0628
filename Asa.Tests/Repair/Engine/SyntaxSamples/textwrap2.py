"""Text utilities: tokenising, wrapping and slug-making (a tiny ``textwrap`` cousin)."""
import re
import unicodedata
from itertools import chain, islice, zip_longest
from typing import Iterator

WORD = re.compile(r"[\w'-]+|[^\w\s]", re.UNICODE)
BRACKETS = {"(": ")", "[": "]", "{": "}"}
TEMPLATE = """\
Usage: wrap [options] FILE...
  -w N     width (default: 72)
  -i STR   indent, e.g. "  " or "> "
Brackets in help text are fine: (a, [b, {c
"""
RAW_BYTES = rb"\x00[\]"
SEPARATORS = frozenset(" \t\n")


def tokens(text: str) -> Iterator[str]:
    yield from (m.group(0) for m in WORD.finditer(text))


def balanced(text: str) -> bool:
    stack: list[str] = []
    for char in text:
        if char in BRACKETS:
            stack.append(BRACKETS[char])
        elif char in BRACKETS.values():
            if not stack or stack.pop() != char:
                return False
    return not stack


def slugify(text: str, *, separator: str = "-", max_length: int | None = None) -> str:
    normal = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = [w.lower() for w in re.split(r"[^A-Za-z0-9]+", normal) if w]
    slug = separator.join(words)
    if max_length is not None and len(slug) > max_length:
        slug = slug[:max_length].rsplit(separator, 1)[0] \
            if separator in slug[:max_length] else slug[:max_length]
    return slug


def wrap(text: str, width: int = 72, indent: str = "", *, keep=lambda word, limit=72: len(word) <= limit) -> list[str]:
    assert width > len(indent), f"width {width} leaves no room after indent {indent!r}"
    lines, current = [], indent
    for word in text.split():
        if not keep(word, width):
            word = word[: width - len(indent) - 1] + "…"
        candidate = word if current == indent else " " + word
        if len(current) + len(candidate) > width and current != indent:
            lines.append(current)
            current = indent + word
        else:
            current += candidate
    if current.strip():
        lines.append(current)
    return lines


def columns(*texts: str, gap: int = 2, width: int = 30) -> str:
    wrapped = [wrap(t, width) for t in texts]
    rows = zip_longest(*wrapped, fillvalue="")
    return "\n".join((" " * gap).join(f"{cell:<{width}}" for cell in row).rstrip() for row in rows)


def chunks(items, size):
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def interleave(*iterables):
    sentinel = object()
    return [x for x in chain.from_iterable(zip_longest(*iterables, fillvalue=sentinel)) if x is not sentinel]


def first_line(text: str) -> str:
    head, *_rest = text.splitlines() or [""]
    return head


def truncate(text: str, limit: int, suffix: str = "...") -> str:
    return text if len(text) <= limit else text[: max(0, limit - len(suffix))] + suffix


def is_blank(text: str) -> bool:
    return all(char in SEPARATORS for char in text)


def ratio(a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    same = sum(1 for x, y in zip(a, b) if x == y)
    return same / max(len(a), len(b))


class Template:
    placeholder = re.compile(r"\{\{\s*(\w+)\s*\}\}")  # {{ name }}, not {single}

    def __init__(self, source: str) -> None:
        self.source = source
        self.names = {m.group(1) for m in self.placeholder.finditer(source)}

    def render(self, **values: object) -> str:
        missing = self.names - values.keys()
        if missing:
            raise KeyError(f"missing values for: {', '.join(sorted(missing))}")
        return self.placeholder.sub(lambda m: str(values[m.group(1)]), self.source)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.source[:20]!r}{'...' if len(self.source) > 20 else ''})"
