namespace Asa.Repair;

/// <summary>How one repair reaches the world outside it: the sandbox, the task's journal, and the model when one takes part.</summary>
public sealed record RepairPorts(ICandidateRunner Runner, IRepairProgress Progress, IRepairModel? Model);
