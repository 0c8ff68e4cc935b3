using System.Text;
using Panther.Pipelines.Sources;

namespace Panther.Pipelines.Tests.Sources;

public sealed class FileInputsTests : IDisposable
{
    private readonly string _root =
        Path.Combine(Path.GetTempPath(), $"panther-file-inputs-{Guid.NewGuid():N}");

    public FileInputsTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Files_of_a_folder_come_in_ordinal_order_of_their_full_path()
    {
        Create("b.json", "a/z.json", "a.json", "B.json", "a/b/c.json", "A.json", "10.json", "9.json");

        var inputs = FileInputs.Expand([_root]);

        Assert.Equal(
            Paths("10.json", "9.json", "A.json", "B.json", "a.json", "a/b/c.json", "a/z.json", "b.json"),
            inputs.Select(i => i.Source.Name));
    }

    [Fact]
    public void A_folder_is_read_through_every_level_of_sub_folders()
    {
        Create("one/two/three/four/deep.log", "top.log");

        var inputs = FileInputs.Expand([_root]);

        Assert.Equal(Paths("one/two/three/four/deep.log", "top.log"), inputs.Select(i => i.Source.Name));
    }

    [Fact]
    public void Hidden_files_and_everything_under_hidden_folders_are_left_out()
    {
        Create(
            ".hidden.json",
            ".git/config",
            ".git/objects/ab/cdef",
            "logs/.partial.json",
            "logs/.cache/x.json",
            "logs/kept.json",
            "logs/v1.2/kept.json",
            "kept.json");

        var inputs = FileInputs.Expand([_root]);

        Assert.Equal(Paths("kept.json", "logs/kept.json", "logs/v1.2/kept.json"), inputs.Select(i => i.Source.Name));
    }

    [Fact]
    public void A_hidden_folder_named_directly_is_read()
    {
        Create(".archive/old.json");
        var folder = Path.Combine(_root, ".archive");

        var inputs = FileInputs.Expand([folder]);

        Assert.Equal([Path.Combine(folder, "old.json")], inputs.Select(i => i.Source.Name));
    }

    [Fact]
    public void A_hidden_file_named_directly_is_read()
    {
        Create(".env.json");
        var file = Path.Combine(_root, ".env.json");

        var inputs = FileInputs.Expand([file]);

        Assert.Equal([file], inputs.Select(i => i.Source.Name));
    }

    [Fact]
    public void Files_named_directly_come_in_the_order_given()
    {
        Create("a.json", "b.json", "c.json");
        var (a, b, c) = (Path.Combine(_root, "a.json"), Path.Combine(_root, "b.json"), Path.Combine(_root, "c.json"));

        var inputs = FileInputs.Expand([c, a, b]);

        Assert.Equal([c, a, b], inputs.Select(i => i.Source.Name));
    }

    [Fact]
    public void Files_folders_and_standard_input_keep_the_order_of_the_arguments()
    {
        Create("z.json", "dir/2.json", "dir/1.json");
        var file = Path.Combine(_root, "z.json");
        var folder = Path.Combine(_root, "dir");

        var inputs = FileInputs.Expand([file, "-", folder], () => new MemoryStream());

        Assert.Equal(
            [file, "stdin", Path.Combine(folder, "1.json"), Path.Combine(folder, "2.json")],
            inputs.Select(i => i.Source.Name));
    }

    [Fact]
    public void A_dash_is_standard_input_opened_with_the_supplied_factory()
    {
        using var stdin = new MemoryStream(Encoding.UTF8.GetBytes("{\"a\":1}\n"));
        var opened = 0;

        var inputs = FileInputs.Expand(["-"], () =>
        {
            opened++;
            return stdin;
        });

        var input = Assert.Single(inputs);
        Assert.Equal("stdin", input.Source.Name);
        Assert.Equal(0, opened);
        Assert.Same(stdin, input.Open());
        Assert.Equal(1, opened);
    }

    [Fact]
    public void A_file_input_opens_the_file_for_reading()
    {
        Create("data.json");
        var path = Path.Combine(_root, "data.json");

        var input = Assert.Single(FileInputs.Expand([path]));
        using var stream = input.Open();
        using var reader = new StreamReader(stream);

        Assert.True(stream.CanRead);
        Assert.False(stream.CanWrite);
        Assert.Equal("content of data.json", reader.ReadToEnd());
    }

    [Fact]
    public void A_missing_path_throws_file_not_found_naming_the_path()
    {
        Create("present.json");
        var present = Path.Combine(_root, "present.json");
        var missing = Path.Combine(_root, "missing.json");

        var ex = Assert.Throws<FileNotFoundException>(() => FileInputs.Expand([present, missing]));

        Assert.Equal(missing, ex.FileName);
        Assert.Equal($"Input '{missing}' is neither a file nor a folder.", ex.Message);
    }

    [Fact]
    public void A_pattern_gives_the_files_it_matches_in_ordinal_order()
    {
        Create("2026/12/03/b.json.gz", "2026/12/03/a.json.gz", "2026/12/04/c.json.gz", "2026/12/04/c.txt",
            "top.json.gz", "2025/old.json.gz");

        var nested = FileInputs.Expand([Path.Combine(_root, "2026", "**", "*.json.gz")]);
        var top = FileInputs.Expand([Path.Combine(_root, "*.gz")]);

        Assert.Equal(Paths("2026/12/03/a.json.gz", "2026/12/03/b.json.gz", "2026/12/04/c.json.gz"),
            nested.Select(i => i.Source.Name));
        Assert.Equal(Paths("top.json.gz"), top.Select(i => i.Source.Name));
    }

    [Fact]
    public void A_pattern_that_matches_nothing_is_reported()
    {
        Create("a.json");
        var pattern = Path.Combine(_root, "missing", "*.json");

        var ex = Assert.Throws<FileNotFoundException>(() => FileInputs.Expand([pattern]));

        Assert.Equal($"No file matches '{pattern}'.", ex.Message);
        Assert.Throws<FileNotFoundException>(() => FileInputs.Expand([Path.Combine(_root, "*.log")]));
    }

    [Fact]
    public void An_input_named_twice_is_kept_once_and_a_link_is_known_by_the_file_it_leads_to()
    {
        Create("logs/a.json", "logs/b.json");
        var link = Path.Combine(_root, "current.json");
        File.CreateSymbolicLink(link, Path.Combine(_root, "logs", "a.json"));

        var inputs = FileInputs.Distinct(FileInputs.Expand(
            [Path.Combine(_root, "logs"), link, Path.Combine(_root, "logs", "*.json"), FileInputs.StandardInput,
                FileInputs.StandardInput], () => new MemoryStream()));
        var before = FileInput.ForFile(link).Identity;
        File.AppendAllText(Path.Combine(_root, "logs", "a.json"), "more");

        Assert.Equal([.. Paths("logs/a.json", "logs/b.json"), "-", "-"],
            inputs.Select(i => i.Source.Name == "stdin" ? "-" : i.Source.Name));
        Assert.NotEqual(before, FileInput.ForFile(link).Identity);
        Assert.Equal(FileInput.ForFile(Path.Combine(_root, "logs", "a.json")).Identity,
            FileInput.ForFile(link).Identity);
    }

    [Fact]
    public void A_pattern_through_a_link_back_to_a_parent_folder_gives_each_file_once_after_Distinct()
    {
        Create("loop/d/f.jsonl");
        Directory.CreateSymbolicLink(Path.Combine(_root, "loop", "d", "up"), "..");

        var matches = FileInputs.Expand([Path.Combine(_root, "loop", "**", "*.jsonl")]);
        var inputs = FileInputs.Distinct(matches);

        Assert.True(matches.Count > 1);
        Assert.Equal(Paths("loop/d/f.jsonl"), inputs.Select(i => i.Source.Name));
    }

    [Fact]
    public void An_empty_folder_gives_no_inputs()
    {
        Directory.CreateDirectory(Path.Combine(_root, "empty", "nested"));

        Assert.Empty(FileInputs.Expand([Path.Combine(_root, "empty")]));
    }

    [Fact]
    public void Expand_rejects_null_paths() =>
        Assert.Throws<ArgumentNullException>(() => FileInputs.Expand(null!));

    private void Create(params string[] relativePaths)
    {
        foreach (var relative in relativePaths)
        {
            var path = Path.Combine(_root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, $"content of {Path.GetFileName(path)}");
        }
    }

    private string[] Paths(params string[] relativePaths) =>
        [.. relativePaths.Select(p => Path.Combine(_root, p.Replace('/', Path.DirectorySeparatorChar)))];
}
