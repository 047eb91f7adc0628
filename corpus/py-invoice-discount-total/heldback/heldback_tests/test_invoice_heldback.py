from invoice import Invoice, invoice_total


def test_tax_is_on_discounted_amount():
    invoice = Invoice(discount=25.0, tax_rate=0.1).add("desk", 1, 125.0)
    assert invoice.tax() == 10.0


def test_discount_larger_than_subtotal_gives_zero():
    invoice = Invoice(discount=80.0, tax_rate=0.2).add("pen", 3, 10.0)
    assert invoice_total(invoice) == 0.0


def test_discount_without_tax():
    invoice = Invoice(discount=5.5).add("lamp", 2, 20.0).add("bulb", 1, 3.0)
    assert invoice_total(invoice) == 37.5
