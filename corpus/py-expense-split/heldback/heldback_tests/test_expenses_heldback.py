from expenses import ExpenseGroup, Transfer, settle_up


def apply(balances, transfers):
    result = dict(balances)
    for transfer in transfers:
        result[transfer.sender] += transfer.amount
        result[transfer.receiver] -= transfer.amount
    return result


def test_two_debtors_pay_one_creditor():
    transfers = settle_up({"ana": 5000, "ben": -2000, "cy": -3000})
    assert transfers == [Transfer("cy", "ana", 3000), Transfer("ben", "ana", 2000)]


def test_one_debtor_pays_two_creditors():
    transfers = settle_up({"ana": 1500, "ben": 2500, "cy": -4000})
    assert transfers == [Transfer("cy", "ben", 2500), Transfer("cy", "ana", 1500)]


def test_weekend_trip_settles_to_zero():
    group = ExpenseGroup(["ana", "ben", "cy", "dan"])
    group.add("ana", 24000, note="cabin")
    group.add("ben", 3100, participants=["ben", "cy", "dan"], note="fuel")
    group.add("dan", 4550, note="groceries")
    group.add("cy", 1000, participants=["ana"], note="ferry ticket")
    balances = group.balances()
    transfers = settle_up(balances)
    assert all(amount == 0 for amount in apply(balances, transfers).values())
    assert all(transfer.amount > 0 for transfer in transfers)
    assert len(transfers) <= 3


def test_senders_are_the_ones_who_owe():
    group = ExpenseGroup(["ana", "ben", "cy"])
    group.add("ben", 900)
    transfers = settle_up(group.balances())
    assert {transfer.sender for transfer in transfers} == {"ana", "cy"}
    assert {transfer.receiver for transfer in transfers} == {"ben"}
