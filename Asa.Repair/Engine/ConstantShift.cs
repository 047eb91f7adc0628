using System.Globalization;

namespace Asa.Repair.Engine;

/// <summary>Moves an integer constant up or down by one.</summary>
public sealed class ConstantShift : IMutationOperator
{
    public IEnumerable<MutationEdit> Propose(MutationSite site)
    {
        for (var i = site.First; i < site.End; i++)
        {
            var token = site[i];
            if (token.Kind != TokenKind.Number || !long.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }
            yield return new MutationEdit("constant", $"{value} to {value + 1}", token.Start, token.Text.Length,
                (value + 1).ToString(CultureInfo.InvariantCulture), 0.9);
            if (value > 0)
            {
                yield return new MutationEdit("constant", $"{value} to {value - 1}", token.Start, token.Text.Length,
                    (value - 1).ToString(CultureInfo.InvariantCulture), 0.9);
            }
        }
    }
}
