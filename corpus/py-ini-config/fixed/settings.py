"""Reads INI-style settings files: [sections], key = value lines, # or ; comments."""

TRUE_WORDS = {"1", "yes", "true", "on"}
FALSE_WORDS = {"0", "no", "false", "off"}


class SettingsError(Exception):
    def __init__(self, line_number, message):
        super().__init__(f"line {line_number}: {message}")
        self.line_number = line_number


def parse(text):
    """A dict of section name -> dict of key -> raw string value; keys before any section go to 'DEFAULT'."""
    sections = {"DEFAULT": {}}
    current = sections["DEFAULT"]
    for line_number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        if line.startswith("["):
            if not line.endswith("]"):
                raise SettingsError(line_number, "unclosed section header")
            name = line[1:-1].strip()
            if not name:
                raise SettingsError(line_number, "empty section name")
            current = sections.setdefault(name, {})
            continue
        separator = line.find("=")
        if separator <= 0:
            raise SettingsError(line_number, f"expected key = value, got {line!r}")
        key = line[:separator].strip().lower()
        value = line[separator + 1:].strip()
        current[key] = value
    return sections


class Settings:
    def __init__(self, text):
        self.sections = parse(text)

    def get(self, section, key, fallback=None):
        key = key.lower()
        for name in (section, "DEFAULT"):
            values = self.sections.get(name, {})
            if key in values:
                return values[key]
        return fallback

    def get_int(self, section, key, fallback=None):
        value = self.get(section, key)
        return fallback if value is None else int(value)

    def get_bool(self, section, key, fallback=None):
        value = self.get(section, key)
        if value is None:
            return fallback
        if value.lower() in TRUE_WORDS:
            return True
        if value.lower() in FALSE_WORDS:
            return False
        raise ValueError(f"[{section}] {key} is not a yes/no value: {value!r}")

    def get_list(self, section, key):
        value = self.get(section, key, "")
        return [item.strip() for item in value.split(",") if item.strip()]
