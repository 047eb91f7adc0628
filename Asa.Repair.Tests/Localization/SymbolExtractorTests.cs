using Asa.Repair.Localization;

namespace Asa.Repair.Tests.Localization;

public sealed class SymbolExtractorTests
{
    private static CodeSymbol Find(IReadOnlyList<CodeSymbol> symbols, string name) => Assert.Single(symbols, s => s.Name == name);

    [Fact]
    public void BoundsPythonDefinitionsByIndentation()
    {
        const string text = """
            import re


            class Parser:
                def parse(self, text):
                    if not text:
                        return None

                    return text.strip()

                def reset(self):
                    pass


            def parse_date(value,
                    fmt=None):
                return value
            """;

        var symbols = SymbolExtractor.Extract("src/parser.py", text);

        Assert.Equal(new CodeSymbol("Parser", "class", 4, 12), Find(symbols, "Parser"));
        Assert.Equal(new CodeSymbol("parse", "method", 5, 9), Find(symbols, "parse"));
        Assert.Equal(new CodeSymbol("reset", "method", 11, 12), Find(symbols, "reset"));
        Assert.Equal(new CodeSymbol("parse_date", "function", 15, 17), Find(symbols, "parse_date"));
    }

    [Fact]
    public void BoundsCSharpTypesMethodsAndPropertiesByBraces()
    {
        const string text = """
            namespace Acme;

            public sealed class Calc
            {
                public Calc(int seed) { Seed = seed; }

                public int Seed { get; }

                public int Divide(int a, int b)
                {
                    var text = "not a brace: }";
                    if (b == 0)
                    {
                        throw new DivideByZeroException();
                    }
                    return a / b;
                }

                private static string Describe() => "calc";
            }
            """;

        var symbols = SymbolExtractor.Extract("src/Calc.cs", text);

        Assert.Equal(new CodeSymbol("Calc", "class", 3, 20), symbols[0]);
        Assert.Equal(new CodeSymbol("Calc", "method", 5, 5), symbols[1]);
        Assert.Equal(new CodeSymbol("Seed", "property", 7, 7), Find(symbols, "Seed"));
        Assert.Equal(new CodeSymbol("Divide", "method", 9, 17), Find(symbols, "Divide"));
        Assert.Equal(new CodeSymbol("Describe", "method", 19, 19), Find(symbols, "Describe"));
        Assert.DoesNotContain(symbols, s => s.Name is "if" or "DivideByZeroException");
    }

    [Fact]
    public void FindsJavaScriptFunctionsClassesArrowsAndMethods()
    {
        const string text = """
            const { sum } = require('./sum');

            function add(a, b) {
              return a - b;
            }

            export const multiply = (a, b) => {
              return a * b;
            };

            class Calculator {
              constructor() {
                this.total = 0;
              }

              push(value) {
                if (value) {
                  this.total += value;
                }
              }
            }
            """;

        var symbols = SymbolExtractor.Extract("src/calc.js", text);

        Assert.Equal(new CodeSymbol("add", "function", 3, 5), Find(symbols, "add"));
        Assert.Equal(new CodeSymbol("multiply", "function", 7, 9), Find(symbols, "multiply"));
        Assert.Equal(new CodeSymbol("Calculator", "class", 11, 21), Find(symbols, "Calculator"));
        Assert.Equal(new CodeSymbol("push", "method", 16, 20), Find(symbols, "push"));
        Assert.DoesNotContain(symbols, s => s.Name == "if");
    }

    [Fact]
    public void FindsJavaClassesAndMethodsButNotCalls()
    {
        const string text = """
            package com.acme.calc;

            public class Calc {
                @Override
                public String toString() {
                    return format("calc");
                }

                public int divide(int a, int b) {
                    validate(b);
                    return a / b;
                }
            }
            """;

        var symbols = SymbolExtractor.Extract("src/main/java/com/acme/calc/Calc.java", text);

        Assert.Equal(["Calc", "toString", "divide"], symbols.Select(s => s.Name));
        Assert.Equal(new CodeSymbol("divide", "method", 9, 12), Find(symbols, "divide"));
    }

    [Fact]
    public void FindsGoFunctionsMethodsAndTypes()
    {
        const string text = """
            package calc

            type Calc struct {
            	total int
            }

            type Mode int

            func (c *Calc) Add(v interface{}) int {
            	return c.total
            }

            func Divide(a, b int) int {
            	return a / b
            }
            """;

        var symbols = SymbolExtractor.Extract("calc.go", text);

        Assert.Equal(new CodeSymbol("Calc", "type", 3, 5), Find(symbols, "Calc"));
        Assert.Equal(new CodeSymbol("Mode", "type", 7, 7), Find(symbols, "Mode"));
        Assert.Equal(new CodeSymbol("Add", "method", 9, 11), Find(symbols, "Add"));
        Assert.Equal(new CodeSymbol("Divide", "function", 13, 15), Find(symbols, "Divide"));
    }

    [Fact]
    public void FindsNothingInFilesOfOtherLanguages()
    {
        Assert.Empty(SymbolExtractor.Extract("README.md", "# def not_code():"));
    }
}
