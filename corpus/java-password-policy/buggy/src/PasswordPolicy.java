import java.util.ArrayList;
import java.util.List;

/** Checks new account passwords and explains what is wrong with them. */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;

    private PasswordPolicy() {
    }

    /** The problems with the password chosen by the user, empty when it is acceptable. */
    public static List<String> problems(String username, String password) {
        List<String> problems = new ArrayList<>();
        if (password.length() < MIN_LENGTH) {
            problems.add("shorter than " + MIN_LENGTH + " characters");
        }
        boolean letter = false;
        boolean digit = false;
        for (char c : password.toCharArray()) {
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        if (!letter) {
            problems.add("no letter");
        }
        if (!digit) {
            problems.add("no digit");
        }
        if (!password.equals(password.strip())) {
            problems.add("starts or ends with a space");
        }
        return problems;
    }

    public static boolean isAcceptable(String username, String password) {
        return problems(username, password).isEmpty();
    }
}
