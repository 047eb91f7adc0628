from payroll import gross_pay, income_tax, net_pay, payslip


def test_no_tax_below_allowance():
    assert income_tax(150.0) == 0.0


def test_zero_hours():
    assert gross_pay(0, 12.5) == 0.0


def test_full_payslip_for_part_timer():
    assert payslip("ana", 20, 18.0) == {"name": "ana", "gross": 360.0, "tax": 32.0, "net": 328.0}


def test_full_payslip_with_overtime():
    assert payslip("ben", 50, 10.0) == {"name": "ben", "gross": 550.0, "tax": 70.0, "net": 480.0}


def test_net_pay_at_allowance():
    assert net_pay(200.0) == 200.0
