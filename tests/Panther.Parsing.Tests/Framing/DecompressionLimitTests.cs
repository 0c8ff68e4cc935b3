using System.IO.Compression;
using System.Text;

namespace Panther.Parsing.Tests.Framing;

/// <summary>Gzip input that decompresses past the limits stops being read; what came before is kept.</summary>
public class DecompressionLimitTests
{
    [Fact]
    public async Task Input_past_the_size_limit_keeps_the_records_before_and_is_quarantined_with_the_reason()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 2_000; i++)
        {
            text.Append(CloudTrailText.Event("E" + i)).Append('\n');
        }

        var input = Encoding.UTF8.GetBytes(text.ToString());
        var limit = input.Length / 2;

        var run = await ParseRun.ReadAsync(ParseRun.Gzip(input), configure: o => o.MaxDecompressedBytes = limit,
            source: "bomb.json.gz");

        Assert.InRange(run.Events.Count, 1, 1_000);
        Assert.Equal("E0", run.Events[0].Json.GetProperty("eventName").GetString());
        var record = Assert.Single(run.Quarantined);
        Assert.Equal("bomb.json.gz", record.Source);
        Assert.StartsWith($"gzip input is refused: it decompresses to more than {limit:N0} bytes", record.Reason,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Input_below_the_size_limit_is_read_whole()
    {
        var input = Encoding.UTF8.GetBytes(CloudTrailText.Event("A") + "\n" + CloudTrailText.Event("B") + "\n");

        var run = await ParseRun.ReadAsync(ParseRun.Gzip(input), configure: o => o.MaxDecompressedBytes = input.Length);

        Assert.Equal(2, run.Events.Count);
        Assert.Empty(run.Quarantined);
    }

    [Fact]
    public async Task A_bomb_of_blank_lines_is_stopped_by_the_ratio_soon_after_the_grace()
    {
        var newlines = new byte[80 * 1024 * 1024];
        newlines.AsSpan().Fill((byte)'\n');
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize))
        {
            gzip.Write(newlines);
        }

        var bomb = output.ToArray();

        var run = await ParseRun.ReadAsync(bomb);

        var record = Assert.Single(run.Quarantined);
        Assert.Contains("times its compressed size", record.Reason, StringComparison.Ordinal);
        Assert.InRange(run.BlankLines, 64 * 1024 * 1024 - (1 << 20), 80 * 1024 * 1024 - 1);
    }
}
