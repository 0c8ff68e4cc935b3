using System.Text.Json;
using Panther.Parsing.Events;
using Panther.Parsing.Okta;
using Panther.Parsing.Tests.CloudTrail;
using Panther.Tests.Shared;

namespace Panther.Parsing.Tests.Okta;

/// <summary>The Okta cases of the corpus's bad-input catalogue (corpus/bugs/README.md), each with its
/// outcome.</summary>
public class OktaBadInputTests
{
    [SkippableFact]
    public async Task OK01_a_risk_map_with_commas_stays_one_raw_string_and_its_level_and_reasons_can_be_read()
    {
        var run = await ReadCleanAsync("OK-01-risk-kv-with-commas-in-braces.jsonl", expected: 2);

        var risks = run.Events
            .Select(e => e.Json.GetProperty("debugContext").GetProperty("debugData").GetProperty("risk").GetString())
            .ToList();
        Assert.Equal(["{reasons=Anomalous Device, Anomalous Location, level=MEDIUM}", "{level=HIGH}"], risks);
        Assert.True(OktaRisk.TryParse(risks[0], out var level, out var reasons));
        Assert.Equal("MEDIUM", level);
        Assert.Equal(["Anomalous Device", "Anomalous Location"], reasons);
        Assert.True(OktaRisk.TryParse(risks[1], out level, out reasons));
        Assert.Equal("HIGH", level);
        Assert.Empty(reasons);
    }

    [SkippableFact]
    public async Task OK03_security_data_as_an_object_or_as_a_json_string_both_parse_and_both_decode()
    {
        var run = await ReadCleanAsync("OK-03-logOnlySecurityData-object-vs-string.jsonl", expected: 2);

        var kinds = run.Events.Select(e => e.Json.GetProperty("debugContext").GetProperty("debugData")
            .GetProperty("logOnlySecurityData").ValueKind);
        Assert.Equal([JsonValueKind.Object, JsonValueKind.String], kinds);
        foreach (var evt in run.Events)
        {
            var decoded = DecodeSecurityData(evt.Input);
            Assert.Equal("LOW", decoded.GetProperty("risk").GetProperty("level").GetString());
            Assert.Equal("POSITIVE", decoded.GetProperty("behaviors").GetProperty("New Device").GetString());
        }
    }

    [SkippableFact]
    public async Task OK05_change_details_as_java_map_strings_or_objects_are_kept_verbatim()
    {
        var run = await ReadCleanAsync("OK-05-changeDetails-java-map-string-vs-object.jsonl", expected: 2);

        foreach (var evt in run.Events)
        {
            using var input = JsonDocument.Parse(evt.Input);
            var written = input.RootElement.GetProperty("target")[0].GetProperty("changeDetails").GetRawText();
            Assert.Equal(written, evt.Json.GetProperty("target")[0].GetProperty("changeDetails").GetRawText());
        }

        var from = run.Events.Select(e => e.Json.GetProperty("target")[0].GetProperty("changeDetails")
            .GetProperty("from").GetProperty("policySubject").ValueKind);
        Assert.Equal([JsonValueKind.String, JsonValueKind.Object], from);
    }

    [SkippableFact]
    public async Task OK07_a_target_list_an_empty_target_and_a_null_target_all_parse_as_written()
    {
        var run = await ReadCleanAsync("OK-07-target-null-empty-and-detailEntry-object.jsonl", expected: 3);

        var targets = run.Events.Select(e => e.Json.GetProperty("target")).ToList();
        Assert.Equal([JsonValueKind.Array, JsonValueKind.Array, JsonValueKind.Null], targets.Select(t => t.ValueKind));
        Assert.Equal(2, targets[0].GetArrayLength());
        Assert.Equal(JsonValueKind.Null, targets[0][0].GetProperty("detailEntry").ValueKind);
        var entry = targets[0][1].GetProperty("detailEntry");
        Assert.Equal("Push", entry.GetProperty("methodTypeUsed").GetString());
        Assert.Equal("[USER_PRESENCE, POSSESSION, HARDWARE_PROTECTED]",
            entry.GetProperty("methodUsedVerifiedProperties").GetString());
        Assert.Equal(0, targets[1].GetArrayLength());
        Assert.Equal(["user@example.com"], run.Events[0].Indicators("p_any_emails"));
    }

    private static async Task<ParseRun> ReadCleanAsync(string file, int expected)
    {
        var run = await ParseRun.ReadFileAsync(TestCorpus.Path("bugs", file));

        Assert.Empty(run.Quarantined);
        Assert.Equal(expected, run.Events.Count);
        foreach (var evt in run.Events)
        {
            Assert.Equal("Okta.SystemLog", evt.LogType);
            Assert.Empty(evt.Errors);
            Assert.Equal(new DateTime(2022, 12, 7, 10, 0, 0, DateTimeKind.Utc), evt.EventTime);
            using var input = JsonDocument.Parse(evt.Input);
            Assert.Empty(LeafComparer.FindMissingLeaves(input.RootElement, evt.Json));
        }

        return run;
    }

    private static JsonElement DecodeSecurityData(string line)
    {
        var parser = new LogParser(BuiltInLogTypes.CreateRegistry());
        var batch = new EventBatch();
        parser.Parse(System.Text.Encoding.UTF8.GetBytes(line), new LogSource("test"), default, batch);
        Assert.True(OktaDebugData.TryGetLogOnlySecurityData(batch[0], out var data));
        return data;
    }
}
