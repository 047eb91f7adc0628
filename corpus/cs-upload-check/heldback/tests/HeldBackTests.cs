using Uploads;

public static class HeldBackTests
{
    private const long MiB = 1024 * 1024;

    public static void TheTypeIsWhatFollowsTheLastDot()
    {
        Assert.Equal("gz", UploadPolicy.Extension("backup.tar.gz"));
        Assert.Equal("pdf", UploadPolicy.Extension("scans/v1.2/invoice.final.PDF"));
        Assert.Equal("json", UploadPolicy.Extension(".config.json"));
        Assert.Equal("txt", UploadPolicy.Extension(@"D:\logs.old\today.txt"));
        Assert.Equal("", UploadPolicy.Extension("draft."));
        Assert.Equal("", UploadPolicy.Extension("notes.d/README"));
    }

    public static void ACompressedTarballIsAnArchive()
    {
        Assert.Equal(UploadVerdict.Accept(FileKind.Archive), UploadPolicy.Check("backup.2025.tar.gz", 40 * MiB));
    }

    public static void AProgramDisguisedAsADocumentIsRejected()
    {
        Assert.Equal("files of type 'exe' are not accepted", UploadPolicy.Check("invoice.pdf.exe", 1000).Reason);
    }

    public static void SizeLimitsFollowTheRealType()
    {
        Assert.Equal("Document files may be at most 10 MiB", UploadPolicy.Check("report.v2.docx", 11 * MiB).Reason);
        Assert.Equal(UploadVerdict.Accept(FileKind.Document), UploadPolicy.Check("report.v2.docx", 10 * MiB));
    }

    public static void RejectedFilesDoNotUseTheQuota()
    {
        var quota = new UploadQuota(10 * MiB);
        var day = new DateOnly(2025, 3, 5);
        Assert.False(quota.TryUpload("acme", day, "tool.exe", 2 * MiB).Accepted, "exe accepted");
        Assert.True(quota.TryUpload("acme", day, "photos.2025.zip", 9 * MiB).Accepted, "zip accepted");
        Assert.Equal(1 * MiB, quota.Remaining("acme", day));
        Assert.Equal(10 * MiB, quota.Remaining("acme", day.AddDays(1)));
    }
}
