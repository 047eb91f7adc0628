package diff;

/** One line of a diff: kept from both texts, deleted from the old text, or inserted from the new one. */
public record Edit(Kind kind, String line) {
    public enum Kind {
        KEEP(' '),
        DELETE('-'),
        INSERT('+');

        private final char marker;

        Kind(char marker) {
            this.marker = marker;
        }

        public char marker() {
            return marker;
        }
    }

    public static Edit keep(String line) {
        return new Edit(Kind.KEEP, line);
    }

    public static Edit delete(String line) {
        return new Edit(Kind.DELETE, line);
    }

    public static Edit insert(String line) {
        return new Edit(Kind.INSERT, line);
    }

    @Override
    public String toString() {
        return kind.marker() + line;
    }
}
