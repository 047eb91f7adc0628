import pytest

from tickets.event import BookingLimitError, Event, Status


def test_booking_is_confirmed_while_seats_are_free():
    event = Event("Jazz night", capacity=10)
    booking = event.book("ada", 4)
    assert booking.status is Status.CONFIRMED
    assert event.available == 6


def test_full_event_puts_bookings_on_the_waitlist():
    event = Event("Jazz night", capacity=5)
    event.book("ada", 5)
    late = event.book("bob", 2)
    assert late.status is Status.WAITLISTED
    assert event.waitlist() == [late]


def test_cancellation_confirms_the_waitlist_in_order():
    event = Event("Jazz night", capacity=6)
    first = event.book("ada", 4)
    bob = event.book("bob", 3)
    cy = event.book("cy", 1)
    assert event.cancel(first.id) == [bob, cy]
    assert event.attendees() == {"bob": 3, "cy": 1}
    assert event.available == 2


def test_customer_limit():
    event = Event("Jazz night", capacity=100, max_per_customer=6)
    event.book("ada", 4)
    with pytest.raises(BookingLimitError):
        event.book("ada", 3)


def test_customer_can_book_again_after_cancelling():
    event = Event("Jazz night", capacity=100, max_per_customer=6)
    first = event.book("ada", 5)
    event.cancel(first.id)
    second = event.book("ada", 4)
    assert second.status is Status.CONFIRMED
    assert event.attendees() == {"ada": 4}


def test_unknown_booking():
    with pytest.raises(KeyError):
        Event("Jazz night", capacity=10).cancel(99)
