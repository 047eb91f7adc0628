from collections import deque
from dataclasses import dataclass
from enum import Enum
from itertools import count


class Status(Enum):
    CONFIRMED = "confirmed"
    WAITLISTED = "waitlisted"
    CANCELLED = "cancelled"


class BookingLimitError(Exception):
    """The customer would hold more seats for the event than one customer may."""


@dataclass
class Booking:
    id: int
    customer: str
    seats: int
    status: Status


class Event:
    """
    Seats for one event, first come first served: a booking is confirmed when its seats are free and nobody is
    waiting, otherwise it joins the waitlist. Seats freed by a cancellation go to the waitlist in order.
    """

    def __init__(self, name: str, capacity: int, max_per_customer: int = 8):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.name = name
        self.capacity = capacity
        self.available = capacity
        self.max_per_customer = max_per_customer
        self._bookings: dict[int, Booking] = {}
        self._waitlist: deque[int] = deque()
        self._ids = count(1)

    def book(self, customer: str, seats: int) -> Booking:
        if seats < 1:
            raise ValueError("a booking needs at least one seat")
        held = self.seats_held_by(customer)
        if held + seats > self.max_per_customer:
            raise BookingLimitError(
                f"{customer} already holds {held} seats; at most {self.max_per_customer} per customer")
        booking = Booking(next(self._ids), customer, seats, Status.WAITLISTED)
        self._bookings[booking.id] = booking
        if not self._waitlist and seats <= self.available:
            self._confirm(booking)
        else:
            self._waitlist.append(booking.id)
        return booking

    def cancel(self, booking_id: int) -> list[Booking]:
        """Cancels the booking; returns the waitlisted bookings that were confirmed with the freed seats."""
        booking = self.booking(booking_id)
        if booking.status is Status.CANCELLED:
            raise ValueError(f"booking {booking_id} is already cancelled")
        if booking.status is Status.CONFIRMED:
            self.available += booking.seats
        else:
            self._waitlist.remove(booking.id)
        booking.status = Status.CANCELLED
        return self._promote()

    def booking(self, booking_id: int) -> Booking:
        try:
            return self._bookings[booking_id]
        except KeyError:
            raise KeyError(f"no booking {booking_id} for {self.name}") from None

    def seats_held_by(self, customer: str) -> int:
        """Seats the customer has booked, whether confirmed or still waiting."""
        return sum(booking.seats for booking in self._bookings.values()
                   if booking.customer == customer and booking.status is not Status.CANCELLED)

    def waitlist(self) -> list[Booking]:
        return [self._bookings[booking_id] for booking_id in self._waitlist]

    def attendees(self) -> dict[str, int]:
        """Confirmed seats per customer, by customer name."""
        seats: dict[str, int] = {}
        for booking in self._bookings.values():
            if booking.status is Status.CONFIRMED:
                seats[booking.customer] = seats.get(booking.customer, 0) + booking.seats
        return dict(sorted(seats.items()))

    def _confirm(self, booking: Booking) -> None:
        booking.status = Status.CONFIRMED
        self.available -= booking.seats

    def _promote(self) -> list[Booking]:
        promoted = []
        while self._waitlist:
            first = self._bookings[self._waitlist[0]]
            if first.seats > self.available:
                break
            self._waitlist.popleft()
            self._confirm(first)
            promoted.append(first)
        return promoted
