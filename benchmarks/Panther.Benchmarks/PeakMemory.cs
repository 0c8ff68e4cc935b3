using System.Diagnostics;
using System.Globalization;
using Panther.Parsing;
using Panther.Parsing.Events;
using Panther.Parsing.Generation;
using Panther.Sinks.Layout;
using Panther.Sinks.Writing;

namespace Panther.Benchmarks;

/// <summary>
/// <c>--peak-memory [MB [BUFFER_MB]]</c>: the peak working set of a process that streams a CloudTrail
/// <c>{"Records":[...]}</c> file of MB megabytes (default 1024) from disk through <see cref="LogReader"/> into a
/// Parquet lake, with the default writer options or buffers limited to BUFFER_MB. The file is generated first; the
/// measured work runs in a child process, so that neither the generation nor BenchmarkDotNet counts, and its peak is
/// read from the kernel (<c>VmHWM</c>).
/// </summary>
public static class PeakMemory
{
    /// <summary>The argument that makes the program the measured child.</summary>
    public const string ChildSwitch = "--peak-memory-child";

    /// <summary>Generates the input, runs the child on it and prints what it measured.</summary>
    /// <param name="megabytes">The size of the Records file.</param>
    /// <param name="bufferMegabytes">The writer's buffer limits in MiB; 0 for the defaults.</param>
    /// <param name="output">Where the result goes.</param>
    /// <returns>The child's exit code.</returns>
    public static int Run(int megabytes, int bufferMegabytes, TextWriter output)
    {
        var folder = Directory.CreateTempSubdirectory("panther-peak-memory-");
        try
        {
            var input = Path.Combine(folder.FullName, "records.json");
            var events = WriteRecordsFile(input, megabytes * 1024L * 1024L);
            var (program, arguments) = ChildCommand();
            var start = new ProcessStartInfo(program) { RedirectStandardOutput = true };
            string[] childArguments =
            [
                ChildSwitch, input, Path.Combine(folder.FullName, "lake"),
                bufferMegabytes.ToString(CultureInfo.InvariantCulture),
            ];
            foreach (var argument in arguments.Concat(childArguments))
            {
                start.ArgumentList.Add(argument);
            }

            using var child = Process.Start(start)!;
            var result = child.StandardOutput.ReadToEnd();
            child.WaitForExit();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"input: {new FileInfo(input).Length / 1e6:F0} MB, {events} CloudTrail events in one Records array"));
            output.Write(result);
            return child.ExitCode;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The measured work: reads the file into a lake and prints events, files, seconds and the peak.
    /// </summary>
    /// <param name="input">The Records file.</param>
    /// <param name="lake">The lake folder.</param>
    /// <param name="bufferMegabytes">The writer's buffer limits in MiB (both per buffer and in all); 0 for the
    /// defaults.</param>
    /// <param name="output">Where the figures go.</param>
    /// <returns>0.</returns>
    public static async Task<int> RunChildAsync(string input, string lake, int bufferMegabytes, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        var reader = new LogReader(new LogParser(BuiltInLogTypes.CreateRegistry(),
            new LogParserOptions { LogType = "AWS.CloudTrail" }));
        var options = new ParquetLakeWriterOptions();
        if (bufferMegabytes > 0)
        {
            options.MaxBufferBytes = bufferMegabytes * 1024L * 1024L;
            options.MaxTotalBufferBytes = options.MaxBufferBytes;
        }

        var writer = new ParquetLakeWriter(new LakeLayout(lake), options);
        long events = 0;
        await using (writer.ConfigureAwait(false))
        {
            var stream = new FileStream(input, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16,
                FileOptions.Asynchronous | FileOptions.SequentialScan);
            await using (stream.ConfigureAwait(false))
            {
                await foreach (var batch in reader.ReadAsync(stream, new LogSource(input)).ConfigureAwait(false))
                {
                    await writer.WriteAsync(batch).ConfigureAwait(false);

                    events += batch.Count;
                }
            }
        }

        var seconds = clock.Elapsed.TotalSeconds;
        var megabytes = new FileInfo(input).Length / 1e6;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"read {events} events into {writer.FilesWritten} Parquet files in {seconds:F1} s " +
            $"({megabytes / seconds:F1} MB/s, {events / seconds:F0} events/s)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"peak working set: {PeakWorkingSetBytes() / 1e6:F0} MB"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"allocated: {GC.GetTotalAllocatedBytes() / 1e6:F0} MB; gen2 GCs {GC.CollectionCount(2)}"));
        return 0;
    }

    /// <summary>Writes generated CloudTrail events (20,000 distinct ones, repeated) as one Records document until
    /// the file reaches <paramref name="bytes"/>.</summary>
    private static long WriteRecordsFile(string path, long bytes)
    {
        var generator = SampleGenerators.Get("AWS.CloudTrail");
        var blocks = Enumerable.Range(1, 10).Select(seed => SampleGenerators.Generate(generator, 2000, seed)).ToList();
        using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20);
        file.Write("{\"Records\":["u8);
        long events = 0;
        while (file.Length < bytes)
        {
            foreach (var evt in blocks[(int)(events / 2000 % blocks.Count)])
            {
                if (events > 0)
                {
                    file.WriteByte((byte)',');
                }

                file.Write(evt);
                events++;
            }
        }

        file.Write("]}"u8);
        return events;
    }

    private static (string Program, string[] Arguments) ChildCommand()
    {
        var process = Environment.ProcessPath!;
        var assembly = typeof(PeakMemory).Assembly.Location;
        return Path.GetFileNameWithoutExtension(process) == Path.GetFileNameWithoutExtension(assembly)
            ? (process, [])
            : ("dotnet", [assembly]);
    }

    private static long PeakWorkingSetBytes()
    {
        const string status = "/proc/self/status";
        if (File.Exists(status))
        {
            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null)
            {
                var kilobytes = long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                return kilobytes * 1024;
            }
        }

        return Process.GetCurrentProcess().PeakWorkingSet64;
    }
}
