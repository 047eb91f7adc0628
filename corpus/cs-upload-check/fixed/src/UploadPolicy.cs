namespace Uploads;

public enum FileKind { Document, Image, Archive }

public sealed record UploadVerdict(bool Accepted, FileKind? Kind, string Reason)
{
    public static UploadVerdict Accept(FileKind kind) => new(true, kind, "");

    public static UploadVerdict Reject(string reason) => new(false, null, reason);
}

/// <summary>Which files the support portal takes: by the type their name ends in, each type with its own size limit.</summary>
public static class UploadPolicy
{
    private const long MiB = 1024 * 1024;

    private sealed record Rule(FileKind Kind, string[] Extensions, long MaxBytes);

    private static readonly Rule[] Rules =
    [
        new(FileKind.Document, ["pdf", "docx", "txt", "csv"], 10 * MiB),
        new(FileKind.Image, ["png", "jpg", "jpeg", "gif"], 5 * MiB),
        new(FileKind.Archive, ["zip", "gz"], 50 * MiB),
    ];

    /// <summary>The lower-case type after the name's final dot, without any folders; "" when there is none.</summary>
    public static string Extension(string path)
    {
        var name = path[(path.LastIndexOfAny(['/', '\\']) + 1)..];
        var dot = name.LastIndexOf('.');
        if (dot <= 0 || dot == name.Length - 1)
        {
            return "";
        }
        return name[(dot + 1)..].ToLowerInvariant();
    }

    public static UploadVerdict Check(string path, long sizeBytes)
    {
        if (sizeBytes <= 0)
        {
            return UploadVerdict.Reject("the file is empty");
        }
        var extension = Extension(path);
        if (extension.Length == 0)
        {
            return UploadVerdict.Reject("the file name has no type");
        }
        var rule = Rules.FirstOrDefault(r => r.Extensions.Contains(extension));
        if (rule is null)
        {
            return UploadVerdict.Reject($"files of type '{extension}' are not accepted");
        }
        if (sizeBytes > rule.MaxBytes)
        {
            return UploadVerdict.Reject($"{rule.Kind} files may be at most {rule.MaxBytes / MiB} MiB");
        }
        return UploadVerdict.Accept(rule.Kind);
    }
}
