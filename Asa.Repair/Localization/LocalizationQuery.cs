namespace Asa.Repair.Localization;

/// <summary>
/// What is known about a bug: the user's description, the failing run's output, the reproduction test the model
/// wrote, and files to leave out of the ranking (paths relative to the checkout root, '/' separated).
/// </summary>
public sealed record LocalizationQuery(string BugDescription, string FailureOutput, string? ReproductionTest, IReadOnlySet<string>? ExcludedFiles = null);
