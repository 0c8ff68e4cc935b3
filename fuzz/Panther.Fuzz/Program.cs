using Panther.Fuzz;
using SharpFuzz;

// Panther.Fuzz TARGET                 run TARGET under AFL++ (afl-fuzz starts it; see fuzz/README.md)
// Panther.Fuzz TARGET --replay PATH   run every file of PATH (a file or a folder) through TARGET in this process
if (args.Length == 0 || !FuzzTargets.All.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine(
        $"usage: Panther.Fuzz TARGET [--replay PATH]; targets: {string.Join(", ", FuzzTargets.All.Keys)}");
    return 2;
}

if (args.Length == 3 && args[1] == "--replay")
{
    var files = Directory.Exists(args[2])
        ? Directory.GetFiles(args[2], "*", SearchOption.AllDirectories)
        : [args[2]];
    var failed = 0;
    foreach (var file in files.Order(StringComparer.Ordinal))
    {
        try
        {
            target(File.ReadAllBytes(file));
        }
        catch (Exception ex)
        {
            failed++;
            Console.Error.WriteLine($"{file}: {ex.GetType().Name}: {ex.Message}");
            Console.Error.WriteLine(string.Join('\n', (ex.StackTrace ?? "").Split('\n').Take(6)));
        }
    }

    Console.WriteLine($"{args[0]}: {files.Length} inputs, {failed} failed");
    return failed == 0 ? 0 : 1;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var copy = new MemoryStream();
    stream.CopyTo(copy);
    target(copy.ToArray());
});
return 0;
