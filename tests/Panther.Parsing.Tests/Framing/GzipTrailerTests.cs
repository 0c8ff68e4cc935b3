using System.IO.Compression;
using System.Text;

namespace Panther.Parsing.Tests.Framing;

/// <summary>Gzip input cut short is reported, not taken for a complete file.</summary>
public class GzipTrailerTests
{
    private const string EndsEarly = "gzip data ends early";

    [Fact]
    public async Task A_gzip_file_cut_at_a_flush_point_keeps_its_records_and_reports_the_cut()
    {
        using var output = new MemoryStream();
        long flushedAt;
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(CloudTrailText.Event("A") + "\n" + CloudTrailText.Event("B") + "\n"));
            gzip.Flush();
            flushedAt = output.Length;
            gzip.Write(Encoding.UTF8.GetBytes(CloudTrailText.Event("C") + "\n"));
        }

        var run = await ParseRun.ReadAsync(output.ToArray()[..(int)flushedAt]);

        Assert.Equal(["A", "B"], run.Events.Select(e => e.Json.GetProperty("eventName").GetString()));
        Assert.StartsWith(EndsEarly, Assert.Single(run.Quarantined).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gzip_file_without_its_trailer_is_reported()
    {
        var gzip = ParseRun.Gzip(Encoding.UTF8.GetBytes(CloudTrailText.Event("A") + "\n"));

        var run = await ParseRun.ReadAsync(gzip[..^8]);

        Assert.StartsWith(EndsEarly, Assert.Single(run.Quarantined).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Complete_single_and_multi_member_gzip_files_are_not_reported()
    {
        var first = ParseRun.Gzip(Encoding.UTF8.GetBytes(CloudTrailText.Event("A") + "\n"));
        var second = ParseRun.Gzip(Encoding.UTF8.GetBytes(CloudTrailText.Event("B") + "\n"));

        var single = await ParseRun.ReadAsync(first);
        var multi = await ParseRun.ReadAsync([.. first, .. second]);

        Assert.Empty(single.Quarantined);
        Assert.Single(single.Events);
        Assert.Empty(multi.Quarantined);
        Assert.Equal(["A", "B"], multi.Events.Select(e => e.Json.GetProperty("eventName").GetString()));
    }
}
