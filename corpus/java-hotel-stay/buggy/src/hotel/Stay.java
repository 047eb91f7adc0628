package hotel;

import java.time.LocalDate;

/** A booked stay: the guests arrive on checkIn and leave on checkOut, so the last night is the one before checkOut. */
public record Stay(RoomType room, LocalDate checkIn, LocalDate checkOut, int guests) {
    public Stay {
        if (!checkOut.isAfter(checkIn)) {
            throw new IllegalArgumentException("check-out " + checkOut + " must be after check-in " + checkIn);
        }
        if (guests < 1 || guests > room.maxGuests()) {
            throw new IllegalArgumentException(guests + " guests do not fit a " + room);
        }
    }
}
