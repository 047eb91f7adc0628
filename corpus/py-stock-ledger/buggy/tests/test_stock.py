import pytest

from stock import StockError, Warehouse


def test_new_sku_has_no_stock():
    assert Warehouse().on_hand("SKU-9") == 0


def test_receive_adds_stock():
    warehouse = Warehouse()
    warehouse.receive("SKU-1", 10)
    assert warehouse.on_hand("SKU-1") == 10


def test_history_records_receipt():
    warehouse = Warehouse()
    warehouse.receive("SKU-1", 10)
    assert warehouse.history == [("SKU-1", 10, "receipt")]


def test_cannot_ship_from_empty_stock():
    with pytest.raises(StockError):
        Warehouse().ship("SKU-1", 1)
