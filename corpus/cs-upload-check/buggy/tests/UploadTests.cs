using Uploads;

public static class UploadTests
{
    private const long MiB = 1024 * 1024;

    public static void APdfIsAcceptedAsADocument()
    {
        Assert.Equal(UploadVerdict.Accept(FileKind.Document), UploadPolicy.Check("contract.pdf", 200_000));
    }

    public static void TheTypeIsReadInAnyLetterCase()
    {
        Assert.Equal(UploadVerdict.Accept(FileKind.Image), UploadPolicy.Check(@"C:\Users\kim\PHOTO.JPG", 3 * MiB));
    }

    public static void AnImageOverItsLimitIsRejected()
    {
        var verdict = UploadPolicy.Check("scan.png", 6 * MiB);
        Assert.False(verdict.Accepted, "accepted");
        Assert.Equal("Image files may be at most 5 MiB", verdict.Reason);
    }

    public static void ProgramsAndNamesWithoutATypeAreRejected()
    {
        Assert.Equal("files of type 'exe' are not accepted", UploadPolicy.Check("setup.exe", 1000).Reason);
        Assert.Equal("the file name has no type", UploadPolicy.Check("README", 1000).Reason);
        Assert.Equal("the file name has no type", UploadPolicy.Check(".env", 1000).Reason);
    }

    public static void ADocumentWithADateInItsNameIsAccepted()
    {
        Assert.Equal(UploadVerdict.Accept(FileKind.Document), UploadPolicy.Check("minutes.2025-03-04.pdf", 80_000));
    }

    public static void TheDailyQuotaStopsUploads()
    {
        var quota = new UploadQuota(8 * MiB);
        var day = new DateOnly(2025, 3, 4);
        Assert.True(quota.TryUpload("acme", day, "a.png", 5 * MiB).Accepted, "first upload accepted");
        Assert.False(quota.TryUpload("acme", day, "b.png", 4 * MiB).Accepted, "second upload accepted");
        Assert.Equal(3 * MiB, quota.Remaining("acme", day));
    }
}
