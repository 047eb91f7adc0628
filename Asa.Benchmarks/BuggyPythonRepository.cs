using System.Text;

namespace Asa.Benchmarks;

/// <summary>
/// A generated Python repository on disk with one planted bug: modules of plausible business functions, a tenth of
/// the files tests, and one large module whose <see cref="BuggyFunction"/> divides by zero, reached from a test
/// through a caller in another module, as the traceback, bug report and reproduction test describe.
/// </summary>
public sealed class BuggyPythonRepository : IDisposable
{
    public const string BuggyFunction = "share_of_total";
    private const int BuggyModuleFunctions = 150;

    private static readonly string[] Verbs = ["compute", "load", "parse", "format", "merge", "split", "filter", "render", "apply", "collect", "validate", "round"];
    private static readonly string[] Nouns = ["order", "invoice", "customer", "price", "discount", "tax", "ledger", "balance", "report", "shipment", "stock", "period", "rate", "window", "account"];

    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("asa-prompt-size-");

    private BuggyPythonRepository()
    {
    }

    public string Root => root.FullName;
    public int FileCount { get; private set; }
    public int TestFileCount { get; private set; }
    public long Bytes { get; private set; }
    public string BuggyPath { get; private set; } = "";
    public string FailureOutput { get; private set; } = "";
    public string BugDescription { get; private set; } = "";
    public string ReproductionTest { get; private set; } = "";

    public static BuggyPythonRepository Generate(int files)
    {
        var repository = new BuggyPythonRepository();
        repository.Write(files);
        return repository;
    }

    public void Dispose() => root.Delete(recursive: true);

    private void Write(int files)
    {
        var random = new Random(20261126);
        var modules = new List<string>();
        // Every tenth file is a test; the bug is planted in a module.
        var buggyIndex = files / 3 % 10 == 9 ? (files / 3) + 1 : files / 3;
        for (var i = 0; i < files - 1; i++)
        {
            if (i % 10 == 9)
            {
                var tested = modules[random.Next(modules.Count)];
                Save($"tests/test_{i}.py", TestModule(tested, random));
                TestFileCount++;
                continue;
            }
            var module = $"shop/area{i % 37}/module{i}";
            modules.Add(module);
            if (i == buggyIndex)
            {
                BuggyPath = $"{module}.py";
                Save(BuggyPath, BuggyModule(random));
            }
            else
            {
                Save($"{module}.py", Module(random.Next(4, 40), random));
            }
        }
        var buggyModule = BuggyPath[..^3].Replace('/', '.');
        var bugLine = File.ReadAllLines(Path.Combine(Root, BuggyPath)).ToList().FindIndex(l => l.Contains("/ (total - total)", StringComparison.Ordinal)) + 1;
        var callerPath = "shop/checkout_summary.py";
        Save(callerPath, $"from {buggyModule} import {BuggyFunction}\n\n\ndef summarize(parts):\n    total = sum(parts)\n    return [{BuggyFunction}(p, total) for p in parts]\n");
        ReproductionTest = $"from shop.checkout_summary import summarize\n\n\ndef test_summary_of_single_part():\n    assert summarize([5]) == [1.0]\n";
        BugDescription = $"The checkout summary crashes with ZeroDivisionError when an order has one part: {BuggyFunction} should return the part's share of the order total.";
        FailureOutput = $"""
            ============================= test session starts ==============================
            platform linux -- Python 3.12.3, pytest-8.2.0, pluggy-1.5.0
            rootdir: /workspace/repo
            collected 1 item

            tests/test_repro.py F                                                    [100%]

            =================================== FAILURES ===================================
            _________________________ test_summary_of_single_part __________________________
            Traceback (most recent call last):
              File "/usr/lib/python3/site-packages/_pytest/python.py", line 159, in pytest_pyfunc_call
                result = testfunction(**testargs)
              File "/workspace/repo/tests/test_repro.py", line 5, in test_summary_of_single_part
                assert summarize([5]) == [1.0]
              File "/workspace/repo/{callerPath}", line 6, in summarize
                return [{BuggyFunction}(p, total) for p in parts]
              File "/workspace/repo/{BuggyPath}", line {bugLine}, in {BuggyFunction}
                return part / (total - total)
            ZeroDivisionError: division by zero
            =========================== short test summary info ============================
            FAILED tests/test_repro.py::test_summary_of_single_part - ZeroDivisionError: division by zero
            ============================== 1 failed in 0.05s ===============================
            """;
        FileCount = files;
    }

    private void Save(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        Bytes += Encoding.UTF8.GetByteCount(content);
    }

    private static string Module(int functions, Random random)
    {
        var text = new StringBuilder("import math\nfrom decimal import Decimal\n");
        for (var f = 0; f < functions; f++)
        {
            AppendFunction(text, $"{Verbs[random.Next(Verbs.Length)]}_{Nouns[random.Next(Nouns.Length)]}_{f}", random);
        }
        return text.ToString();
    }

    private static string BuggyModule(Random random)
    {
        var text = new StringBuilder(Module(BuggyModuleFunctions / 2, random));
        text.Append($"\n\ndef {BuggyFunction}(part, total):\n    \"\"\"The part's share of the order total, from 0 to 1.\"\"\"\n    if total == 0:\n        return 0.0\n    return part / (total - total)\n");
        for (var f = BuggyModuleFunctions / 2; f < BuggyModuleFunctions; f++)
        {
            AppendFunction(text, $"{Verbs[random.Next(Verbs.Length)]}_{Nouns[random.Next(Nouns.Length)]}_{f}", random);
        }
        return text.ToString();
    }

    private static void AppendFunction(StringBuilder text, string name, Random random)
    {
        var noun = Nouns[random.Next(Nouns.Length)];
        text.Append($"\n\ndef {name}({noun}, rate=Decimal('0.{random.Next(10, 99)}')):\n")
            .Append($"    \"\"\"Applies the {noun} rate and rounds to the cent.\"\"\"\n")
            .Append($"    value = Decimal({noun}) * rate\n")
            .Append($"    if value < {random.Next(0, 100)}:\n        return Decimal(0)\n")
            .Append("    return value.quantize(Decimal('0.01'))\n");
    }

    private static string TestModule(string module, Random random) =>
        $"import pytest\nfrom {module.Replace('/', '.')} import *\n\n\ndef test_{Nouns[random.Next(Nouns.Length)]}_is_rounded():\n    assert True\n";
}
