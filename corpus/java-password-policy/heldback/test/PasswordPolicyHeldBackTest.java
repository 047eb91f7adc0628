import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class PasswordPolicyHeldBackTest {
    @Test
    public void userNameInTheMiddleInAnyCase() {
        assertFalse(PasswordPolicy.isAcceptable("carol", "my-CAROL-pass-9"));
    }

    @Test
    public void problemsAreListedInOrder() {
        assertEquals(List.of("shorter than 10 characters", "contains the user name", "starts or ends with a space"), PasswordPolicy.problems("dan", " dan99"));
    }

    @Test
    public void unrelatedUserNameIsFine() {
        assertTrue(PasswordPolicy.isAcceptable("erin", "winter-sun-2031"));
    }

    @Test
    public void blankUserNameIsIgnored() {
        assertTrue(PasswordPolicy.isAcceptable("", "winter-sun-2031"));
    }
}
