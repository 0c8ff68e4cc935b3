using Panther.Parsing;
using Panther.Parsing.Events;
using Panther.Pipelines.Quarantine;

namespace Panther.Pipelines.Tests.Quarantine;

public sealed class LakeQuarantineReaderTests : IDisposable
{
    private readonly DirectoryInfo _lake = Directory.CreateTempSubdirectory("panther-quarantine-read-");

    public void Dispose() => _lake.Delete(recursive: true);

    [Fact]
    public async Task Records_read_back_as_they_were_written_and_replayed_files_are_set_aside()
    {
        QuarantinedRecord[] written =
        [
            new("logs/a.jsonl", new RecordPosition(3, 3, 120), "invalid JSON", "{\"a\":"u8.ToArray()),
            new("logs/b.bin", new RecordPosition(1, 1, 0), "not UTF-8", new byte[] { 0xff, 0xfe, 0x41 }),
            new("logs/c.jsonl", new RecordPosition(9, 9, 4096), "too long", "{\"x\":\"aaaa"u8.ToArray(), true),
        ];
        var writer = new LakeQuarantineWriter(_lake.FullName);
        await using (writer)
        {
            foreach (var record in written)
            {
                await writer.WriteAsync(record);
            }
        }

        var file = Assert.Single(LakeQuarantineReader.ListFiles(_lake.FullName));
        var read = LakeQuarantineReader.Read(file).ToList();
        var moved = LakeQuarantineReader.MarkReplayed(file);

        Assert.Equal(written.Select(Describe), read.Select(Describe));
        Assert.Empty(LakeQuarantineReader.ListFiles(_lake.FullName));
        Assert.Equal(Path.Combine(_lake.FullName, "quarantine", "replayed", Path.GetFileName(file)), moved);
        Assert.True(File.Exists(moved));
    }

    [Fact]
    public void A_damaged_line_is_kept_byte_for_byte_and_only_newlines_split_lines()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_lake.FullName, "quarantine")).FullName;
        var path = Path.Combine(folder, "20261203T150000Z-x.jsonl");
        byte[] damaged = [0xff, 0xfe, (byte)'\r', (byte)'A', 0x00];
        File.WriteAllBytes(path, [.. damaged, (byte)'\n', .. "{\"source\":\"s\",\"reason\":\"r\",\"data\":\"x\"}"u8]);

        var records = LakeQuarantineReader.Read(path).ToList();

        Assert.Equal(2, records.Count);
        Assert.Equal(damaged, records[0].Data.ToArray());
        Assert.Equal(LakeQuarantineReader.DamagedReason, records[0].Reason);
        Assert.Equal(("s", "r", "x"), (records[1].Source, records[1].Reason, records[1].GetText()));
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("9223372036854775808")]
    [InlineData("-3")]
    [InlineData("\"7\"")]
    public void A_line_whose_position_is_not_a_whole_number_is_kept_as_a_damaged_line(string line)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_lake.FullName, "quarantine")).FullName;
        var path = Path.Combine(folder, "20261203T150000Z-y.jsonl");
        var text = "{\"source\":\"s\",\"line\":" + line + ",\"reason\":\"r\",\"data\":\"x\"}";
        File.WriteAllText(path, text + "\n");

        var record = Assert.Single(LakeQuarantineReader.Read(path));

        Assert.Equal(LakeQuarantineReader.DamagedReason, record.Reason);
        Assert.Equal(text, record.GetText());
    }

    private static string Describe(QuarantinedRecord record) =>
        $"{record.Source}|{record.Position}|{record.Reason}|{record.IsTruncated}|"
        + Convert.ToHexString(record.Data.Span);
}
