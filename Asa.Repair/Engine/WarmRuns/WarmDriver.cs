namespace Asa.Repair.Engine.WarmRuns;

/// <summary>How a warm driver runs each candidate's tests.</summary>
public enum WarmDriver
{
    /// <summary>A child process a candidate: a pytest child forked from a warm parent, or a Node child.</summary>
    ChildPerCandidate,

    /// <summary>One warm Node runner for the batch that loads each candidate's test files afresh in-process.</summary>
    NodeInProcess,

    /// <summary>One C# host for the batch that compiles each candidate with Roslyn and runs it in a load context of its own.</summary>
    RoslynHost,

    /// <summary>One Java host for the batch that compiles each candidate with the JDK's compiler in memory and runs JUnit in a class loader of its own.</summary>
    JavacHost,
}
