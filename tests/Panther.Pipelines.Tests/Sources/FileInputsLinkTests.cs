using Panther.Pipelines.Sources;

namespace Panther.Pipelines.Tests.Sources;

public sealed class FileInputsLinkTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("panther-links-");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void A_folder_link_that_loops_back_is_followed_once()
    {
        var logs = Directory.CreateDirectory(Path.Combine(_root.FullName, "logs"));
        File.WriteAllText(Path.Combine(logs.FullName, "a.jsonl"), "{}\n");
        Directory.CreateSymbolicLink(Path.Combine(logs.FullName, "self"), logs.FullName);

        var inputs = FileInputs.Expand([logs.FullName]);

        Assert.Equal([Path.Combine(logs.FullName, "a.jsonl")], inputs.Select(i => i.Source.Name));
    }

    [Fact]
    public void A_linked_folder_elsewhere_is_read()
    {
        var logs = Directory.CreateDirectory(Path.Combine(_root.FullName, "logs"));
        var archive = Directory.CreateDirectory(Path.Combine(_root.FullName, "archive"));
        File.WriteAllText(Path.Combine(archive.FullName, "old.jsonl"), "{}\n");
        File.WriteAllText(Path.Combine(logs.FullName, "new.jsonl"), "{}\n");
        Directory.CreateSymbolicLink(Path.Combine(logs.FullName, "archive"), archive.FullName);

        var inputs = FileInputs.Expand([logs.FullName]);

        Assert.Equal(
            [Path.Combine(logs.FullName, "archive", "old.jsonl"), Path.Combine(logs.FullName, "new.jsonl")],
            inputs.Select(i => i.Source.Name));
    }
}
