"""Layered settings: defaults < file < environment < explicit overrides."""
import json
import os
import sys
from pathlib import Path
from typing import Any, ClassVar, Final, Literal, overload

ENV_PREFIX: Final = "APP_"
Source = Literal["default", "file", "env", "override"]

_SENTINEL = object()
DEFAULTS = {
    "debug": False,
    "workers": os.cpu_count() or 1,
    "paths": {"data": "~/data", "cache": "/tmp/app-cache"},
    "pattern": r"^(?P<name>[a-z_]+)\[(?P<index>\d+)\]$",  # e.g. "items[3]"
}


class SettingsError(Exception):
    def __init__(self, key: str, reason: str, /) -> None:
        super().__init__(f"{key}: {reason}")
        self.key, self.reason = key, reason


def coerce(raw: str) -> Any:
    """Turn an environment string into a value: ``"1"`` -> 1, ``"[1, 2"`` stays a string."""
    match raw.strip().lower():
        case "true" | "yes" | "on":
            return True
        case "false" | "no" | "off":
            return False
        case text if text.lstrip("-").isdigit():
            return int(text)
        case text if text.startswith(("[", "{")):
            try:
                return json.loads(raw)
            except json.JSONDecodeError:
                return raw
        case _:
            return raw


class Settings:
    layers: ClassVar[tuple[Source, ...]] = ("default", "file", "env", "override")

    def __init__(self, path: Path | None = None, *, environ: dict[str, str] | None = None, **overrides: Any) -> None:
        self._values: dict[Source, dict[str, Any]] = {layer: {} for layer in self.layers}
        self._values["default"] = dict(DEFAULTS)
        if path is not None and (text := path.read_text(encoding="utf-8")).strip():
            self._values["file"] = json.loads(text)
        environ = os.environ if environ is None else environ
        self._values["env"] = {
            key[len(ENV_PREFIX):].lower(): coerce(value)
            for key, value in environ.items()
            if key.startswith(ENV_PREFIX)
        }
        self._values["override"] = overrides

    @overload
    def get(self, key: str) -> Any: ...

    @overload
    def get(self, key: str, default: Any) -> Any: ...

    def get(self, key, default=_SENTINEL):
        for layer in reversed(self.layers):
            node: Any = self._values[layer]
            for part in key.split("."):
                if not isinstance(node, dict) or part not in node:
                    break
                node = node[part]
            else:
                return node
        if default is _SENTINEL:
            raise SettingsError(key, "not set in any layer")
        return default

    def source(self, key: str) -> Source:
        return next((layer for layer in reversed(self.layers) if key in self._values[layer]), "default")

    @property
    def workers(self) -> int:
        value = self.get("workers")
        if not 1 <= value <= 64:
            raise SettingsError("workers", f"{value} is outside [1, 64]")
        return value

    @classmethod
    def from_argv(cls, argv: list[str] = sys.argv[1:]) -> "Settings":
        pairs = (arg[2:].split("=", 1) for arg in argv if arg.startswith("--") and "=" in arg)
        return cls(**{k.replace("-", "_"): coerce(v) for k, v in pairs})

    @staticmethod
    def describe(value: Any, *, width: int = 40) -> str:
        text = repr(value)
        return text if len(text) <= width else f"{text[:width - 1]}…"

    def dump(self) -> str:
        keys = sorted({k for layer in self._values.values() for k in layer})
        return "\n".join(f"{k:<12} = {self.describe(self.get(k)):<40} ({self.source(k)})" for k in keys)


def _counter():
    count = 0

    def bump(step=1):
        nonlocal count
        count += step
        return count

    return bump


next_id = _counter()
