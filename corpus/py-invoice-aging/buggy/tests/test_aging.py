from datetime import date

import pytest

from receivables import Invoice, aging_report, format_cents, parse_amount

AS_OF = date(2025, 3, 31)


def invoice(number, due, total, paid="0"):
    return Invoice(number, "acme", due, parse_amount(total), parse_amount(paid))


def test_paid_invoices_are_left_out():
    report = aging_report([invoice("F-1", date(2025, 1, 2), "80.00", paid="80.00")], AS_OF)
    assert sum(report.values()) == 0


def test_invoice_due_today_is_current():
    report = aging_report([invoice("F-2", AS_OF, "120.00")], AS_OF)
    assert report["current"] == 12000
    assert report["1-30"] == 0


def test_invoice_not_yet_due_is_current():
    report = aging_report([invoice("F-3", date(2025, 4, 15), "99.90")], AS_OF)
    assert report["current"] == 9990


def test_partly_paid_invoice_counts_what_is_left():
    report = aging_report([invoice("F-4", date(2025, 2, 14), "1,000.00", paid="250.00")], AS_OF)
    assert report["31-60"] == 75000


def test_very_old_invoice():
    report = aging_report([invoice("F-5", date(2024, 10, 1), "10.00")], AS_OF)
    assert report["90+"] == 1000


def test_amounts():
    assert parse_amount("1,234.5") == 123450
    assert format_cents(123450) == "1,234.50"
    with pytest.raises(ValueError):
        parse_amount("12.345")
