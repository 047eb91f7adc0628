import pytest

from invoice import Invoice, invoice_total


def test_subtotal_sums_lines():
    invoice = Invoice().add("widget", 2, 50.0).add("bolt", 4, 0.25)
    assert invoice.subtotal() == 101.0


def test_total_without_discount():
    invoice = Invoice(tax_rate=0.2).add("widget", 2, 50.0)
    assert invoice_total(invoice) == 120.0


def test_total_with_discount():
    invoice = Invoice(discount=10.0, tax_rate=0.2).add("widget", 2, 50.0)
    assert invoice_total(invoice) == 108.0


def test_zero_quantity_is_rejected():
    with pytest.raises(ValueError):
        Invoice().add("widget", 0, 5.0)
