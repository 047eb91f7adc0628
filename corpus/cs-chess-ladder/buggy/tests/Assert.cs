public class AssertionException(string message) : Exception(message);

public static class Assert
{
    public static void Equal<T>(T expected, T actual)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
            throw new AssertionException($"Expected: {expected}, Actual: {actual}");
    }

    public static void Near(double expected, double actual, double tolerance = 0.01)
    {
        if (Math.Abs(expected - actual) > tolerance)
            throw new AssertionException($"Expected: {expected} (within {tolerance}), Actual: {actual}");
    }

    public static void SequenceEqual<T>(IEnumerable<T> expected, IEnumerable<T> actual)
    {
        if (!expected.SequenceEqual(actual))
            throw new AssertionException($"Expected: [{string.Join(", ", expected)}], Actual: [{string.Join(", ", actual)}]");
    }

    public static void Throws<TException>(Action action) where TException : Exception
    {
        try { action(); }
        catch (TException) { return; }
        catch (Exception e) { throw new AssertionException($"Expected: {typeof(TException).Name}, Actual: {e.GetType().Name}"); }
        throw new AssertionException($"Expected: {typeof(TException).Name}, Actual: no exception");
    }
}
