using System.Text;
using System.Text.Json;
using Panther.Parsing;
using Panther.Parsing.Events;
using Panther.Pipelines.Quarantine;

namespace Panther.Pipelines.Tests.Quarantine;

public sealed class LakeQuarantineWriterTests : IDisposable
{
    private readonly DirectoryInfo _lake = Directory.CreateTempSubdirectory("panther-quarantine-");

    public void Dispose() => _lake.Delete(recursive: true);

    [Fact]
    public async Task No_records_leave_no_file()
    {
        var writer = new LakeQuarantineWriter(_lake.FullName);

        await writer.DisposeAsync();

        Assert.Null(writer.FilePath);
        Assert.False(Directory.Exists(Path.Combine(_lake.FullName, "quarantine")));
    }

    [Fact]
    public async Task Records_are_kept_as_json_lines_that_appear_only_when_the_file_is_complete()
    {
        var writer = new LakeQuarantineWriter(_lake.FullName);
        var folder = Path.Combine(_lake.FullName, "quarantine");

        await writer.WriteAsync(new QuarantinedRecord("a.log", new RecordPosition(3, 0, 120), "bad", "{x"u8.ToArray()));
        await writer.WriteAsync(new QuarantinedRecord("b.log", new RecordPosition(0, 2, 7), "worse",
            new byte[] { 0xFF, 0x00 }));
        var visibleBefore = Directory.GetFiles(folder).Where(f => !Path.GetFileName(f).StartsWith('.')).ToList();
        await writer.DisposeAsync();

        Assert.Empty(visibleBefore);
        var file = Assert.Single(Directory.GetFiles(folder));
        Assert.Equal(writer.FilePath, file);
        Assert.Matches(@"^\d{8}T\d{6}Z-[0-9a-f]{32}\.jsonl$", Path.GetFileName(file));
        var lines = await File.ReadAllLinesAsync(file, Encoding.UTF8);
        var first = JsonDocument.Parse(lines[0]).RootElement;
        Assert.Equal(("a.log", 3, 120, "bad", "{x"), (first.GetProperty("source").GetString(),
            first.GetProperty("line").GetInt32(), first.GetProperty("byte_offset").GetInt32(),
            first.GetProperty("reason").GetString(), first.GetProperty("data").GetString()));
        var second = JsonDocument.Parse(lines[1]).RootElement;
        Assert.Equal(2, second.GetProperty("record").GetInt32());
        Assert.Equal(Convert.ToBase64String([0xFF, 0x00]), second.GetProperty("data_base64").GetString());
    }
}
