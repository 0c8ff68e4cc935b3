using Panther.Schemas;
using Panther.Schemas.Fields;
using Panther.Schemas.Indicators;
using Panther.Schemas.Time;

namespace Panther.Sinks.Tests;

/// <summary>A made-up log type with every field type, and events that exercise each column mapping.</summary>
internal static class NestedLogType
{
    public const string Table = "test_nested";

    public static LogSchema Schema { get; } = new("Test.Nested")
    {
        Fields =
        [
            Field.Timestamp("time", TimestampFormat.Rfc3339, isEventTime: true),
            Field.String("name") with { Required = true },
            Field.Int64("count"),
            new SchemaField("small", FieldType.Int16),
            Field.Int32("port"),
            Field.UInt64("flow"),
            Field.Double("ratio"),
            new SchemaField("score", FieldType.Float),
            Field.Boolean("flag"),
            Field.Object("user",
                Field.String("name", IndicatorKind.Username),
                Field.Int32("id"),
                Field.Object("session", Field.Boolean("mfa"), Field.Timestamp("created", TimestampFormat.Rfc3339))),
            Field.Array("tags", FieldType.String),
            Field.Array("items", FieldType.Object(Field.Int64("id"), Field.String("label"))),
            Field.Array("matrix", FieldType.Array(FieldType.Int64)),
            Field.Map("labels", FieldType.String),
            Field.Map("counters", FieldType.Int64),
            Field.Json("raw"),
            Field.String("ip", IndicatorKind.Ip),
        ],
    };

    /// <summary>
    /// Five events (<c>TestData/nested.jsonl</c>): two in 15:00, two in 16:00 (one by its parse time), one on
    /// January 1st; with numbers as strings, bad timestamps, values of the wrong type and unknown members.
    /// </summary>
    public static string Events { get; } =
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "nested.jsonl"));

    public static LogTypeRegistry CreateRegistry() => new LogTypeRegistry().Add(Schema);
}
