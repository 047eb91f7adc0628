using Asa.Repair.Edits;

namespace Asa.Repair.Localization;

/// <summary>
/// What localisation knows about one checkout, read once: its files, the symbols each defines, where each symbol
/// name is defined, the path matcher and the lexical index. Rank several queries against one snapshot.
/// </summary>
public sealed class CheckoutSnapshot
{
    private CheckoutSnapshot(IReadOnlyList<SourceFile> files, IReadOnlyList<IReadOnlyList<CodeSymbol>> symbols)
    {
        Files = files;
        Symbols = symbols;
        Paths = new RepositoryPaths(files.Select(f => f.Path));
        Index = LexicalIndex.Build(files);
        IndexOf = files.Select((file, index) => (file.Path, index)).ToDictionary(p => p.Path, p => p.index, StringComparer.Ordinal);
        var definitions = new Dictionary<string, List<(int File, CodeSymbol Symbol)>>(StringComparer.Ordinal);
        for (var file = 0; file < files.Count; file++)
        {
            foreach (var symbol in symbols[file])
            {
                if (!definitions.TryGetValue(symbol.Name, out var list))
                {
                    definitions[symbol.Name] = list = [];
                }
                list.Add((file, symbol));
            }
        }
        Definitions = definitions;
    }

    public IReadOnlyList<SourceFile> Files { get; }

    /// <summary>The symbols of <see cref="Files"/>[i], in line order.</summary>
    public IReadOnlyList<IReadOnlyList<CodeSymbol>> Symbols { get; }

    internal IReadOnlyDictionary<string, int> IndexOf { get; }

    /// <summary>Every file defining a name, and the definition.</summary>
    internal IReadOnlyDictionary<string, List<(int File, CodeSymbol Symbol)>> Definitions { get; }

    public RepositoryPaths Paths { get; }

    /// <summary>The encoding a file of the checkout is in, to write a change back in it; UTF-8 for a file it does not hold.</summary>
    public TextEncoding EncodingOf(string path) =>
        IndexOf.TryGetValue(path, out var index) ? Files[index].Encoding ?? TextEncoding.Utf8 : TextEncoding.Utf8;

    public LexicalIndex Index { get; }

    public static CheckoutSnapshot Load(string checkoutRoot, CancellationToken cancellationToken)
    {
        var files = CheckoutFiles.Read(checkoutRoot, cancellationToken);
        var symbols = new IReadOnlyList<CodeSymbol>[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = cancellationToken },
            i => symbols[i] = SymbolExtractor.Extract(files[i].Path, files[i].Text));
        return new CheckoutSnapshot(files, symbols);
    }
}
