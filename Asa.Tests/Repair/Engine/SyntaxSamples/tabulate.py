"""Render rows of records as aligned text tables.

The public entry point is :func:`render`; formats register themselves with
:func:`register` (see ``FORMATS``).  Note: widths are measured in code points,
so wide characters (e.g. CJK) may misalign a column [known limitation (see #112.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

__all__ = ["Column", "Table", "register", "render"]

T = TypeVar("T")
Row = Mapping[str, Any]
Renderer = Callable[["Table[Any]", int], str]

FORMATS: dict[str, Renderer] = {}
_ANSI = re.compile(r"\x1b\[[0-9;]*m")  # colour codes: "\x1b[31m" and friends (never "[" alone


def register(name: str, *, aliases: tuple[str, ...] = ()) -> Callable[[Renderer], Renderer]:
    """Decorator: ``@register("grid", aliases=("box",))`` adds a renderer."""

    def decorate(renderer: Renderer) -> Renderer:
        for key in (name, *aliases):
            FORMATS[key] = renderer
        return renderer

    return decorate


@functools.lru_cache(maxsize=1024)
def visible_width(text: str) -> int:
    return len(_ANSI.sub("", text))


@dataclass(frozen=True, slots=True)
class Column(Generic[T]):
    key: str
    title: str = ""
    align: str = "<"
    convert: Callable[[Any], T] = field(default=lambda value, default="": value if value is not None else default)

    def header(self) -> str:
        return self.title or self.key.replace("_", " ").title()


@dataclass
class Table(Generic[T]):
    columns: Sequence[Column[T]]
    rows: list[Row] = field(default_factory=list)

    def widths(self) -> dict[str, int]:
        widths = {c.key: visible_width(c.header()) for c in self.columns}
        for row in self.rows:
            for column in self.columns:
                if (size := visible_width(str(column.convert(row.get(column.key))))) > widths[column.key]:
                    widths[column.key] = size
        return widths

    def cell(self, row: Row, column: Column[T], width: int) -> str:
        d = {"k": column.convert(row.get(column.key))}
        if column.align == "r":
            return f"{d['k']!r:>{width}}"
        return f"{str(d['k']):{column.align}{width}}"


@register("plain", aliases=("text",))
def render_plain(table: Table[Any], padding: int = 1) -> str:
    widths = table.widths()
    gap = " " * padding
    lines = [gap.join(f"{c.header():{c.align}{widths[c.key]}}" for c in table.columns)]
    lines += [
        gap.join(table.cell(row, c, widths[c.key]) for c in table.columns)
        for row in table.rows
    ]
    return "\n".join(line.rstrip() for line in lines)


@register("grid", aliases=("box",))
def render_grid(table: Table[Any], padding: int = 1) -> str:
    widths = table.widths()
    rule = "+" + "+".join("-" * (widths[c.key] + 2 * padding) for c in table.columns) + "+"
    body = [rule]
    for row in [None, *table.rows]:
        cells = [c.header() if row is None else table.cell(row, c, widths[c.key]) for c in table.columns]
        body.append("|" + "|".join(f"{' ' * padding}{text:<{widths[c.key]}}{' ' * padding}"
                                   for c, text in zip(table.columns, cells)) + "|")
        if row is None:
            body.append(rule.replace("-", "="))
    body.append(rule)
    return "\n".join(body)


def render(rows: Iterable[Row], columns: Sequence[str | Column[Any]] | None = None, fmt: str = "plain", **options: Any) -> str:
    rows = list(rows)
    if columns is None:
        columns = list({key: None for row in rows for key in row})  # first-seen order (dict keeps it)
    resolved = [c if isinstance(c, Column) else Column(c) for c in columns]
    try:
        renderer = FORMATS[fmt]
    except KeyError:
        known = ", ".join(sorted(FORMATS))
        raise ValueError(f"unknown format {fmt!r}; expected one of: {known}") from None
    padding = options.get("padding", 1)
    if not isinstance(padding, int) or padding < 0 \
            or padding > 8:
        raise ValueError(f"padding must be between 0 and 8, not {padding!r}")
    return renderer(Table(resolved, rows), padding)


def summarize(rows: Iterable[Row], key: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for row in rows:
        counts[str(row.get(key))] = counts.get(str(row.get(key)), 0) + 1
    return {k: v for k, v in sorted(counts.items(), key=lambda item: (-item[1], item[0]))}


def distinct(rows: Iterable[Row], key: str) -> set[str]:
    return {str(row[key]) for row in rows if key in row}
