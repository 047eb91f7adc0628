from datetime import date, timedelta

from receivables import Invoice, aging_report, customers_to_chase, days_overdue

AS_OF = date(2025, 3, 31)


def due_days_ago(days, customer="acme", total=10000, paid=0):
    return Invoice(f"F-{customer}-{days}", customer, AS_OF - timedelta(days=days), total, paid)


def test_days_overdue_counts_whole_days():
    assert days_overdue(due_days_ago(0), AS_OF) == 0
    assert days_overdue(due_days_ago(1), AS_OF) == 1
    assert days_overdue(due_days_ago(45), AS_OF) == 45
    assert days_overdue(due_days_ago(-3), AS_OF) == 0


def test_every_bucket_edge():
    expected = {1: "1-30", 30: "1-30", 31: "31-60", 60: "31-60", 61: "61-90", 90: "61-90", 91: "90+"}
    for days, bucket in expected.items():
        report = aging_report([due_days_ago(days)], AS_OF)
        assert report[bucket] == 10000, (days, report)


def test_report_adds_up_per_bucket():
    invoices = [due_days_ago(0, total=500), due_days_ago(-10, total=700), due_days_ago(30, total=100),
                due_days_ago(59, total=2000, paid=500), due_days_ago(120, total=300, paid=300)]
    assert aging_report(invoices, AS_OF) == {"current": 1200, "1-30": 100, "31-60": 1500, "61-90": 0, "90+": 0}


def test_customers_to_chase_start_at_thirty_one_days():
    invoices = [due_days_ago(30, "early"), due_days_ago(31, "late", total=5000),
                due_days_ago(95, "later", total=9000), due_days_ago(40, "late", total=5000)]
    assert customers_to_chase(invoices, AS_OF) == [("late", 10000), ("later", 9000)]


def test_customers_to_chase_with_a_shorter_limit():
    invoices = [due_days_ago(1, "tomorrow"), due_days_ago(0, "today")]
    assert customers_to_chase(invoices, AS_OF, min_days=1) == [("tomorrow", 10000)]
