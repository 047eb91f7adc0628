namespace Asa.Repair.Engine;

/// <summary>How a candidate's run of the failing tests compared with the unchanged program's.</summary>
public enum RunEffect
{
    /// <summary>The same output: the edit made no difference the tests could see.</summary>
    Unchanged,

    /// <summary>A different output, but no fewer failures.</summary>
    Changed,

    /// <summary>Fewer tests failed, or all the failing tests passed.</summary>
    Closer,
}
