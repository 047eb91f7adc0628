from receivables.aging import BUCKETS, Invoice, aging_report, customers_to_chase, days_overdue
from receivables.money import format_cents, parse_amount

__all__ = [
    "BUCKETS",
    "Invoice",
    "aging_report",
    "customers_to_chase",
    "days_overdue",
    "format_cents",
    "parse_amount",
]
