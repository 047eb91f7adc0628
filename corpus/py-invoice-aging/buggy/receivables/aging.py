from dataclasses import dataclass
from datetime import date

# (name, first day overdue, last day overdue); None leaves a side open.
BUCKETS = (
    ("current", None, 0),
    ("1-30", 1, 30),
    ("31-60", 31, 60),
    ("61-90", 61, 90),
    ("90+", 91, None),
)


@dataclass(frozen=True)
class Invoice:
    number: str
    customer: str
    due: date
    total_cents: int
    paid_cents: int = 0

    @property
    def outstanding_cents(self):
        return self.total_cents - self.paid_cents


def days_overdue(invoice, as_of):
    """Whole days past the due date; an invoice due on as_of or later is not overdue."""
    days = (as_of - invoice.due).days + 1
    return max(days, 0)


def bucket_for(days):
    for name, first, last in BUCKETS:
        if (first is None or days >= first) and (last is None or days <= last):
            return name
    raise ValueError(f"no bucket for {days} days")


def aging_report(invoices, as_of):
    """Outstanding cents per bucket; fully paid invoices are left out."""
    report = {name: 0 for name, _, _ in BUCKETS}
    for invoice in invoices:
        if invoice.outstanding_cents <= 0:
            continue
        report[bucket_for(days_overdue(invoice, as_of))] += invoice.outstanding_cents
    return report


def customers_to_chase(invoices, as_of, min_days=31):
    """Customers owing money on an invoice at least min_days overdue, the largest debt first."""
    owed = {}
    for invoice in invoices:
        if invoice.outstanding_cents > 0 and days_overdue(invoice, as_of) >= min_days:
            owed[invoice.customer] = owed.get(invoice.customer, 0) + invoice.outstanding_cents
    return sorted(owed.items(), key=lambda item: (-item[1], item[0]))
