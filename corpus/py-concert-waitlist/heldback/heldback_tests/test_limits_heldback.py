import pytest

from tickets.event import BookingLimitError, Event, Status


def test_cancelled_seats_no_longer_count_towards_the_limit():
    event = Event("Opera", capacity=50)
    first = event.book("ada", 6)
    assert event.seats_held_by("ada") == 6
    event.cancel(first.id)
    assert event.seats_held_by("ada") == 0
    assert event.book("ada", 8).status is Status.CONFIRMED
    assert event.seats_held_by("ada") == 8


def test_waitlisted_seats_count_until_cancelled():
    event = Event("Opera", capacity=2, max_per_customer=5)
    event.book("bob", 2)
    waiting = event.book("ada", 4)
    assert event.seats_held_by("ada") == 4
    with pytest.raises(BookingLimitError):
        event.book("ada", 2)
    event.cancel(waiting.id)
    assert event.book("ada", 5).status is Status.WAITLISTED
    assert event.seats_held_by("ada") == 5


def test_several_cancellations():
    event = Event("Opera", capacity=20, max_per_customer=4)
    bookings = [event.book("cy", 2), event.book("cy", 2)]
    for booking in bookings:
        event.cancel(booking.id)
    event.book("cy", 3)
    event.book("cy", 1)
    assert event.attendees() == {"cy": 4}
    with pytest.raises(BookingLimitError):
        event.book("cy", 1)


def test_other_customers_are_unaffected():
    event = Event("Opera", capacity=10, max_per_customer=3)
    event.book("dan", 3)
    mine = event.book("eve", 3)
    event.cancel(mine.id)
    with pytest.raises(BookingLimitError):
        event.book("dan", 1)
    assert event.book("eve", 3).status is Status.CONFIRMED
    assert event.available == 4


def test_cancelling_twice_is_refused():
    event = Event("Opera", capacity=10)
    booking = event.book("fay", 2)
    event.cancel(booking.id)
    with pytest.raises(ValueError):
        event.cancel(booking.id)
