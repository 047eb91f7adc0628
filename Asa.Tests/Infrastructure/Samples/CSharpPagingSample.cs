namespace Asa.Tests.Infrastructure.Samples;

/// <summary>
/// C#: <c>Pager.PageCount</c> divides with integer division and drops a partly full last page. The sandbox has no
/// network, so NuGet cannot restore xunit; the tests are a console project that references only the SDK and exits
/// non-zero when a test fails (an optional argument filters tests by name).
/// </summary>
internal static class CSharpPagingSample
{
    public static BuggySample Sample { get; } = new(
        Name: "csharp-paging",
        Language: "csharp",
        Files: new Dictionary<string, string>
        {
            [".gitignore"] = """
            bin/
            obj/

            """,
            ["src/Paging/Pager.cs"] = """
            namespace Paging;

            /// <summary>Splits a list of items into numbered pages; the first page is 1.</summary>
            public static class Pager
            {
                /// <summary>How many pages the items fill; the last page may be only partly full.</summary>
                public static int PageCount(int totalItems, int pageSize)
                {
                    ArgumentOutOfRangeException.ThrowIfNegative(totalItems);
                    ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
                    return totalItems / pageSize;
                }

                /// <summary>How many items come before the given page.</summary>
                public static int Offset(int page, int pageSize)
                {
                    ArgumentOutOfRangeException.ThrowIfNegativeOrZero(page);
                    ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
                    return (page - 1) * pageSize;
                }

                /// <summary>The items shown on the given page.</summary>
                public static IReadOnlyList<T> Page<T>(IReadOnlyList<T> items, int page, int pageSize) =>
                    items.Skip(Offset(page, pageSize)).Take(pageSize).ToList();
            }

            """,
            ["src/Paging/Paging.csproj"] = """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
            </Project>

            """,
            ["tests/Paging.Tests/Assert.cs"] = """
            namespace Paging.Tests;

            /// <summary>Thrown by <see cref="Assert"/> when a check fails.</summary>
            public sealed class AssertionException(string message) : Exception(message);

            public static class Assert
            {
                public static void Equal<T>(T expected, T actual)
                {
                    if (!EqualityComparer<T>.Default.Equals(expected, actual))
                    {
                        throw new AssertionException($"Assert.Equal failed. Expected: {expected}. Actual: {actual}.");
                    }
                }

                public static void Throws<TException>(Action action) where TException : Exception
                {
                    try
                    {
                        action();
                    }
                    catch (TException)
                    {
                        return;
                    }
                    throw new AssertionException($"Assert.Throws failed. No {typeof(TException).Name} was thrown.");
                }
            }

            """,
            ["tests/Paging.Tests/PagerTests.cs"] = """
            namespace Paging.Tests;

            public static class PagerTests
            {
                public static void FullPagesAreCounted()
                {
                    Assert.Equal(3, Pager.PageCount(totalItems: 9, pageSize: 3));
                    Assert.Equal(0, Pager.PageCount(totalItems: 0, pageSize: 3));
                }

                public static void SecondPageStartsAfterTheFirst() => Assert.Equal(3, Pager.Offset(page: 2, pageSize: 3));

                public static void PageHoldsItsItems() =>
                    Assert.Equal("d,e,f", string.Join(",", Pager.Page(new[] { "a", "b", "c", "d", "e", "f", "g" }, page: 2, pageSize: 3)));

                public static void ZeroPageSizeIsRejected() =>
                    Assert.Throws<ArgumentOutOfRangeException>(() => Pager.PageCount(totalItems: 5, pageSize: 0));
            }

            """,
            ["tests/Paging.Tests/Paging.Tests.csproj"] = """
            <Project Sdk="Microsoft.NET.Sdk">
              <!-- A console test runner: dotnet run, with an optional name filter after a double dash; exits 1 when a test fails. -->
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../../src/Paging/Paging.csproj" />
              </ItemGroup>
            </Project>

            """,
            ["tests/Paging.Tests/Program.cs"] = """
            using System.Reflection;

            // Every public static parameterless method of a class named *Tests is a test; an argument keeps only the
            // tests whose "Class.Method" name contains it.
            var filter = args.FirstOrDefault();
            var tests = typeof(Program).Assembly.GetTypes()
                .Where(type => type.Name.EndsWith("Tests", StringComparison.Ordinal))
                .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Static))
                .Where(method => method.GetParameters().Length == 0)
                .Select(method => (Name: $"{method.DeclaringType!.Name}.{method.Name}", Method: method))
                .Where(test => filter is null || test.Name.Contains(filter, StringComparison.Ordinal))
                .OrderBy(test => test.Name, StringComparer.Ordinal)
                .ToList();

            var failed = 0;
            foreach (var (name, method) in tests)
            {
                try
                {
                    method.Invoke(null, null);
                    Console.WriteLine($"PASS {name}");
                }
                catch (TargetInvocationException exception)
                {
                    failed++;
                    Console.WriteLine($"FAIL {name}: {exception.InnerException}");
                }
            }

            Console.WriteLine($"{tests.Count - failed} passed, {failed} failed");
            return tests.Count > 0 && failed == 0 ? 0 : 1;

            """,
        },
        TestCommand: "dotnet run --project tests/Paging.Tests",
        BugDescription: """
            Pager.PageCount loses the last page when it is only partly full.

            With 10 items and a page size of 3, Pager.PageCount(10, 3) returns 3, so our list view never shows the
            10th item: page 4 is missing from the page links. It should return 4. Exact multiples work
            (PageCount(9, 3) is 3).
            """,
        ReproductionTestPath: "tests/Paging.Tests/PageCountReproTests.cs",
        ReproductionTest: """
            namespace Paging.Tests;

            public static class PageCountReproTests
            {
                public static void PartlyFullLastPageIsCounted() => Assert.Equal(4, Pager.PageCount(totalItems: 10, pageSize: 3));
            }

            """,
        ReproductionCommand: "dotnet run --project tests/Paging.Tests -- PageCountReproTests",
        FixReply: """
            RATIONALE: Integer division rounds down, so a last page holding fewer than pageSize items was not counted.
            Round up instead: (totalItems + pageSize - 1) / pageSize, which stays exact for full pages and for zero items.
            CONFIDENCE: 0.95

            src/Paging/Pager.cs
            <<<<<<< SEARCH
                    return totalItems / pageSize;
            =======
                    return (totalItems + pageSize - 1) / pageSize;
            >>>>>>> REPLACE
            """,
        WrongFixReply: """
            RATIONALE: The page count must be rounded up rather than truncated, so take the ceiling of the division.
            CONFIDENCE: 0.6

            src/Paging/Pager.cs
            <<<<<<< SEARCH
                    return totalItems / pageSize;
            =======
                    return (int)Math.Ceiling((double)(totalItems / pageSize));
            >>>>>>> REPLACE
            """,
        TestDeletingReply: """
            RATIONALE: The full-page assertion ties PageCount to plain division; removing it leaves the counting
            free to change.
            CONFIDENCE: 0.7

            tests/Paging.Tests/PagerTests.cs
            <<<<<<< SEARCH
                    Assert.Equal(3, Pager.PageCount(totalItems: 9, pageSize: 3));
                    Assert.Equal(0, Pager.PageCount(totalItems: 0, pageSize: 3));
            =======
                    Assert.Equal(0, Pager.PageCount(totalItems: 0, pageSize: 3));
            >>>>>>> REPLACE
            """,
        BuggyFile: "src/Paging/Pager.cs");
}
