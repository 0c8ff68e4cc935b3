using System.Globalization;
using Panther.Parsing;
using Panther.Pipelines.Detection;
using Panther.Pipelines.Ingestion;
using Panther.Pipelines.Quarantine;
using Panther.Pipelines.Sources;
using Panther.Pipelines.Tests.Detection;
using Panther.Rules;
using Panther.Rules.Alerts;
using Panther.Rules.Evaluation;
using Panther.Rules.Specs;
using Panther.Sinks.Layout;
using Panther.Sinks.Query;
using Panther.Sinks.Writing;

namespace Panther.Pipelines.Tests.Ingestion;

public sealed class ParallelIngestionTests : IDisposable
{
    private const int Inputs = 6;
    private const int EventsPerInput = 300;

    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("panther-parallel-");

    public void Dispose() => _work.Delete(recursive: true);

    [Fact]
    public async Task Three_workers_write_what_one_writes_and_each_input_stays_in_order_in_one_file()
    {
        var inputs = await WriteInputsAsync();

        var one = await RunIntoLakeAsync("one", inputs, workers: 1);
        var three = await RunIntoLakeAsync("three", inputs, workers: 3);

        Assert.Equal(Inputs, three.Summary.Inputs);
        Assert.Equal(one.Summary.EventsByLogType, three.Summary.EventsByLogType);
        Assert.Equal(Inputs * EventsPerInput, three.Summary.Events);
        Assert.Equal(Inputs, three.Summary.Quarantined);
        Assert.Equal(Inputs, File.ReadAllLines(three.Summary.QuarantineFile!).Length);
        Assert.Equal(one.Rows.Select(row => row.Name).Order(), three.Rows.Select(row => row.Name).Order());
        foreach (var input in three.Rows.GroupBy(row => row.Name[..2]))
        {
            Assert.Single(input.Select(row => row.File).Distinct());
            var names = input.OrderBy(row => row.RowNumber).Select(row => row.Name).ToList();
            Assert.Equal(names.Order(StringComparer.Ordinal), names);
        }
    }

    [Fact]
    public async Task Two_workers_have_two_inputs_in_flight_at_once()
    {
        var inputs = await WriteInputsAsync();
        var bothWriting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var writers = 0;
        var sinks = new List<RecordingSink>();
        RecordingSink CreateSink()
        {
            var sink = new RecordingSink
            {
                BeforeWrite = async (_, cancellationToken) =>
                {
                    if (Interlocked.Increment(ref writers) == 2)
                    {
                        bothWriting.SetResult();
                    }

                    await bothWriting.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
                },
            };
            sinks.Add(sink);
            return sink;
        }

        await using var quarantine = new LakeQuarantineWriter(Path.Combine(_work.FullName, "lake"));
        var summary = await new LakeIngestion(Parser, CreateSink, 2, quarantine).RunAsync(inputs.Take(2));

        Assert.Equal(2 * EventsPerInput, summary.Events);
        Assert.Equal(2, sinks.Count);
        Assert.All(sinks, sink => Assert.Equal(EventsPerInput, sink.Events));
    }

    [Fact]
    public async Task Workers_evaluate_rules_at_the_same_time_and_group_alerts_as_one_worker_does()
    {
        var inputs = await WriteInputsAsync();

        var one = await RunWithRuleAsync(inputs, workers: 1);
        var four = await RunWithRuleAsync(inputs, workers: 4);

        var expectedMatches = Inputs * (EventsPerInput / 10);
        Assert.Equal(expectedMatches, four.Summary.Detection!.Matches);
        Assert.Equal(expectedMatches, four.Sinks.Sum(sink => sink.Matches.Count));
        Assert.Equal(Inputs, four.Summary.Detection.AlertsCreated);
        var alerts = four.Sinks[0].Alerts.OrderBy(alert => alert.Dedup).ToList();
        Assert.Equal(Enumerable.Range(0, Inputs).Select(Prefix), alerts.Select(alert => alert.Dedup));
        Assert.All(alerts, alert => Assert.Equal(EventsPerInput / 10, alert.EventCount));
        Assert.Equal(one.Sinks[0].Alerts.Select(alert => (alert.AlertId, alert.EventCount)).Order(),
            alerts.Select(alert => (alert.AlertId, alert.EventCount)).Order());
        var dedupOf = alerts.ToDictionary(alert => alert.AlertId, alert => alert.Dedup);
        Assert.All(four.Sinks.SelectMany(sink => sink.Matches),
            match => Assert.Equal(dedupOf[match.Match.AlertId!], Dedup(match.EventJson)));
    }

    [Fact]
    public async Task A_failing_sink_stops_the_other_workers_and_its_failure_is_thrown()
    {
        var inputs = await WriteInputsAsync();
        var bothWriting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var (created, writers) = (0, 0);
        RecordingSink CreateSink()
        {
            var broken = ++created == 2;
            return new RecordingSink
            {
                BeforeWrite = async (_, cancellationToken) =>
                {
                    if (Interlocked.Increment(ref writers) == 2)
                    {
                        bothWriting.SetResult();
                    }

                    await bothWriting.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
                    if (broken)
                    {
                        throw new InvalidOperationException("the sink broke");
                    }

                    await Task.Delay(Timeout.Infinite, cancellationToken)
                        .WaitAsync(TimeSpan.FromSeconds(30), CancellationToken.None);
                },
            };
        }

        await using var quarantine = new LakeQuarantineWriter(Path.Combine(_work.FullName, "lake"));
        var ingestion = new LakeIngestion(Parser, CreateSink, 2, quarantine);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => ingestion.RunAsync(inputs));
        Assert.Equal("the sink broke", failure.Message);
    }

    [Fact]
    public void Fewer_than_one_worker_is_refused()
    {
        var quarantine = new LakeQuarantineWriter(Path.Combine(_work.FullName, "lake"));

        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new LakeIngestion(Parser, () => new RecordingSink(), 0, quarantine));
    }

    private static LogParser Parser() => new(BuiltInLogTypes.CreateRegistry());

    private static string Prefix(int input) => ((char)('a' + input)).ToString() + "x";

    private static string Dedup(string eventJson) =>
        eventJson[(eventJson.IndexOf("\"eventName\":\"", StringComparison.Ordinal) + 13)..][..2];

    /// <summary>Writes the inputs: CloudTrail events named by input and number, and one bad line in each.</summary>
    private async Task<List<FileInput>> WriteInputsAsync()
    {
        var inputs = new List<FileInput>();
        for (var input = 0; input < Inputs; input++)
        {
            var lines = Enumerable.Range(0, EventsPerInput).Select(i => string.Create(CultureInfo.InvariantCulture,
                $$"""{"eventVersion":"1.08","eventTime":"2026-12-03T10:{{i % 60:D2}}:00Z",""" +
                $$""" "eventSource":"s3.amazonaws.com","eventName":"{{Prefix(input)}}{{i:D4}}"}"""))
                .ToList();
            lines.Insert(EventsPerInput / 2, """{"eventName":""");
            var path = Path.Combine(_work.FullName, $"input-{input}.jsonl");
            await File.WriteAllLinesAsync(path, lines);
            inputs.Add(FileInput.ForFile(path));
        }

        return inputs;
    }

    private async Task<(IngestionSummary Summary, List<(string Name, string File, long RowNumber)> Rows)>
        RunIntoLakeAsync(string name, List<FileInput> inputs, int workers)
    {
        var lake = Path.Combine(_work.FullName, name);
        IngestionSummary summary;
        await using (var quarantine = new LakeQuarantineWriter(lake))
        {
            summary = await new LakeIngestion(Parser, () => new ParquetLakeWriter(new LakeLayout(lake)), workers,
                quarantine).RunAsync(inputs);
        }

        using var query = new LakeQuery(new LakeLayout(lake));
        var files = Path.Combine(lake, "logs", "aws_cloudtrail", "**", "*.parquet");
        var rows = query.Execute($"SELECT eventName, filename, file_row_number FROM read_parquet('{files}', "
            + "filename = true, file_row_number = true, hive_partitioning = false)").Rows;
        return (summary, [.. rows.Select(row => ((string)row["eventName"]!, (string)row["filename"]!,
            Convert.ToInt64(row["file_row_number"], CultureInfo.InvariantCulture)))]);
    }

    private async Task<(IngestionSummary Summary, List<RecordingSink> Sinks)> RunWithRuleAsync(
        List<FileInput> inputs, int workers)
    {
        var spec = new RuleSpec { Id = "Every.Tenth", LogTypes = ["AWS.CloudTrail"], Severity = Severity.Medium };
        var rules = new RuleSet([new RuleDefinition(spec, new EveryTenthRule())]);
        var sinks = new List<RecordingSink>();
        RecordingSink CreateSink()
        {
            var sink = new RecordingSink();
            sinks.Add(sink);
            return sink;
        }

        await using var quarantine = new LakeQuarantineWriter(Path.Combine(_work.FullName, $"rules-{workers}"));
        var detection = new DetectionStage(rules, new AlertDeduplicator());
        var summary = await new LakeIngestion(Parser, CreateSink, workers, quarantine, detection).RunAsync(inputs);
        return (summary, sinks);
    }

    /// <summary>Matches every tenth event of an input, one alert per input.</summary>
    private sealed class EveryTenthRule : IRule
    {
        public bool Matches(RuleEvent evt) => evt.Get("eventName").GetString()!.EndsWith('0');

        public string? Dedup(RuleEvent evt) => evt.Get("eventName").GetString()![..2];
    }
}
