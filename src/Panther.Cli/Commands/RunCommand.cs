using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Panther.Parsing;
using Panther.Pipelines.Detection;
using Panther.Rules;
using Panther.Rules.Alerts;
using Panther.Rules.Destinations;
using Panther.Rules.Evaluation;
using Panther.Rules.Loading;
using Panther.Pipelines.Ingestion;
using Panther.Pipelines.Quarantine;
using Panther.Pipelines.Sources;
using Panther.Sinks.Layout;
using Panther.Sinks.Writing;

namespace Panther.Cli.Commands;

/// <summary>
/// <c>panther run --lake DIR [--log-type TYPE] [--schema FILE_OR_DIR] [--rules DIR] INPUT...</c>: parses inputs into
/// the data lake (Parquet in Hive partitions) and the lake's quarantine, runs detection rules into the lake's rule
/// match and alert tables, then prints a summary.
/// </summary>
internal static class RunCommand
{
    public static Command Create(CliConsole console)
    {
        var lake = new Option<DirectoryInfo>("--lake")
        {
            Description = "The lake's root folder; created when missing.",
            HelpName = "DIR",
            Required = true,
        };
        var logType = new Option<string?>("--log-type")
        {
            Description = "The log type of every record. Without it each record is classified.",
            HelpName = "TYPE",
        };
        var schemas = SchemaOption.Create();
        var rules = new Option<string[]>("--rules")
        {
            Description = "Rule folders or spec files to run over the events; matches and alerts go to the lake.",
            HelpName = "DIR",
        };
        var alertState = new Option<FileInfo?>("--alert-state")
        {
            Description = "Where alert deduplication state is kept between runs. Default: LAKE/state/alerts.json.",
            HelpName = "FILE",
        };
        var destinations = new Option<FileInfo?>("--destinations")
        {
            Description = "A YAML file of alert destinations (Slack, PagerDuty, Teams, Opsgenie, webhooks).",
            HelpName = "FILE",
        };
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "Files, folders (read recursively) or '-' for standard input; plain or gzip.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("run", "Parse logs into the data lake (Parquet) and its quarantine.")
        {
            lake,
            logType,
            schemas,
            rules,
            alertState,
            destinations,
            inputs,
        };
        command.SetAction((result, cancellationToken) => RunAsync(console, new RunSettings(result.GetValue(lake)!,
            result.GetValue(logType), result.GetValue(schemas) ?? [], result.GetValue(rules) ?? [],
            result.GetValue(alertState), result.GetValue(destinations), result.GetValue(inputs)!), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, RunSettings settings,
        CancellationToken cancellationToken)
    {
        var (lake, logType, schemaPaths, rulePaths, alertState, destinationsFile, paths) = settings;
        var registry = await SchemaOption.CreateRegistryAsync(schemaPaths, console.Error).ConfigureAwait(false);
        if (registry is null)
        {
            return ExitCodes.Usage;
        }

        if (logType is not null && !registry.TryGet(logType, out _))
        {
            await console.Error.WriteLineAsync($"panther: unknown log type '{logType}'.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        IReadOnlyList<FileInput> files;
        try
        {
            files = FileInputs.Expand(paths, console.OpenInput);
        }
        catch (FileNotFoundException ex)
        {
            await console.Error.WriteLineAsync($"panther: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var ruleSet = await LoadRulesAsync(console, rulePaths).ConfigureAwait(false);
        if (ruleSet is null)
        {
            return ExitCodes.Usage;
        }

        ServiceProvider? services;
        try
        {
            services = CreateDestinations(destinationsFile, console.Error);
        }
        catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException or IOException
            or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"panther: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        using var disposeServices = services;
        var dispatcher = services?.GetRequiredService<AlertDispatcher>();
        FileAlertStateStore? state;
        try
        {
            state = ruleSet.Rules.Count == 0 ? null : new FileAlertStateStore(
                alertState?.FullName ?? Path.Combine(lake.FullName, "state", "alerts.json"));
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"panther: alert state: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        using var disposeState = state;
        var parser = new LogParser(registry, new LogParserOptions { LogType = logType });
        var writer = new ParquetLakeWriter(new LakeLayout(lake.FullName));
        var quarantine = new LakeQuarantineWriter(lake.FullName);
        IngestionSummary summary;
        await using (writer.ConfigureAwait(false))
        await using (quarantine.ConfigureAwait(false))
        {
            var detection = state is null ? null : new DetectionStage(ruleSet, new AlertDeduplicator(state),
                dispatcher, quarantine.WriteAsync);
            summary = await new LakeIngestion(parser, writer, quarantine, detection).RunAsync(files,
                cancellationToken).ConfigureAwait(false);
        }

        await WriteSummaryAsync(console.Error, summary, writer.FilesWritten, lake.FullName).ConfigureAwait(false);
        return summary.Quarantined > 0 || summary.Detection is { DeliveryFailures: > 0 }
            ? ExitCodes.Quarantined
            : ExitCodes.Success;
    }

    private static ServiceProvider? CreateDestinations(FileInfo? file, TextWriter warnings)
    {
        if (file is null)
        {
            return null;
        }

        var services = new ServiceCollection();
        foreach (var warning in DestinationsFile.Register(services, file.FullName))
        {
            warnings.WriteLine($"panther: warning: {warning}");
        }

        var provider = services.BuildServiceProvider();
        try
        {
            provider.GetRequiredService<AlertDispatcher>();
            return provider;
        }
        catch
        {
            provider.Dispose();
            throw;
        }
    }

    private static async Task<RuleSet?> LoadRulesAsync(CliConsole console, string[] paths)
    {
        var loader = CliRules.CreateLoader();
        var rules = new List<RuleDefinition>();
        foreach (var path in paths)
        {
            RuleLoadResult loaded;
            try
            {
                loaded = loader.LoadPath(path);
            }
            catch (DirectoryNotFoundException ex)
            {
                await console.Error.WriteLineAsync($"panther: {ex.Message}").ConfigureAwait(false);
                return null;
            }

            foreach (var problem in loaded.Problems)
            {
                var label = problem.IsUnsupported ? "skipped" : "not loaded";
                await console.Error.WriteLineAsync($"panther: rule {label}: {problem.Message}").ConfigureAwait(false);
            }

            rules.AddRange(loaded.Rules);
        }

        try
        {
            return new RuleSet(rules);
        }
        catch (ArgumentException ex)
        {
            await console.Error.WriteLineAsync($"panther: {ex.Message}").ConfigureAwait(false);
            return null;
        }
    }

    private static async Task WriteSummaryAsync(TextWriter output, IngestionSummary summary, long files, string lake)
    {
        var width = Math.Max(8, summary.EventsByLogType.Keys.DefaultIfEmpty("").Max(k => k.Length));
        await output.WriteLineAsync($"{"log type".PadRight(width)}  events").ConfigureAwait(false);
        foreach (var (type, count) in summary.EventsByLogType)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{type.PadRight(width)}  {count,6}")).ConfigureAwait(false);
        }

        var where = summary.QuarantineFile is null ? "" : $" (in {summary.QuarantineFile})";
        var inputs = summary.Inputs == 1 ? "input" : "inputs";
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"total: {summary.Events} events from {summary.Inputs} {inputs} into {files} Parquet files under {lake}; " +
            $"{summary.Quarantined} quarantined{where}, {summary.Skipped} skipped")).ConfigureAwait(false);
        if (summary.Detection is { } detection)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"rules: {detection.Rules} ran; {detection.Matches} matches, {detection.RuleErrors} rule errors; " +
                $"alerts: {detection.AlertsCreated} new, {detection.AlertsUpdated} updated from earlier runs, " +
                $"{detection.AlertsRaised} raised")).ConfigureAwait(false);
        }

        if (summary.Detection is { Deliveries: > 0 } or { DeliveryFailures: > 0 })
        {
            var delivery = summary.Detection;
            var kept = delivery.DeliveryFailures > 0 ? $" (the alerts are kept in {summary.QuarantineFile})" : "";
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"deliveries: {delivery.Deliveries} succeeded, {delivery.DeliveryFailures} failed{kept}"))
                .ConfigureAwait(false);
        }
    }

    private sealed record RunSettings(DirectoryInfo Lake, string? LogType, string[] SchemaPaths, string[] RulePaths,
        FileInfo? AlertState, FileInfo? Destinations, string[] Paths);
}
