import pytest

from payroll import gross_pay, net_pay


def test_exactly_forty_hours():
    assert gross_pay(40, 15.0) == 600.0


def test_overtime_is_time_and_a_half():
    assert gross_pay(45, 20.0) == 950.0


def test_part_time_hours():
    assert gross_pay(30, 20.0) == 600.0


def test_net_pay_taxes_only_above_allowance():
    assert net_pay(1000.0) == 840.0


def test_negative_hours_are_rejected():
    with pytest.raises(ValueError):
        gross_pay(-1, 10.0)
