using Panther.Schemas.Documentation;
using Panther.Schemas.Envelopes;
using Panther.Schemas.Fields;
using Panther.Schemas.Indicators;
using Panther.Schemas.Time;

namespace Panther.Schemas.Tests.Documentation;

public class SchemaMarkdownTests
{
    private static readonly LogSchema Sample = new("Custom.Sample")
    {
        Description = "Sample events | for tests.",
        ReferenceUrl = new Uri("https://example.com/docs/sample"),
        Envelopes = [Envelope.ObjectMember("detail", "detail-type", "source")],
        Fields =
        [
            Field.Timestamp("time", TimestampFormat.Rfc3339, isEventTime: true) with
            {
                Required = true,
                Description = "When it happened.",
            },
            Field.Object("actor",
                Field.String("name", IndicatorKind.Username),
                Field.Object("session",
                    Field.Object("attributes",
                        Field.Timestamp("creationDate", TimestampFormat.UnixMilliseconds)))),
            Field.Array("resources", FieldType.Object(
                Field.String("ARN", IndicatorKind.AwsArn) with { Description = "The resource's ARN." },
                Field.Int64("size"))),
            Field.String("mode") with
            {
                Required = true,
                Description = "How it ran: fast|slow.",
                AllowedValues = ["fast", "a|b"],
            },
            Field.Map("labels", FieldType.Object(Field.String("owner", IndicatorKind.Email))),
            Field.Json("extra", KeyIndicatorRule.Exact("ip", IndicatorKind.Ip),
                KeyIndicatorRule.EndsWith("AccountId", IndicatorKind.AwsAccountId)),
        ],
    };

    private static string[] RenderLines() => SchemaMarkdown.Render([Sample], "Sample log types").Split('\n');

    [Fact]
    public void The_page_starts_with_the_title_and_says_it_is_generated()
    {
        var lines = RenderLines();

        Assert.Equal("# Sample log types", lines[0]);
        Assert.Equal("", lines[1]);
        Assert.StartsWith("This page is generated from the log schemas in the code by the test suite.", lines[2],
            StringComparison.Ordinal);
    }

    [Fact]
    public void Each_log_type_has_a_section_with_its_description_reference_table_and_event_time()
    {
        var lines = RenderLines();
        var section = Array.IndexOf(lines, "## Custom.Sample");

        Assert.True(section > 0);
        Assert.Equal(
            [
                "## Custom.Sample",
                "",
                "Sample events | for tests.",
                "",
                "- Reference: <https://example.com/docs/sample>",
                "- Table: `custom_sample`",
                "- Event time: `time`",
                "- Envelopes:",
                "  - the `detail` object, when the document also has `detail-type` and `source`",
                "",
                "| Field | Type | Required | Indicators | Description |",
                "|---|---|---|---|---|",
            ],
            lines[section..(section + 12)]);
    }

    [Fact]
    public void The_index_links_each_log_type_and_escapes_pipes()
    {
        Assert.Contains(
            "| [Custom.Sample](#customsample) | `custom_sample` | Sample events \\| for tests. |", RenderLines());
    }

    [Fact]
    public void Required_and_event_time_fields_are_marked_in_the_required_column()
    {
        var lines = RenderLines();

        Assert.Contains("| `time` | `timestamp(rfc3339)` | yes, event time | | When it happened. |", lines);
        Assert.Contains("| `actor` | `object` | | | |", lines);
    }

    [Fact]
    public void Nested_object_fields_are_listed_with_dotted_paths()
    {
        var lines = RenderLines();

        Assert.Contains("| `actor.name` | `string` | | `username` | |", lines);
        Assert.Contains("| `actor.session.attributes` | `object` | | | |", lines);
        Assert.Contains("| `actor.session.attributes.creationDate` | `timestamp(unix_ms)` | | | |", lines);
    }

    [Fact]
    public void Fields_of_array_elements_and_map_values_are_listed_with_brackets()
    {
        var lines = RenderLines();

        Assert.Contains("| `resources` | `array<object>` | | | |", lines);
        Assert.Contains("| `resources[].ARN` | `string` | | `aws_arn` | The resource's ARN. |", lines);
        Assert.Contains("| `resources[].size` | `bigint` | | | |", lines);
        Assert.Contains("| `labels{}.owner` | `string` | | `email` | |", lines);
    }

    [Fact]
    public void Allowed_values_follow_the_description_with_pipes_escaped()
    {
        Assert.Contains(
            "| `mode` | `string` | yes | | How it ran: fast\\|slow. Allowed values: `fast`, `a\\|b`. |",
            RenderLines());
    }

    [Fact]
    public void Key_indicator_rules_get_their_own_table()
    {
        var lines = RenderLines();
        var intro = Array.IndexOf(lines, "Indicators found by member name, at any depth, in `extra`:");

        Assert.Contains("| `extra` | `json` | | by member name | |", lines);
        Assert.True(intro > 0);
        Assert.Equal(
            [
                "",
                "| Member | Indicator |",
                "|---|---|",
                "| `ip` | `ip` |",
                "| name ending in `AccountId` | `aws_account_id` |",
                "",
            ],
            lines[(intro + 1)..]);
    }

    [Fact]
    public void Output_uses_line_feeds_only_and_ends_with_one()
    {
        var page = SchemaMarkdown.Render([Sample], "Sample log types");

        Assert.DoesNotContain('\r', page);
        Assert.EndsWith("|\n", page, StringComparison.Ordinal);
        Assert.Equal(page, SchemaMarkdown.Render([Sample], "Sample log types"));
    }

    [Fact]
    public void A_schema_without_event_time_or_envelopes_says_so()
    {
        var schema = new LogSchema("Custom.Plain")
        {
            Fields = [Field.String("id") with { Required = true }],
        };

        var page = SchemaMarkdown.Render([schema], "Plain");

        Assert.Contains("- Event time: none; `p_event_time` is the parse time\n", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Envelopes", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Reference", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_titles_and_null_schemas_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => SchemaMarkdown.Render([Sample], " "));
        Assert.Throws<ArgumentNullException>(() => SchemaMarkdown.Render(null!, "Title"));
        Assert.Throws<ArgumentException>(() => SchemaMarkdown.Render([Sample, null!], "Title"));
    }
}
