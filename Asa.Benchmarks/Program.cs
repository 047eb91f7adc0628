using Asa.Benchmarks;

if (args is not ["submit", .. var rest])
{
    Console.Error.WriteLine(SubmitOptions.Usage);
    return SubmitBenchmark.ExitUsage;
}
SubmitOptions options;
try
{
    options = SubmitOptions.Parse(rest);
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine($"{exception.Message}\n\n{SubmitOptions.Usage}");
    return SubmitBenchmark.ExitUsage;
}
using var interrupt = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; interrupt.Cancel(); };
return await new SubmitBenchmark(options, Console.Out, Console.Error).RunAsync(interrupt.Token);
