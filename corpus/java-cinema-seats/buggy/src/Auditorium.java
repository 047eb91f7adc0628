import java.util.ArrayList;
import java.util.List;

/** The seats of one screening. Groups sit together in one row; the back rows are offered first. */
public final class Auditorium {
    private final boolean[][] taken;

    public Auditorium(int rows, int seatsPerRow) {
        if (rows < 1 || rows > 26 || seatsPerRow < 1) {
            throw new IllegalArgumentException("an auditorium has 1 to 26 rows and at least one seat a row");
        }
        taken = new boolean[rows][seatsPerRow];
    }

    public void markTaken(String label) {
        SeatLabel seat = locate(label);
        if (taken[seat.row()][seat.seat()]) {
            throw new IllegalStateException(label + " is already taken");
        }
        taken[seat.row()][seat.seat()] = true;
    }

    public boolean isTaken(String label) {
        SeatLabel seat = locate(label);
        return taken[seat.row()][seat.seat()];
    }

    public int freeSeats() {
        int free = 0;
        for (boolean[] row : taken) {
            for (boolean seat : row) {
                if (!seat) {
                    free++;
                }
            }
        }
        return free;
    }

    /**
     * Books {@code count} adjacent seats in one row, the back row first and the leftmost block within a row, and
     * returns their labels; an empty list when no row has that many adjacent free seats.
     */
    public List<String> bookTogether(int count) {
        int seatsPerRow = taken[0].length;
        if (count < 1 || count > seatsPerRow) {
            throw new IllegalArgumentException("a group of " + count + " cannot sit in rows of " + seatsPerRow);
        }
        for (int row = taken.length - 1; row >= 0; row--) {
            for (int first = 0; first + count < seatsPerRow; first++) {
                if (allFree(row, first, count)) {
                    List<String> labels = new ArrayList<>();
                    for (int seat = first; seat < first + count; seat++) {
                        taken[row][seat] = true;
                        labels.add(new SeatLabel(row, seat).toString());
                    }
                    return labels;
                }
            }
        }
        return List.of();
    }

    private boolean allFree(int row, int first, int count) {
        for (int seat = first; seat < first + count; seat++) {
            if (taken[row][seat]) {
                return false;
            }
        }
        return true;
    }

    private SeatLabel locate(String label) {
        SeatLabel seat = SeatLabel.parse(label);
        if (seat.row() >= taken.length || seat.seat() >= taken[0].length) {
            throw new IllegalArgumentException("no seat " + label + " in this auditorium");
        }
        return seat;
    }
}
