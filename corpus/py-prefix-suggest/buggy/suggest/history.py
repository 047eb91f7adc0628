from suggest.index import PrefixIndex


def load_history(lines):
    """An index from lines of 'query count'; blank lines and lines starting with # are skipped."""
    index = PrefixIndex()
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        query, _, count = text.rpartition(" ")
        if not query or not count.isdigit():
            raise ValueError(f"line {number}: expected 'query count', got {line!r}")
        index.add(query, int(count))
    return index
