class BookingError(Exception):
    pass


class Booking:
    def __init__(self, room, start, end, guest):
        if start >= end:
            raise BookingError("a booking must end after it starts")
        self.room = room
        self.start = start
        self.end = end
        self.guest = guest
        self.cancelled = False

    def overlaps(self, start, end):
        return self.start < end and start < self.end


class Calendar:
    def __init__(self):
        self.bookings = []

    def conflicts(self, room, start, end):
        found = []
        for booking in self.bookings:
            if booking.room != room:
                continue
            if not booking.cancelled and booking.overlaps(start, end):
                found.append(booking)
        return found

    def is_available(self, room, start, end):
        return not self.conflicts(room, start, end)

    def book(self, room, start, end, guest):
        if not self.is_available(room, start, end):
            raise BookingError(f"room {room} is taken between {start} and {end}")
        booking = Booking(room, start, end, guest)
        self.bookings.append(booking)
        return booking

    def cancel(self, booking):
        booking.cancelled = True
