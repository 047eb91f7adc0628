import java.math.BigDecimal;

/** One month of a repayment schedule; amounts in currency units with two decimals. */
public record Instalment(int month, BigDecimal payment, BigDecimal interest, BigDecimal principal, BigDecimal balanceAfter) {}
