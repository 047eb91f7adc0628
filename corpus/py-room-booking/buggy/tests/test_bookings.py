import pytest

from bookings import BookingError, Calendar


def test_empty_calendar_is_available():
    assert Calendar().is_available("A", 9, 10)


def test_back_to_back_bookings_are_allowed():
    calendar = Calendar()
    calendar.book("A", 9, 11, "ann")
    calendar.book("A", 11, 12, "bob")
    assert len(calendar.bookings) == 2


def test_overlapping_booking_is_refused():
    calendar = Calendar()
    calendar.book("A", 9, 11, "ann")
    assert not calendar.is_available("A", 10, 12)
    with pytest.raises(BookingError):
        calendar.book("A", 10, 12, "bob")


def test_end_before_start_is_refused():
    with pytest.raises(BookingError):
        Calendar().book("B", 14, 13, "cy")
