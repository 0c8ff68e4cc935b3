using System.CommandLine;
using System.Globalization;
using Amazon.S3;
using Microsoft.Extensions.DependencyInjection;
using Panther.Parsing;
using Panther.Pipelines.Delivery;
using Panther.Pipelines.Detection;
using Panther.Pipelines.Enrichment;
using Panther.Rules;
using Panther.Rules.Alerts;
using Panther.Rules.Destinations;
using Panther.Rules.Evaluation;
using Panther.Rules.Loading;
using Panther.Pipelines.Ingestion;
using Panther.Pipelines.Quarantine;
using Panther.Pipelines.Sources;
using Panther.Sinks.Layout;
using Panther.Sinks.Storage;
using Panther.Sinks.Writing;

namespace Panther.Cli.Commands;

/// <summary>
/// <c>panther run --lake DIR|s3://BUCKET/PREFIX [--log-type TYPE] [--schema FILE_OR_DIR] [--rules DIR] INPUT...</c>:
/// parses inputs into the data lake (Parquet in Hive partitions) and the quarantine, runs detection rules into the
/// lake's rule match and alert tables, then prints a summary.
/// </summary>
/// <remarks>With a local lake the quarantine and the alert state live in the lake folder; with an S3 lake they live
/// in the local work folder (<c>--work</c>), since both are read and rewritten locally.</remarks>
internal static class RunCommand
{
    /// <summary>How old a temporary file of the lake or work folder must be before a run deletes it as left by an
    /// interrupted run; long enough that a run still writing its files, even a slow one, is not disturbed.</summary>
    private static readonly TimeSpan StaleStagingAge = TimeSpan.FromHours(1);

    /// <summary>The most workers a run may have.</summary>
    private const int MaxWorkers = 64;

    /// <summary>Makes <c>panther run</c>, or with <paramref name="replay"/> <c>panther quarantine replay</c>: the
    /// same settings, with the lake's quarantine files as the input.</summary>
    public static Command Create(CliConsole console, bool replay = false)
    {
        var lake = new Option<string>("--lake")
        {
            Description = "The lake's root folder (created when missing), or s3://BUCKET/PREFIX for an S3 bucket.",
            HelpName = "DIR|S3_URI",
            Required = true,
        };
        var endpoint = new Option<string?>("--s3-endpoint")
        {
            Description = "The URL of an S3-compatible server (MinIO, s3rver, ...); path-style addressing is used.",
            HelpName = "URL",
        };
        var work = new Option<DirectoryInfo?>("--work")
        {
            Description = "With an S3 lake: the local folder for the quarantine and the alert state. " +
                "Default: ./panther-work.",
            HelpName = "DIR",
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
        var lookups = new Option<FileInfo?>("--lookups")
        {
            Description = "A YAML file of lookup tables (CSV or JSON lines) that add p_enrichment to matching events.",
            HelpName = "FILE",
        };
        var sourceId = new Option<string?>("--source-id")
        {
            Description = "The id every event of this run carries as p_source_id, such as the integration's id.",
            HelpName = "ID",
        };
        var sourceLabel = new Option<string?>("--source-label")
        {
            Description = "The label every event of this run carries as p_source_label, such as 'prod trail'.",
            HelpName = "LABEL",
        };
        var format = new Option<string>("--format")
        {
            Description = "The format of the lake's files: parquet (default), or json (gzip JSON lines in the same "
                + "folders, for tools that read JSON; query, search and alerts read Parquet).",
            HelpName = "FORMAT",
            DefaultValueFactory = _ => "parquet",
        };
        format.AcceptOnlyFromAmong("parquet", "json");
        var progress = new Option<bool?>("--progress")
        {
            Description = "Show bytes and events per second while the run goes on. Default: on when standard error "
                + "is a terminal.",
        };
        var workers = new Option<int>("--workers")
        {
            Description = "How many inputs are read at the same time, each by its own worker with its own lake files. "
                + "Default: the number of processors, at most 64.",
            HelpName = "N",
            DefaultValueFactory = _ => Math.Min(Environment.ProcessorCount, MaxWorkers),
        };
        workers.Validators.Add(result =>
        {
            if (result.Tokens is [var token]
                && int.TryParse(token.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                && value is < 1 or > MaxWorkers)
            {
                result.AddError($"--workers must be between 1 and {MaxWorkers}.");
            }
        });
        var reprocess = new Option<bool>("--reprocess")
        {
            Description = "Read inputs this lake already holds again (same path, size and time, or same S3 ETag); "
                + "without it they are skipped.",
        };
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "Files, folders (read recursively), patterns ('logs/**/*.gz'), s3://BUCKET/PREFIX "
                + "(every object under it) or '-' for standard input; plain or gzip.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = replay
            ? new Command("replay", "Parse the quarantined records again, after a fix; replayed files are set aside.")
            : new Command("run", "Parse logs into the data lake (Parquet) and its quarantine.");
        command.Options.Add(lake);
        command.Options.Add(endpoint);
        command.Options.Add(work);
        command.Options.Add(logType);
        command.Options.Add(schemas);
        command.Options.Add(rules);
        command.Options.Add(alertState);
        command.Options.Add(destinations);
        command.Options.Add(lookups);
        command.Options.Add(progress);
        command.Options.Add(format);
        command.Options.Add(sourceId);
        command.Options.Add(sourceLabel);
        command.Options.Add(workers);
        if (!replay)
        {
            command.Options.Add(reprocess);
        }


        if (!replay)
        {
            command.Arguments.Add(inputs);
        }

        command.SetAction((result, cancellationToken) => RunAsync(console, new RunSettings(
            new LakeTarget(result.GetValue(lake)!, result.GetValue(endpoint), result.GetValue(work)),
            result.GetValue(logType), result.GetValue(schemas) ?? [], result.GetValue(rules) ?? [],
            result.GetValue(alertState), result.GetValue(destinations), result.GetValue(lookups),
            replay ? null : result.GetValue(inputs)!,
            result.GetValue(progress) ?? (console == CliConsole.System && !Console.IsErrorRedirected),
            result.GetValue(sourceId), result.GetValue(sourceLabel),
            result.GetValue(format) == "json", result.GetValue(workers), !replay && result.GetValue(reprocess)),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, RunSettings settings,
        CancellationToken cancellationToken)
    {
        var (lake, logType, schemaPaths, rulePaths, alertState, destinationsFile, lookupsFile, paths, showProgress,
            sourceId, sourceLabel, json, workerCount, reprocess) = settings;
        var registry = await SchemaOption.CreateRegistryAsync(schemaPaths, console.Error).ConfigureAwait(false);
        if (registry is null)
        {
            return ExitCodes.Usage;
        }

        try
        {
            foreach (var schema in registry.Schemas)
            {
                LakeColumnName.Validate(schema);
            }
        }
        catch (ArgumentException ex)
        {
            await console.Error.WriteLineAsync($"panther: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        if (logType is not null && !registry.TryGet(logType, out _))
        {
            await console.Error.WriteLineAsync($"panther: unknown log type '{logType}'.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var files = new List<FileInput>();
        AmazonS3Client? inputClient = null;
        try
        {
            foreach (var path in paths ?? [])
            {
                if (S3Inputs.IsS3Location(path))
                {
                    S3Inputs.Validate(path);
                    inputClient ??= lake.CreateS3Client();
                    files.AddRange(await S3Inputs.ListAsync(inputClient, path, cancellationToken)
                        .ConfigureAwait(false));
                }
                else
                {
                    files.AddRange(FileInputs.Expand([path], console.OpenInput));
                }
            }
        }
        catch (Exception ex) when (ex is FileNotFoundException or IOException or ArgumentException
            or UnauthorizedAccessException)
        {
            inputClient?.Dispose();
            await console.Error.WriteLineAsync($"panther: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        catch (Amazon.Runtime.AmazonClientException ex)
        {
            inputClient?.Dispose();
            await console.Error.WriteLineAsync($"panther: s3:// inputs need an S3 client: {ex.Message.Split('\n')[0]} "
                + "(set AWS_REGION and credentials, or give --s3-endpoint).").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        using var disposeInputClient = inputClient;
        var distinct = FileInputs.Distinct(files);
        if (distinct.Count < files.Count)
        {
            await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"input: {files.Count - distinct.Count} input(s) named more than once are read once"))
                .ConfigureAwait(false);
            files = [.. distinct];
        }

        if (sourceId is not null || sourceLabel is not null)
        {
            files = [.. files.Select(file => file.WithSource(sourceId, sourceLabel))];
        }

        LookupEnricher? enrichment = null;
        AmazonS3Client? lookupClient = null;
        try
        {
            if (lookupsFile is not null)
            {
                var definitions = LookupsFile.Read(lookupsFile.FullName, registry);
                if (lake.Endpoint is not null && definitions.Any(d => S3LookupTableSource.IsS3Path(d.Path)))
                {
                    lookupClient = lake.CreateS3Client();
                }

                enrichment = new LookupEnricher(definitions, s3Client: lookupClient);
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException
            or ArgumentException or Amazon.Runtime.AmazonClientException)
        {
            lookupClient?.Dispose();
            await console.Error.WriteLineAsync($"panther: lookups: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        using var disposeLookupClient = lookupClient;
        using var disposeEnrichment = enrichment;
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
        ILakeObjectStore store;
        try
        {
            store = lake.CreateStore(endpointUsed: enrichment?.UsesS3 == true || inputClient is not null);
        }
        catch (Exception ex) when (ex is ArgumentException or Amazon.Runtime.AmazonClientException)
        {
            await console.Error.WriteLineAsync($"panther: --lake: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        using var disposeStore = store as IDisposable;
        if (paths is null && !lake.IsS3 && !Directory.Exists(lake.WorkFolder))
        {
            await console.Error.WriteLineAsync(MissingLake.Message(lake.WorkFolder)).ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        LakeRunScope scope;
        try
        {
            scope = await LakeRunScope.StartAsync(Path.Combine(lake.WorkFolder, "state"), store, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"panther: {ex.Message}; nothing was read").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        using var disposeScope = scope;
        if (scope.Recovery.RunsUndone > 0)
        {
            await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"lake: undid {scope.Recovery.RunsUndone} interrupted run(s), deleting {scope.Recovery.FilesRemoved} "
                + $"of their files; their inputs are read again when given")).ConfigureAwait(false);
        }

        if (paths is not null && !reprocess)
        {
            var unread = scope.Unread(files);
            if (unread.Count < files.Count)
            {
                await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"lake: {files.Count - unread.Count} input(s) skipped: this lake already holds them "
                    + $"(--reprocess reads them again)")).ConfigureAwait(false);
            }

            if (unread.Count(file => file.ResumeAt > 0) is var resumed and > 0)
            {
                await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"lake: {resumed} input(s) pick up where an earlier run stopped reading them"))
                    .ConfigureAwait(false);
            }

            files = [.. unread];
        }

        var stale = LocalLakeObjectStore.RemoveStaleStagingFiles(lake.WorkFolder, StaleStagingAge);
        if (stale > 0)
        {
            await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"lake: removed {stale} unfinished temporary file(s) left by interrupted runs")).ConfigureAwait(false);
        }

        if (store is FallbackLakeObjectStore pending && !await TryPutPendingAsync(console, pending, cancellationToken)
            .ConfigureAwait(false))
        {
            return ExitCodes.Quarantined;
        }

        FileAlertStateStore? state;
        try
        {
            state = ruleSet.Rules.Count == 0 ? null : new FileAlertStateStore(
                alertState?.FullName ?? Path.Combine(lake.WorkFolder, "state", "alerts.json"));
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"panther: alert state: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        using var disposeState = state;
        var parserOptions = new LogParserOptions { LogType = logType };
        var writerOptions = new ParquetLakeWriterOptions();
        writerOptions = writerOptions with { MaxTotalBufferBytes = writerOptions.MaxTotalBufferBytes / workerCount };
        var journaled = scope.Store;
        var writers = new List<Panther.Sinks.ILakeSink>();
        Panther.Sinks.ILakeSink CreateWriter()
        {
            Panther.Sinks.ILakeSink writer = json
                ? new JsonLinesLakeWriter(journaled)
                : new ParquetLakeWriter(journaled, writerOptions);
            writers.Add(writer);
            return writer;
        }

        var replayFiles = paths is null ? LakeQuarantineReader.ListFiles(lake.WorkFolder) : [];
        var progress = showProgress
            ? new ConsoleProgress(console.Error, console == CliConsole.System && !Console.IsErrorRedirected,
                TimeProvider.System, TimeSpan.FromSeconds(1))
            : null;
        var quarantine = new LakeQuarantineWriter(lake.WorkFolder);
        scope.Journal.RecordFile(quarantine.Destination);
        IngestionSummary summary;
        await using (quarantine.ConfigureAwait(false))
        {
            var detection = state is null ? null : new DetectionStage(ruleSet, new AlertDeduplicator(state),
                dispatcher, quarantine.WriteAsync);
            var ingestion = new LakeIngestion(() => new LogParser(registry, parserOptions), CreateWriter,
                workerCount, quarantine, detection, enrichment)
            {
                Progress = progress,
            };
            try
            {
                summary = paths is null
                    ? await ingestion.ReplayAsync(replayFiles.SelectMany(LakeQuarantineReader.Read), sourceId,
                        sourceLabel, cancellationToken).ConfigureAwait(false)
                    : await ingestion.RunAsync(files, cancellationToken).ConfigureAwait(false);
            }
            catch (LakeWriteException ex)
            {
                await console.Error.WriteLineAsync($"panther: {ex.Message}; the run stopped, and the next run undoes "
                    + "what it wrote and reads its inputs again").ConfigureAwait(false);
                return ExitCodes.Quarantined;
            }
        }

        scope.Commit(summary);
        progress?.Complete();
        foreach (var file in replayFiles)
        {
            LakeQuarantineReader.MarkReplayed(file);
        }

        var filesWritten = writers.Sum(writer => writer is ParquetLakeWriter parquet
            ? parquet.FilesWritten
            : ((JsonLinesLakeWriter)writer).FilesWritten);
        await WriteSummaryAsync(console.Error, summary, filesWritten,
            json ? "JSON lines" : "Parquet", store.Describe(""))
            .ConfigureAwait(false);
        if (paths is null)
        {
            await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"replay: {summary.Replayed} records from {replayFiles.Count} quarantine files; "
                + $"{summary.Replayed - summary.Quarantined} parsed, {summary.Quarantined} quarantined again; "
                + $"the files are kept in {Path.Combine(lake.WorkFolder, LakeQuarantineWriter.Folder,
                    LakeQuarantineReader.ReplayedFolder)}")).ConfigureAwait(false);
        }
        if (enrichment is not null)
        {
            await WriteEnrichmentAsync(console.Error, enrichment).ConfigureAwait(false);
        }

        var undelivered = store is FallbackLakeObjectStore fallback
            ? await WriteUndeliveredAsync(console.Error, fallback).ConfigureAwait(false)
            : 0;
        return summary.Quarantined > 0 || summary.Detection is { DeliveryFailures: > 0 } || undelivered > 0
            ? ExitCodes.Quarantined
            : ExitCodes.Success;
    }

    /// <summary>Uploads the lake files that earlier runs could not; reports them. Returns false when some still
    /// fail, since the store is then most likely unreachable.</summary>
    private static async Task<bool> TryPutPendingAsync(CliConsole console, FallbackLakeObjectStore store,
        CancellationToken cancellationToken)
    {
        var (moved, kept) = await store.PutPendingAsync(cancellationToken).ConfigureAwait(false);
        if (moved > 0)
        {
            await console.Error.WriteLineAsync($"lake: {moved} file(s) kept by earlier runs uploaded")
                .ConfigureAwait(false);
        }

        if (kept == 0)
        {
            return true;
        }

        await WriteUndeliveredAsync(console.Error, store).ConfigureAwait(false);
        await console.Error.WriteLineAsync(
            $"panther: {kept} file(s) kept by earlier runs still cannot be uploaded; nothing was read this time")
            .ConfigureAwait(false);
        return false;
    }

    private static async Task<int> WriteUndeliveredAsync(TextWriter error, FallbackLakeObjectStore store)
    {
        var failures = store.Failures;
        foreach (var failure in failures)
        {
            await error.WriteLineAsync($"lake: {failure.Reason}")
                .ConfigureAwait(false);
        }

        if (failures.Count > 0)
        {
            await error.WriteLineAsync(
                $"lake: {failures.Count} file(s) kept in {store.FallbackRoot}; the next run uploads them")
                .ConfigureAwait(false);
        }

        return failures.Count;
    }

    private static async Task WriteEnrichmentAsync(TextWriter output, LookupEnricher enrichment)
    {
        var tables = string.Join(", ", enrichment.Tables.Select(t => string.Create(CultureInfo.InvariantCulture,
            $"{t.Name}: {t.Count} rows")));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"enrichment: {enrichment.EnrichedEvents} events matched lookup tables ({tables})")).ConfigureAwait(false);
        foreach (var error in enrichment.ReloadErrors)
        {
            await output.WriteLineAsync($"enrichment: {error}").ConfigureAwait(false);
        }
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

    private static async Task WriteSummaryAsync(TextWriter output, IngestionSummary summary, long files,
        string format, string lake)
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
        var total = string.Create(CultureInfo.InvariantCulture,
            $"total: {summary.Events} events from {summary.Inputs} {inputs} into {files} {format} files under "
            + $"{lake}; {summary.Quarantined} quarantined{where}, {summary.Skipped} records skipped");
        await output.WriteLineAsync(total).ConfigureAwait(false);
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

    private sealed record RunSettings(LakeTarget Lake, string? LogType, string[] SchemaPaths, string[] RulePaths,
        FileInfo? AlertState, FileInfo? Destinations, FileInfo? Lookups, string[]? Paths, bool ShowProgress,
        string? SourceId, string? SourceLabel, bool Json, int Workers, bool Reprocess);
}
