"""Shared expenses of a group of friends, in cents, and who pays whom to settle up."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Expense:
    payer: str
    amount: int
    participants: tuple
    note: str = ""


@dataclass(frozen=True)
class Transfer:
    sender: str
    receiver: str
    amount: int


def split_evenly(amount, people):
    """Shares of amount in cents; the leftover cents go to the first people in the list."""
    if not people:
        raise ValueError("an expense needs at least one participant")
    share, leftover = divmod(amount, len(people))
    return {person: share + (1 if index < leftover else 0) for index, person in enumerate(people)}


class ExpenseGroup:
    def __init__(self, members):
        self.members = list(members)
        self.expenses = []

    def add(self, payer, amount, participants=None, note=""):
        participants = tuple(participants or self.members)
        unknown = [person for person in (payer, *participants) if person not in self.members]
        if unknown:
            raise ValueError(f"not in the group: {', '.join(unknown)}")
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.expenses.append(Expense(payer, amount, participants, note))

    def balances(self):
        """What each member is owed (positive) or owes (negative)."""
        balance = {member: 0 for member in self.members}
        for expense in self.expenses:
            balance[expense.payer] += expense.amount
            for person, share in split_evenly(expense.amount, expense.participants).items():
                balance[person] -= share
        return balance

    def total_spent(self, member):
        return sum(share for expense in self.expenses
                   for person, share in split_evenly(expense.amount, expense.participants).items()
                   if person == member)


def settle_up(balances):
    """Transfers that bring every balance to zero: the biggest debtor pays the biggest creditor first."""
    debtors = sorted(((-amount, person) for person, amount in balances.items() if amount < 0), reverse=True)
    creditors = sorted(((amount, person) for person, amount in balances.items() if amount > 0), reverse=True)
    debts = [[person, owed] for owed, person in debtors]
    credits = [[person, due] for due, person in creditors]
    transfers = []
    d = c = 0
    while d < len(debts) and c < len(credits):
        debtor, owed = debts[d]
        creditor, due = credits[c]
        amount = min(owed, due)
        transfers.append(Transfer(creditor, debtor, amount))
        debts[d][1] -= amount
        credits[c][1] -= amount
        if debts[d][1] == 0:
            d += 1
        if credits[c][1] == 0:
            c += 1
    return transfers
