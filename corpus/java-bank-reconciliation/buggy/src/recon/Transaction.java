package recon;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/** One movement of money: a line of the bank statement or an entry of the company's ledger. */
public record Transaction(LocalDate date, String text, BigDecimal amount) {
    public Transaction {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(amount, "amount");
    }

    public static Transaction of(String date, String text, String amount) {
        return new Transaction(LocalDate.parse(date), text, new BigDecimal(amount));
    }

    /**
     * Reads a line of the bank's CSV export, "2024-03-04;ACME LTD INV-1042;-120.00". The bank writes amounts with
     * thousands separators ("1,250.00").
     */
    public static Transaction parseStatementLine(String line) {
        String[] fields = line.split(";", -1);
        if (fields.length != 3) {
            throw new IllegalArgumentException("expected date;text;amount: " + line);
        }
        try {
            return new Transaction(
                    LocalDate.parse(fields[0].trim()), fields[1].trim(), new BigDecimal(fields[2].trim().replace(",", "")));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("unreadable statement line: " + line, e);
        }
    }
}
