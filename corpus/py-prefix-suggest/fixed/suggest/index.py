class _Node:
    __slots__ = ("children", "count")

    def __init__(self):
        self.children = {}
        self.count = 0  # how often the word that ends here was searched for


class PrefixIndex:
    """Words searched for, with how often, looked up by the letters they start with."""

    def __init__(self):
        self._root = _Node()
        self._words = 0

    def __len__(self):
        return self._words

    def __contains__(self, word):
        node = self._find(word.lower())
        return node is not None and node.count > 0

    def add(self, word, times=1):
        word = word.strip().lower()
        if not word or times < 1:
            raise ValueError(f"cannot add {word!r} {times} times")
        node = self._root
        for letter in word:
            node = node.children.setdefault(letter, _Node())
        if node.count == 0:
            self._words += 1
        node.count += times

    def _find(self, prefix):
        node = self._root
        for letter in prefix:
            node = node.children.get(letter)
            if node is None:
                return None
        return node

    def words_with_prefix(self, prefix):
        """(word, count) for every word that starts with prefix, in no particular order."""
        prefix = prefix.strip().lower()
        node = self._find(prefix)
        if node is None:
            return []
        found = []
        pending = [(node, prefix)]
        while pending:
            current, spelled = pending.pop()
            if current.count:
                found.append((spelled, current.count))
            for letter, child in current.children.items():
                pending.append((child, spelled + letter))
        return found

    def suggest(self, prefix, limit=5):
        """The most searched words starting with prefix; equally frequent ones alphabetically."""
        ranked = sorted(self.words_with_prefix(prefix), key=lambda pair: (-pair[1], pair[0]))
        return [word for word, _ in ranked[:limit]]
