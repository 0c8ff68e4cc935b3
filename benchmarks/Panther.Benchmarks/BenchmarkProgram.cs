using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Perfolizer.Horology;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Panther.Benchmarks;

/// <summary>
/// Entry point. <c>--quick</c> runs every benchmark with a short in-process job (about two minutes on two cores),
/// prints the ratio table and writes it to <c>benchmarks/results/</c> and, when no filter is given, into
/// <c>docs/performance.md</c>; <c>--smoke</c> runs each benchmark method once
/// to check that they work; <c>--peak-memory [MB [BUFFER_MB]]</c> measures the peak working set of streaming a Records
/// file of that size into Parquet (<see cref="PeakMemory"/>); anything else goes to BenchmarkDotNet's switcher
/// (<c>--filter '*'</c> runs everything).
/// </summary>
public static class BenchmarkProgram
{
    /// <summary>Gets the benchmark classes: <see cref="CorpusBenchmarks"/> only when the shared corpus is
    /// present.</summary>
    public static Type[] Benchmarks { get; } =
    [
        typeof(ParseBenchmarks), typeof(FramingBenchmarks), typeof(ClassificationBenchmarks), typeof(RuleBenchmarks),
        typeof(SinkBenchmarks), typeof(EnrichmentBenchmarks), typeof(EndToEndBenchmarks),
        .. CorpusData.Exists ? [typeof(CorpusBenchmarks)] : Type.EmptyTypes,
    ];

    public static int Main(string[] args)
    {
        if (args is [PeakMemory.ChildSwitch, var input, var lake, var buffer])
        {
            return PeakMemory.RunChildAsync(input, lake, int.Parse(buffer, CultureInfo.InvariantCulture), Console.Out)
                .GetAwaiter().GetResult();
        }

        if (args is ["--peak-memory", ..])
        {
            var sizes = args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
            return PeakMemory.Run(sizes.Length > 0 ? sizes[0] : 1024, sizes.Length > 1 ? sizes[1] : 0, Console.Out);
        }

        if (args.Contains("--smoke"))
        {
            return Smoke(Console.Out);
        }

        if (args.Contains("--quick"))
        {
            return Quick(args.Where(a => a != "--quick").ToArray());
        }

        BenchmarkSwitcher.FromTypes(Benchmarks).Run(args);
        return 0;
    }

    /// <summary>
    /// Runs each benchmark method once per parameter value and writes what each returned, as
    /// <c>ParseBenchmarks.Panther(Okta.SystemLog): 2000</c>; returns 0 when all of them work.
    /// </summary>
    public static int Smoke(TextWriter output)
    {
        foreach (var type in Benchmarks)
        {
            var methods = type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() != null).ToList();
            foreach (var (label, instance) in Instances(type))
            {
                type.GetMethod("Setup")!.Invoke(instance, null);
                foreach (var method in methods)
                {
                    var result = method.Invoke(instance, null);
                    if (result is Task<int> task)
                    {
                        result = task.GetAwaiter().GetResult();
                    }

                    output.WriteLine($"{type.Name}.{method.Name}{label}: {result}");
                }
            }
        }

        return 0;
    }

    /// <summary>
    /// Creates one instance of a benchmark class per value of its <c>[ParamsSource]</c> property, labelled with the
    /// value in parentheses, or one unlabelled instance when it has no such property.
    /// </summary>
    private static IEnumerable<(string Label, object Instance)> Instances(Type type)
    {
        var parameter = type.GetProperties()
            .FirstOrDefault(p => p.GetCustomAttribute<ParamsSourceAttribute>() != null);
        if (parameter is null)
        {
            yield return ("", Activator.CreateInstance(type)!);
            yield break;
        }

        var source = parameter.GetCustomAttribute<ParamsSourceAttribute>()!.Name;
        var values = (IEnumerable)type.GetProperty(source, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        foreach (var value in values)
        {
            var instance = Activator.CreateInstance(type)!;
            parameter.SetValue(instance, value);
            yield return ($"({value})", instance);
        }
    }

    private static int Quick(string[] args)
    {
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithWarmupCount(2)
            .WithIterationCount(5)
            .WithIterationTime(TimeInterval.FromMilliseconds(150))
            .WithEvaluateOverhead(false)
            .WithLaunchCount(1);
        var config = DefaultConfig.Instance.AddJob(job).WithOptions(ConfigOptions.DisableOptimizationsValidator);
        var summaries = BenchmarkSwitcher.FromTypes(Benchmarks).Run(args.Length == 0 ? ["--filter", "*"] : args,
            config);
        var rows = ResultsTable.Rows(summaries);
        var machine = $"{RuntimeInformation.OSDescription}, {RuntimeInformation.ProcessArchitecture}, " +
            $"{Environment.ProcessorCount} cores, .NET {Environment.Version}";
        var table = ResultsTable.ToMarkdown(rows, machine);
        Console.WriteLine(table);
        var root = FindRepositoryRoot();
        ResultsTable.Save(rows, machine, Path.Combine(root, "benchmarks", "results"));
        var document = Path.Combine(root, "docs", "performance.md");
        if (args.Length == 0 && File.Exists(document))
        {
            File.WriteAllText(document, ResultsTable.ReplaceLatest(File.ReadAllText(document), table));
        }

        return 0;
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Panther.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? Directory.GetCurrentDirectory();
    }
}
