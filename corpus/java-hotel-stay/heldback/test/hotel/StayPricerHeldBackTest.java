package hotel;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import org.junit.Test;

public class StayPricerHeldBackTest {
    private static Stay stay(RoomType room, String checkIn, String checkOut, int guests) {
        return new Stay(room, LocalDate.parse(checkIn), LocalDate.parse(checkOut), guests);
    }

    @Test
    public void exactlyOneCalendarMonth() {
        Stay march = stay(RoomType.SINGLE, "2025-03-01", "2025-04-01", 1);
        assertEquals(31, StayPricer.nights(march));
        assertEquals(197_837, StayPricer.roomTotal(march));
        assertEquals(5_250, StayPricer.touristTax(march));
    }

    @Test
    public void februaryOfALeapYear() {
        Stay february = stay(RoomType.DOUBLE, "2024-02-01", "2024-03-01", 2);
        assertEquals(29, StayPricer.nights(february));
        assertEquals(260_825, StayPricer.total(february));
    }

    @Test
    public void overNewYearForAFamily() {
        Stay winter = stay(RoomType.FAMILY, "2024-12-20", "2025-02-03", 3);
        assertEquals(45, StayPricer.nights(winter));
        assertEquals(15_750, StayPricer.touristTax(winter));
        assertEquals(551_675, StayPricer.total(winter));
    }

    @Test
    public void sixNightsAreNotALongStay() {
        Stay six = stay(RoomType.SINGLE, "2025-05-26", "2025-06-01", 1);
        assertEquals(6, StayPricer.nights(six));
        assertEquals(47_000, StayPricer.total(six));
    }

    @Test
    public void oneNight() {
        assertEquals(1, StayPricer.nights(stay(RoomType.SINGLE, "2025-12-31", "2026-01-01", 1)));
    }

    @Test(expected = IllegalArgumentException.class)
    public void checkOutBeforeCheckInIsRefused() {
        stay(RoomType.SINGLE, "2025-04-02", "2025-04-01", 1);
    }
}
