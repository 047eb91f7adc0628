namespace Uploads;

/// <summary>Each customer may upload a limited number of bytes a day; rejected files do not count.</summary>
public sealed class UploadQuota(long bytesPerDay)
{
    private readonly Dictionary<(string Customer, DateOnly Day), long> used = new();

    public long Remaining(string customer, DateOnly day) => bytesPerDay - used.GetValueOrDefault((customer, day));

    public UploadVerdict TryUpload(string customer, DateOnly day, string path, long sizeBytes)
    {
        var verdict = UploadPolicy.Check(path, sizeBytes);
        if (!verdict.Accepted)
        {
            return verdict;
        }
        if (sizeBytes > Remaining(customer, day))
        {
            return UploadVerdict.Reject("the daily upload quota is used up");
        }
        used[(customer, day)] = used.GetValueOrDefault((customer, day)) + sizeBytes;
        return verdict;
    }
}
