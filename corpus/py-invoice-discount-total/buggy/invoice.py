from dataclasses import dataclass, field


@dataclass
class Line:
    description: str
    quantity: int
    unit_price: float

    def amount(self):
        return self.quantity * self.unit_price


@dataclass
class Invoice:
    lines: list = field(default_factory=list)
    discount: float = 0.0
    tax_rate: float = 0.0

    def add(self, description, quantity, unit_price):
        if quantity <= 0:
            raise ValueError("quantity must be positive")
        self.lines.append(Line(description, quantity, unit_price))
        return self

    def subtotal(self):
        return round(sum(line.amount() for line in self.lines), 2)

    def taxable_amount(self):
        discount = min(self.discount, self.subtotal())
        return round(self.subtotal() + discount, 2)

    def tax(self):
        return round(self.taxable_amount() * self.tax_rate, 2)


def invoice_total(invoice):
    """Subtotal, minus the discount, plus tax on the discounted amount."""
    return round(invoice.taxable_amount() + invoice.tax(), 2)
