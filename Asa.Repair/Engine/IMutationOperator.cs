namespace Asa.Repair.Engine;

/// <summary>A family of small edits the engine tries at a suspicious line.</summary>
public interface IMutationOperator
{
    IEnumerable<MutationEdit> Propose(MutationSite site);
}
