namespace Asa.Repair;

/// <summary>Which of a candidate's runs a recorded run is (stored by the worker as the test run's phase).</summary>
public enum RunPhase
{
    /// <summary>The reproduction test with the candidate; it must pass.</summary>
    ReproductionAfterFix,

    /// <summary>The user's tests with the candidate; they must pass.</summary>
    AfterFix,

    /// <summary>The whole suite with the candidate, when the test command selects part of it; nothing that passed may fail.</summary>
    SuiteAfterFix,
}
