import pytest

from expenses import ExpenseGroup, Transfer, settle_up, split_evenly


def test_split_gives_leftover_cents_to_the_first_people():
    assert split_evenly(1000, ["ana", "ben", "cy"]) == {"ana": 334, "ben": 333, "cy": 333}


def test_balances_after_a_dinner():
    group = ExpenseGroup(["ana", "ben"])
    group.add("ana", 6000, note="dinner")
    assert group.balances() == {"ana": 3000, "ben": -3000}


def test_expense_for_some_members_only():
    group = ExpenseGroup(["ana", "ben", "cy"])
    group.add("cy", 900, participants=["ben", "cy"])
    assert group.balances() == {"ana": 0, "ben": -450, "cy": 450}
    assert group.total_spent("ana") == 0


def test_unknown_participant_is_refused():
    group = ExpenseGroup(["ana", "ben"])
    with pytest.raises(ValueError):
        group.add("ana", 500, participants=["ben", "dan"])


def test_nothing_to_settle_when_even():
    assert settle_up({"ana": 0, "ben": 0}) == []


def test_debtor_pays_the_one_who_paid():
    group = ExpenseGroup(["ana", "ben"])
    group.add("ana", 6000, note="dinner")
    assert settle_up(group.balances()) == [Transfer("ben", "ana", 3000)]
