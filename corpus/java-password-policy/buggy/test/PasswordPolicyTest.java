import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class PasswordPolicyTest {
    @Test
    public void goodPasswordIsAccepted() {
        assertTrue(PasswordPolicy.isAcceptable("alice", "violet-42-harbour"));
    }

    @Test
    public void shortPasswordWithoutDigit() {
        assertEquals(List.of("shorter than 10 characters", "no digit"), PasswordPolicy.problems("bob", "kitten"));
    }

    @Test
    public void digitsOnlyHasNoLetter() {
        assertEquals(List.of("no letter"), PasswordPolicy.problems("bob", "1234567890"));
    }

    @Test
    public void passwordContainingUserNameIsRefused() {
        assertEquals(List.of("contains the user name"), PasswordPolicy.problems("Alice", "alice2024xyz"));
    }
}
