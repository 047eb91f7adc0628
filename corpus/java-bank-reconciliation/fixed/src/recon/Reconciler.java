package recon;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Pairs bank statement lines with ledger entries. A pair needs the same amount and dates at most a few days apart
 * (the bank books a payment a day or two after the ledger does). Each ledger entry pairs with one line at most.
 * When several entries could pair with a line, the one whose text appears in the line wins, then the nearest date.
 */
public final class Reconciler {
    private final int dateToleranceDays;

    public Reconciler(int dateToleranceDays) {
        if (dateToleranceDays < 0) {
            throw new IllegalArgumentException("tolerance must not be negative: " + dateToleranceDays);
        }
        this.dateToleranceDays = dateToleranceDays;
    }

    public Reconciliation reconcile(List<Transaction> statement, List<Transaction> ledger) {
        List<Transaction> lines = new ArrayList<>(statement);
        lines.sort(Comparator.comparing(Transaction::date));

        List<Reconciliation.Match> matches = new ArrayList<>();
        List<Transaction> unmatchedBank = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        for (Transaction line : lines) {
            int best = -1;
            for (int i = 0; i < ledger.size(); i++) {
                Transaction entry = ledger.get(i);
                if (used.contains(i) || entry.amount().compareTo(line.amount()) != 0) {
                    continue;
                }
                if (daysApart(entry, line) > dateToleranceDays) {
                    continue;
                }
                if (best < 0 || isBetter(entry, ledger.get(best), line)) {
                    best = i;
                }
            }
            if (best < 0) {
                unmatchedBank.add(line);
            } else {
                used.add(best);
                matches.add(new Reconciliation.Match(line, ledger.get(best)));
            }
        }

        List<Transaction> unmatchedLedger = new ArrayList<>();
        for (int i = 0; i < ledger.size(); i++) {
            if (!used.contains(i)) {
                unmatchedLedger.add(ledger.get(i));
            }
        }
        return new Reconciliation(matches, unmatchedBank, unmatchedLedger);
    }

    private static boolean isBetter(Transaction candidate, Transaction current, Transaction line) {
        boolean candidateNamed = mentions(line, candidate);
        boolean currentNamed = mentions(line, current);
        if (candidateNamed != currentNamed) {
            return candidateNamed;
        }
        return daysApart(candidate, line) < daysApart(current, line);
    }

    private static boolean mentions(Transaction line, Transaction entry) {
        String reference = entry.text().trim().toUpperCase(Locale.ROOT);
        return !reference.isEmpty() && line.text().toUpperCase(Locale.ROOT).contains(reference);
    }

    private static long daysApart(Transaction a, Transaction b) {
        return Math.abs(ChronoUnit.DAYS.between(a.date(), b.date()));
    }
}
