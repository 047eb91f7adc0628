package sensors;

import java.util.Map;

/** The units our weather stations report in. Non-temperature units carry their size in SI units. */
public enum Unit {
    CELSIUS("\u00b0C", Dimension.TEMPERATURE, 1),
    FAHRENHEIT("\u00b0F", Dimension.TEMPERATURE, 1),
    KELVIN("K", Dimension.TEMPERATURE, 1),
    PASCAL("Pa", Dimension.PRESSURE, 1),
    HECTOPASCAL("hPa", Dimension.PRESSURE, 100),
    KILOPASCAL("kPa", Dimension.PRESSURE, 1_000),
    BAR("bar", Dimension.PRESSURE, 100_000),
    PSI("psi", Dimension.PRESSURE, 6_894.757293168),
    METRES_PER_SECOND("m/s", Dimension.SPEED, 1),
    KILOMETRES_PER_HOUR("km/h", Dimension.SPEED, 1 / 3.6),
    KNOTS("kn", Dimension.SPEED, 1_852.0 / 3_600),
    MILES_PER_HOUR("mph", Dimension.SPEED, 0.44704);

    public enum Dimension { TEMPERATURE, PRESSURE, SPEED }

    private static final Map<String, Unit> ALIASES = Map.of("C", CELSIUS, "degC", CELSIUS, "F", FAHRENHEIT,
            "degF", FAHRENHEIT, "mbar", HECTOPASCAL, "kt", KNOTS, "kph", KILOMETRES_PER_HOUR);

    private final String symbol;
    private final Dimension dimension;
    private final double siFactor;

    Unit(String symbol, Dimension dimension, double siFactor) {
        this.symbol = symbol;
        this.dimension = dimension;
        this.siFactor = siFactor;
    }

    public String symbol() {
        return symbol;
    }

    public Dimension dimension() {
        return dimension;
    }

    double siFactor() {
        return siFactor;
    }

    public static Unit fromSymbol(String text) {
        for (Unit unit : values()) {
            if (unit.symbol.equals(text)) {
                return unit;
            }
        }
        Unit alias = ALIASES.get(text);
        if (alias == null) {
            throw new IllegalArgumentException("unknown unit: " + text);
        }
        return alias;
    }
}
