/** A seat as printed on a ticket: the row letter (A is the front row) and the seat number from 1, as in "C7". */
public record SeatLabel(int row, int seat) {
    public static SeatLabel parse(String label) {
        if (label == null || label.length() < 2 || !Character.isUpperCase(label.charAt(0))) {
            throw new IllegalArgumentException("not a seat label: " + label);
        }
        try {
            int number = Integer.parseInt(label.substring(1));
            if (number < 1) {
                throw new IllegalArgumentException("seats are numbered from 1: " + label);
            }
            return new SeatLabel(label.charAt(0) - 'A', number - 1);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a seat label: " + label, e);
        }
    }

    @Override
    public String toString() {
        return (char) ('A' + row) + Integer.toString(seat + 1);
    }
}
