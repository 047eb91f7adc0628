namespace Asa.Repair.Edits;

/// <summary>The model's reply does not follow the edit block format; the message says where and how, so the model can correct it.</summary>
public sealed class EditFormatException(string message) : Exception(message);
