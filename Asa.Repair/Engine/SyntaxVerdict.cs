namespace Asa.Repair.Engine;

/// <summary>What a syntax check says of a candidate: it parses (C#: compiles), it does not, or it could not be checked and the tests decide.</summary>
public enum SyntaxVerdict
{
    Parses,
    Fails,
    Unchecked,
}
