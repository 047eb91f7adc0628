namespace Books;

public static class IsbnValidator
{
    // The ISBN without hyphens and spaces, upper-cased.
    public static string Normalize(string isbn) =>
        new string(isbn.Where(c => c != '-' && c != ' ').ToArray()).ToUpperInvariant();

    public static bool IsValid(string isbn)
    {
        var digits = Normalize(isbn);
        return digits.Length switch
        {
            10 => IsValidIsbn10(digits),
            13 => IsValidIsbn13(digits),
            _ => false,
        };
    }

    // ISBN-10: weights 10 down to 1, the last character may be X for 10; the weighted sum is a multiple of 11.
    private static bool IsValidIsbn10(string digits)
    {
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            var c = digits[i];
            int value;
            if (char.IsDigit(c)) value = c - '0';
            else if (c == 'X' && i == 9) value = 10;
            else return false;
            sum += value * (10 - i);
        }
        return sum % 10 == 0;
    }

    // ISBN-13: weights alternate 1 and 3; the weighted sum is a multiple of 10.
    private static bool IsValidIsbn13(string digits)
    {
        if (!digits.All(char.IsDigit)) return false;
        var sum = 0;
        for (var i = 0; i < 13; i++)
        {
            sum += (digits[i] - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return sum % 10 == 0;
    }
}
