"""Overdue fines of a public library, in cents."""
from dataclasses import dataclass
from datetime import date, timedelta

# kind of item -> (loan period in days, fine per day late, highest fine for one loan)
POLICIES = {
    "book": (21, 20, 1000),
    "dvd": (7, 100, 1500),
    "magazine": (7, 10, 300),
}
GRACE_DAYS = 2


@dataclass
class Loan:
    item_id: str
    kind: str
    borrower: str
    borrowed_on: date
    returned_on: date = None

    @property
    def due_on(self):
        period, _, _ = POLICIES[self.kind]
        return self.borrowed_on + timedelta(days=period)


def days_overdue(loan, today):
    """Days past the due date: up to the return, or up to today while the item is still out."""
    end = loan.returned_on
    if end is None:
        end = today
    late = (end - loan.due_on).days
    return max(0, late)


def fine(loan, today):
    late = days_overdue(loan, today)
    if late <= GRACE_DAYS:
        return 0
    _, per_day, highest = POLICIES[loan.kind]
    return min(late * per_day, highest)


def borrower_total(loans, borrower, today):
    return sum(fine(loan, today) for loan in loans if loan.borrower == borrower)


def overdue_items(loans, today):
    """Items not yet returned that are past their due date, the longest overdue first."""
    out = [loan for loan in loans if loan.returned_on is None and days_overdue(loan, today) > 0]
    return [loan.item_id for loan in sorted(out, key=lambda loan: loan.due_on)]


def may_borrow(loans, borrower, today, limit=500):
    """A borrower may take out new items while their fines stay under the limit."""
    return borrower_total(loans, borrower, today) < limit


def fines_by_borrower(loans, today):
    """Borrowers who owe something, with their total, the highest total first."""
    totals = {}
    for loan in loans:
        amount = fine(loan, today)
        if amount:
            totals[loan.borrower] = totals.get(loan.borrower, 0) + amount
    return sorted(totals.items(), key=lambda item: (-item[1], item[0]))
