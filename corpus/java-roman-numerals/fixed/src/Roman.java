/** Roman numerals between 1 and 3999. */
public final class Roman {
    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private Roman() {
    }

    public static String format(int number) {
        if (number < 1 || number > 3999) {
            throw new IllegalArgumentException("out of range: " + number);
        }
        StringBuilder result = new StringBuilder();
        int rest = number;
        for (int i = 0; i < VALUES.length; i++) {
            while (rest >= VALUES[i]) {
                result.append(SYMBOLS[i]);
                rest -= VALUES[i];
            }
        }
        return result.toString();
    }

    public static int parse(String numeral) {
        if (numeral == null || numeral.isEmpty()) {
            throw new IllegalArgumentException("empty numeral");
        }
        String upper = numeral.toUpperCase();
        int total = 0;
        for (int i = 0; i < upper.length(); i++) {
            int value = symbolValue(upper.charAt(i));
            boolean beforeLarger = i + 1 < upper.length() && value < symbolValue(upper.charAt(i + 1));
            total += beforeLarger ? -value : value;
        }
        return total;
    }

    static int symbolValue(char symbol) {
        switch (symbol) {
            case 'I': return 1;
            case 'V': return 5;
            case 'X': return 10;
            case 'L': return 50;
            case 'C': return 100;
            case 'D': return 500;
            case 'M': return 1000;
            default: throw new IllegalArgumentException("not a roman digit: " + symbol);
        }
    }
}
