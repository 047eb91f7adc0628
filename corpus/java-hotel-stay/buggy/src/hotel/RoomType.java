package hotel;

/** The rooms the hotel sells, with their weekday rate per night in cents. */
public enum RoomType {
    SINGLE(7_000, 1),
    DOUBLE(9_500, 2),
    FAMILY(13_000, 4),
    STUDIO(8_500, 2);

    private final int nightlyCents;
    private final int maxGuests;

    RoomType(int nightlyCents, int maxGuests) {
        this.nightlyCents = nightlyCents;
        this.maxGuests = maxGuests;
    }

    public int nightlyCents() {
        return nightlyCents;
    }

    public int maxGuests() {
        return maxGuests;
    }
}
