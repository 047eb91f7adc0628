package hotel;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Prices stays in cents: nightly rates with a weekend surcharge, a long-stay discount and the city's tourist tax. */
public final class StayPricer {
    /** Friday and Saturday nights cost a quarter more. */
    static final int WEEKEND_SURCHARGE_PERCENT = 25;
    /** Stays of this many nights or more get the long-stay discount on the room (not on the tax). */
    static final int LONG_STAY_NIGHTS = 7;
    static final int LONG_STAY_DISCOUNT_PERCENT = 15;
    /** The city charges its tax per guest and night, for at most this many nights of one stay. */
    static final int TOURIST_TAX_CENTS = 250;
    static final int TOURIST_TAX_MAX_NIGHTS = 21;
    /** Cancelling fewer than this many days before arrival costs the first night. */
    static final int FREE_CANCELLATION_DAYS = 2;

    private StayPricer() {
    }

    public static int nights(Stay stay) {
        return (int) ChronoUnit.DAYS.between(stay.checkIn(), stay.checkOut());
    }

    /** The room's price for the night that starts on the given date. */
    public static int nightPrice(RoomType room, LocalDate night) {
        DayOfWeek day = night.getDayOfWeek();
        boolean weekend = day == DayOfWeek.FRIDAY || day == DayOfWeek.SATURDAY;
        return weekend ? room.nightlyCents() * (100 + WEEKEND_SURCHARGE_PERCENT) / 100 : room.nightlyCents();
    }

    /** The room for every night of the stay, less the long-stay discount (rounded in the guest's favour). */
    public static int roomTotal(Stay stay) {
        int total = 0;
        for (LocalDate night = stay.checkIn(); night.isBefore(stay.checkOut()); night = night.plusDays(1)) {
            total += nightPrice(stay.room(), night);
        }
        if (nights(stay) >= LONG_STAY_NIGHTS) {
            total -= (total * LONG_STAY_DISCOUNT_PERCENT + 99) / 100;
        }
        return total;
    }

    public static int touristTax(Stay stay) {
        return stay.guests() * Math.min(nights(stay), TOURIST_TAX_MAX_NIGHTS) * TOURIST_TAX_CENTS;
    }

    public static int total(Stay stay) {
        return roomTotal(stay) + touristTax(stay);
    }

    /** What the guest pays when cancelling on the given day: nothing if early enough, else the first night. */
    public static int cancellationFee(Stay stay, LocalDate cancelledOn) {
        long daysAhead = ChronoUnit.DAYS.between(cancelledOn, stay.checkIn());
        return daysAhead >= FREE_CANCELLATION_DAYS ? 0 : nightPrice(stay.room(), stay.checkIn());
    }
}
