package hotel;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import org.junit.Test;

public class StayPricerTest {
    private static Stay stay(RoomType room, String checkIn, String checkOut, int guests) {
        return new Stay(room, LocalDate.parse(checkIn), LocalDate.parse(checkOut), guests);
    }

    @Test
    public void fridayAndSaturdayNightsCostMore() {
        assertEquals(9_500, StayPricer.nightPrice(RoomType.DOUBLE, LocalDate.parse("2025-03-06")));
        assertEquals(11_875, StayPricer.nightPrice(RoomType.DOUBLE, LocalDate.parse("2025-03-07")));
        assertEquals(11_875, StayPricer.nightPrice(RoomType.DOUBLE, LocalDate.parse("2025-03-08")));
    }

    @Test
    public void longWeekendForTwo() {
        Stay weekend = stay(RoomType.DOUBLE, "2025-03-06", "2025-03-09", 2);
        assertEquals(3, StayPricer.nights(weekend));
        assertEquals(1_500, StayPricer.touristTax(weekend));
        assertEquals(34_750, StayPricer.total(weekend));
    }

    @Test
    public void aWeekGetsTheLongStayDiscount() {
        Stay week = stay(RoomType.DOUBLE, "2025-03-03", "2025-03-10", 2);
        assertEquals(7, StayPricer.nights(week));
        assertEquals(60_562, StayPricer.roomTotal(week));
        assertEquals(64_062, StayPricer.total(week));
    }

    @Test
    public void aWeekOverTheEndOfAMonth() {
        assertEquals(57_687, StayPricer.total(stay(RoomType.STUDIO, "2025-10-28", "2025-11-04", 2)));
    }

    @Test
    public void cancellingLateCostsTheFirstNight() {
        Stay weekend = stay(RoomType.DOUBLE, "2025-03-07", "2025-03-09", 2);
        assertEquals(0, StayPricer.cancellationFee(weekend, LocalDate.parse("2025-03-05")));
        assertEquals(11_875, StayPricer.cancellationFee(weekend, LocalDate.parse("2025-03-06")));
    }

    @Test
    public void fiveWeekStudioLet() {
        Stay let = stay(RoomType.STUDIO, "2025-01-15", "2025-02-20", 1);
        assertEquals(36, StayPricer.nights(let));
        assertEquals(283_412, StayPricer.total(let));
    }
}
