from collections import defaultdict


class StockError(Exception):
    pass


class Warehouse:
    def __init__(self, reorder_level=5):
        self.reorder_level = reorder_level
        self._on_hand = defaultdict(int)
        self.history = []

    def _record(self, sku, change, reason):
        self._on_hand[sku] += change
        self.history.append((sku, change, reason))

    def on_hand(self, sku):
        return self._on_hand[sku]

    def receive(self, sku, quantity):
        if quantity <= 0:
            raise StockError("quantity must be positive")
        self._on_hand[sku] += quantity
        self._record(sku, quantity, "receipt")

    def ship(self, sku, quantity):
        if quantity <= 0:
            raise StockError("quantity must be positive")
        if quantity > self._on_hand[sku]:
            raise StockError(f"only {self._on_hand[sku]} of {sku} in stock")
        self._record(sku, -quantity, "shipment")

    def needs_reorder(self):
        return sorted(sku for sku, count in self._on_hand.items() if count <= self.reorder_level)
