import pytest

from bookings import BookingError, Calendar


def test_cancelled_booking_frees_the_room():
    calendar = Calendar()
    booking = calendar.book("A", 9, 11, "ann")
    calendar.cancel(booking)
    assert calendar.is_available("A", 9, 11)
    calendar.book("A", 10, 11, "bob")


def test_other_room_is_unaffected():
    calendar = Calendar()
    calendar.book("A", 9, 11, "ann")
    assert calendar.is_available("B", 9, 11)


def test_booking_inside_another_is_refused():
    calendar = Calendar()
    calendar.book("C", 8, 18, "dee")
    with pytest.raises(BookingError):
        calendar.book("C", 12, 13, "eve")


def test_conflicts_lists_only_active_overlaps():
    calendar = Calendar()
    first = calendar.book("A", 9, 10, "ann")
    second = calendar.book("A", 10, 12, "bob")
    calendar.cancel(first)
    assert calendar.conflicts("A", 9, 11) == [second]
