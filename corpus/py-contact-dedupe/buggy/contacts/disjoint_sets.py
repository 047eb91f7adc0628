class DisjointSets:
    """Union-find over hashable items, with union by size and path compression."""

    def __init__(self):
        self._parent = {}
        self._size = {}

    def __contains__(self, item):
        return item in self._parent

    def add(self, item):
        if item not in self._parent:
            self._parent[item] = item
            self._size[item] = 1

    def find(self, item):
        parent = self._parent[item]
        if parent == item:
            return item
        root = self.find(parent)
        self._parent[item] = root
        return parent

    def union(self, first, second):
        """Joins the sets of the two items; returns the root of the joined set."""
        first_root = self.find(first)
        second_root = self.find(second)
        if first_root == second_root:
            return first_root
        if self._size[first_root] < self._size[second_root]:
            first_root, second_root = second_root, first_root
        self._parent[second_root] = first_root
        self._size[first_root] += self._size[second_root]
        return first_root

    def connected(self, first, second):
        return self.find(first) == self.find(second)
