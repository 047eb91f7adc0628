package sensors;

public final class Converter {
    private static final double ZERO_CELSIUS_IN_KELVIN = 273.15;

    private Converter() {
    }

    /** The value in another unit of the same dimension; temperatures below absolute zero are refused. */
    public static double convert(double value, Unit from, Unit to) {
        if (from.dimension() != to.dimension()) {
            throw new IllegalArgumentException("cannot convert " + from.symbol() + " to " + to.symbol());
        }
        if (from.dimension() == Unit.Dimension.TEMPERATURE) {
            double kelvin = toKelvin(value, from);
            if (kelvin < 0) {
                throw new IllegalArgumentException(value + " " + from.symbol() + " is below absolute zero");
            }
            return fromKelvin(kelvin, to);
        }
        if (from == to) {
            return value;
        }
        return value * from.siFactor() / to.siFactor();
    }

    private static double toKelvin(double value, Unit unit) {
        return switch (unit) {
            case KELVIN -> value;
            case CELSIUS -> value + ZERO_CELSIUS_IN_KELVIN;
            case FAHRENHEIT -> (value - 32) * 5 / 9 + ZERO_CELSIUS_IN_KELVIN;
            default -> throw new IllegalArgumentException("not a temperature unit: " + unit.symbol());
        };
    }

    private static double fromKelvin(double kelvin, Unit unit) {
        return switch (unit) {
            case KELVIN -> kelvin;
            case CELSIUS -> kelvin - ZERO_CELSIUS_IN_KELVIN;
            case FAHRENHEIT -> (kelvin - ZERO_CELSIUS_IN_KELVIN) * 9 / 5 + 32;
            default -> throw new IllegalArgumentException("not a temperature unit: " + unit.symbol());
        };
    }
}
