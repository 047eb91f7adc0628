using System.Reflection;

// Runs every public static parameterless method of the static classes named *Tests.
// An optional argument keeps only the tests whose "Class.Method" contains it.
var filter = args.Length > 0 ? args[0] : "";
var tests = Assembly.GetExecutingAssembly().GetTypes()
    .Where(t => t.IsClass && t.IsAbstract && t.IsSealed && t.Name.EndsWith("Tests"))
    .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.GetParameters().Length == 0 && m.DeclaringType == t))
    .Where(m => $"{m.DeclaringType!.Name}.{m.Name}".Contains(filter))
    .OrderBy(m => $"{m.DeclaringType!.Name}.{m.Name}", StringComparer.Ordinal)
    .ToList();
var failed = 0;
foreach (var test in tests)
{
    var name = $"{test.DeclaringType!.Name}.{test.Name}";
    try
    {
        test.Invoke(null, null);
        Console.WriteLine($"PASS {name}");
    }
    catch (TargetInvocationException e)
    {
        failed++;
        var inner = e.InnerException ?? e;
        Console.WriteLine($"FAIL {name}: {inner.GetType().Name}: {inner.Message}");
        Console.WriteLine(inner.StackTrace);
    }
}
Console.WriteLine($"{tests.Count - failed} passed, {failed} failed");
return failed > 0 || tests.Count == 0 ? 1 : 0;
