using System.Text;
using Panther.Parsing;
using Panther.Parsing.Events;
using Panther.Rules.Evaluation;

namespace Panther.Rules.JavaScript.Tests;

public class ParsedEventTests
{
    private const string CloudTrail = """
        {"Records":[{"eventVersion":"1.08","eventTime":"2026-12-01T10:00:00Z","eventSource":"iam.amazonaws.com",
        "eventName":"CreateUser","awsRegion":"us-east-1","sourceIPAddress":"198.51.100.1",
        "userIdentity":{"type":"IAMUser","arn":"arn:aws:iam::123456789012:user/alice","accountId":"123456789012"}}]}
        """;

    private static async Task<List<RuleResult?>> EvaluateAsync(RuleDefinition rule, string input)
    {
        var options = new LogParserOptions { LogType = "AWS.CloudTrail" };
        var parser = new LogParser(BuiltInLogTypes.CreateRegistry(), options);
        var reader = new LogReader(parser);
        var results = new List<RuleResult?>();
        var evt = new RuleEvent();
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(input.ReplaceLineEndings("")));
        await foreach (var batch in reader.ReadAsync(stream, new LogSource("test", "src-1", "test")))
        {
            foreach (var parsed in batch.Events)
            {
                evt.Load(parsed);
                results.Add(RuleEvaluator.Evaluate(rule, evt));
            }
        }

        return results;
    }

    [Fact]
    public async Task Standard_fields_of_a_parsed_cloudtrail_event_are_visible()
    {
        var rule = RuleScripts.Load("""
            function rule(event) {
              return event.p_log_type === 'AWS.CloudTrail'
                && Array.isArray(event.p_any_ip_addresses)
                && event.p_any_ip_addresses.includes('198.51.100.1')
                && 'p_row_id' in event
                && Object.keys(event).includes('p_log_type')
                && deep_get(event, 'userIdentity', 'type') === 'IAMUser';
            }
            function title(event) { return `${event.eventName} by ${event.userIdentity.arn}`; }
            function alert_context(event) { return { ips: event.p_any_ip_addresses }; }
            """);

        var results = await EvaluateAsync(rule, CloudTrail);

        var result = Assert.Single(results);
        Assert.NotNull(result);
        Assert.False(result.IsError, result.Error?.ToString());
        Assert.Equal("CreateUser by arn:aws:iam::123456789012:user/alice", result.Title);
        Assert.Contains("198.51.100.1", result.AlertContextJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_stringify_of_a_parsed_event_includes_its_standard_fields()
    {
        var rule = RuleScripts.Load("""
            function rule(event) { return true; }
            function alert_context(event) { return JSON.parse(JSON.stringify(event)); }
            """);

        var results = await EvaluateAsync(rule, CloudTrail);

        var context = Assert.Single(results)!.AlertContextJson!;
        Assert.Contains("\"p_log_type\":\"AWS.CloudTrail\"", context, StringComparison.Ordinal);
        Assert.Contains("\"eventName\":\"CreateUser\"", context, StringComparison.Ordinal);
    }
}
