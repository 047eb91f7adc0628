import pytest

from stock import StockError, Warehouse


def test_cannot_ship_more_than_received():
    warehouse = Warehouse()
    warehouse.receive("SKU-2", 4)
    with pytest.raises(StockError):
        warehouse.ship("SKU-2", 6)


def test_receive_then_ship():
    warehouse = Warehouse()
    warehouse.receive("SKU-3", 12)
    warehouse.ship("SKU-3", 5)
    warehouse.receive("SKU-3", 3)
    assert warehouse.on_hand("SKU-3") == 10


def test_reorder_list_after_receipts():
    warehouse = Warehouse(reorder_level=5)
    warehouse.receive("A", 3)
    warehouse.receive("B", 8)
    warehouse.receive("C", 5)
    assert warehouse.needs_reorder() == ["A", "C"]
