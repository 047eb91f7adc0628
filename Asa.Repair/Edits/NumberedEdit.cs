namespace Asa.Repair.Edits;

/// <summary>An edit with its 1-based place in the model's reply, which is how problems refer to it.</summary>
internal sealed record NumberedEdit<TEdit>(int Number, TEdit Edit) where TEdit : FileEdit;
