using Panther.Schemas;
using Panther.Schemas.Fields;
using Panther.Schemas.Indicators;
using Panther.Schemas.Time;
using Panther.Schemas.Yaml;

namespace Panther.Parsing.Tests.Yaml;

/// <summary>A schema loaded from YAML and the same schema written in C# behave identically.</summary>
public class YamlSchemaParsingTests
{
    private const string Yaml = """
        schema: Custom.Login
        fields:
          - name: at
            type: timestamp
            timeFormat: unix
            isEventTime: true
          - name: user
            type: string
            required: true
            indicators: [email, username]
          - name: from
            type: object
            fields:
              - name: ip
                type: string
                indicators: [ip]
              - name: port
                type: int
          - name: result
            type: string
            validate:
              allow: [ok, fail]
          - name: details
            type: json
        """;

    private static readonly LogSchema Code = new("Custom.Login")
    {
        Fields =
        [
            Field.Timestamp("at", TimestampFormat.UnixSeconds, isEventTime: true),
            Field.String("user", IndicatorKind.Email, IndicatorKind.Username) with { Required = true },
            Field.Object("from", Field.String("ip", IndicatorKind.Ip), Field.Int32("port")),
            Field.String("result") with { AllowedValues = ["ok", "fail"] },
            Field.Json("details"),
        ],
    };

    private const string Lines = """
        {"at":"1733230800","user":"eve@example.com","from":{"ip":"203.0.113.5","port":"443"},"result":"ok"}
        {"at":1733230801.5,"user":"bob","from":{"ip":"not-an-ip","port":70000},"result":"maybe","details":[1,{"a":2}]}
        {"at":"soon","user":{"x":1}}
        {"user":"carol","extra":true}
        """;

    [Fact]
    public async Task The_same_lines_give_the_same_events_and_quarantine()
    {
        var fromYaml = await ParseRun.ReadAsync(Lines,
            registry: new LogTypeRegistry().Add(YamlSchemaLoader.Load(Yaml, "login.yml")));
        var fromCode = await ParseRun.ReadAsync(Lines, registry: new LogTypeRegistry().Add(Code));

        Assert.Equal(3, fromCode.Events.Count);
        Assert.Equal(Comparable(fromCode), Comparable(fromYaml));
        Assert.Equal(fromCode.Quarantined.Select(q => q.Reason), fromYaml.Quarantined.Select(q => q.Reason));
        Assert.Single(fromCode.Quarantined);
    }

    private static List<string> Comparable(ParseRun run) =>
        [.. run.Events.Select(e =>
        {
            var members = e.Json.EnumerateObject().Where(p => p.Name is not ("p_row_id" or "p_parse_time"));
            return string.Join(",", members.Select(p => $"{p.Name}={p.Value.GetRawText()}"));
        })];
}
