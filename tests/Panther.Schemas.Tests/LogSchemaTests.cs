using Panther.Schemas.Fields;
using Panther.Schemas.Time;

namespace Panther.Schemas.Tests;

public class LogSchemaTests
{
    private const string Name = "Test.Events";

    [Theory]
    [InlineData("Events")]
    [InlineData("Test.")]
    [InlineData("Test.Events.Extra")]
    [InlineData("Test-Corp.Events")]
    public void Constructor_rejects_a_name_that_is_not_family_dot_type(string name)
    {
        var ex = Assert.Throws<ArgumentException>(() => new LogSchema(name));

        Assert.Equal("name", ex.ParamName);
        Assert.Contains($"'{name}'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_rejects_an_empty_name() =>
        Assert.Throws<ArgumentException>(() => new LogSchema(""));

    [Fact]
    public void Table_name_and_text_come_from_the_log_type_name()
    {
        var schema = new LogSchema("AWS.CloudTrail");

        Assert.Equal("aws_cloudtrail", schema.TableName);
        Assert.Equal("AWS.CloudTrail", schema.ToString());
    }

    [Fact]
    public void A_schema_with_a_required_field_and_nested_types_is_valid()
    {
        var schema = Schema(
            Field.String("name") with { Required = true },
            Field.Timestamp("time", TimestampFormat.Rfc3339, isEventTime: true),
            Field.Object("actor", Field.String("name"), Field.Object("session", Field.String("name"))),
            Field.Array("targets", FieldType.Object(Field.String("name"))),
            Field.Map("labels", FieldType.Object(Field.String("name"))),
            Field.Object("meta", Field.String("p_inner")));

        Assert.Null(Record.Exception(schema.Validate));
    }

    [Fact]
    public void A_schema_without_fields_is_rejected()
    {
        var ex = Assert.Throws<SchemaException>(() => new LogSchema(Name).Validate());

        Assert.Equal("Schema 'Test.Events' has no fields.", ex.Message);
    }

    [Fact]
    public void A_schema_without_a_required_field_is_rejected()
    {
        var ex = Assert.Throws<SchemaException>(Schema(Field.String("a"), Field.Int64("b")).Validate);

        Assert.Equal(
            "Schema 'Test.Events' has no required field; at least one is needed to recognise its events.",
            ex.Message);
    }

    [Fact]
    public void A_required_field_inside_an_object_does_not_count_as_the_required_field()
    {
        var schema = Schema(Field.Object("outer", Field.String("inner") with { Required = true }));

        var ex = Assert.Throws<SchemaException>(schema.Validate);

        Assert.Contains("has no required field", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("host", "host")]
    [InlineData("host", "Host")]
    [InlineData("eventName", "EVENTNAME")]
    public void Duplicate_field_names_are_rejected_also_when_they_differ_only_in_case(string first, string second)
    {
        var schema = Schema(Field.String(first) with { Required = true }, Field.String(second));

        var ex = Assert.Throws<SchemaException>(schema.Validate);

        Assert.Equal(
            $"Schema 'Test.Events': field '{second}' is declared twice (names may not differ only in case).",
            ex.Message);
    }

    [Fact]
    public void Duplicate_names_inside_an_object_are_reported_with_the_dotted_path()
    {
        var schema = Schema(
            Field.String("id") with { Required = true },
            Field.Object("a", Field.String("b"), Field.Int32("b")));

        var ex = Assert.Throws<SchemaException>(schema.Validate);

        Assert.Equal(
            "Schema 'Test.Events': field 'a.b' is declared twice (names may not differ only in case).",
            ex.Message);
    }

    [Fact]
    public void Duplicate_names_two_objects_deep_are_reported_with_the_full_path()
    {
        var schema = Schema(
            Field.String("id") with { Required = true },
            Field.Object("a", Field.Object("b", Field.String("c"), Field.String("C"))));

        var ex = Assert.Throws<SchemaException>(schema.Validate);

        Assert.Equal(
            "Schema 'Test.Events': field 'a.b.C' is declared twice (names may not differ only in case).",
            ex.Message);
    }

    [Fact]
    public void The_same_name_in_different_objects_is_not_a_duplicate()
    {
        var schema = Schema(
            Field.String("name") with { Required = true },
            Field.Object("a", Field.String("name")),
            Field.Object("b", Field.String("name")));

        Assert.Null(Record.Exception(schema.Validate));
    }

    [Fact]
    public void Duplicates_in_the_objects_of_an_array_are_reported_with_the_element_path()
    {
        var schema = Schema(
            Field.String("id") with { Required = true },
            Field.Array("items", FieldType.Object(Field.String("x"), Field.String("X"))));

        var ex = Assert.Throws<SchemaException>(schema.Validate);

        Assert.Equal(
            "Schema 'Test.Events': field 'items[].X' is declared twice (names may not differ only in case).",
            ex.Message);
    }

    [Fact]
    public void Duplicates_in_an_array_of_arrays_have_one_element_marker_per_level()
    {
        var schema = Schema(
            Field.String("id") with { Required = true },
            Field.Array("grid", FieldType.Array(FieldType.Object(Field.String("x"), Field.String("x")))));

        var ex = Assert.Throws<SchemaException>(schema.Validate);

        Assert.Equal(
            "Schema 'Test.Events': field 'grid[][].x' is declared twice (names may not differ only in case).",
            ex.Message);
    }

    [Fact]
    public void Duplicates_in_the_values_of_a_map_are_reported_with_the_value_path()
    {
        var schema = Schema(
            Field.String("id") with { Required = true },
            Field.Map("tags", FieldType.Object(Field.String("key"), Field.String("Key"))));

        var ex = Assert.Throws<SchemaException>(schema.Validate);

        Assert.Equal(
            "Schema 'Test.Events': field 'tags{}.Key' is declared twice (names may not differ only in case).",
            ex.Message);
    }

    [Fact]
    public void A_top_level_field_with_the_p_prefix_is_rejected()
    {
        var schema = Schema(Field.String("id") with { Required = true }, Field.String("p_custom"));

        var ex = Assert.Throws<SchemaException>(schema.Validate);

        Assert.Equal(
            "Schema 'Test.Events': field 'p_custom' uses the 'p_' prefix, which is reserved for standard fields.",
            ex.Message);
    }

    [Fact]
    public void A_top_level_field_with_the_p_prefix_in_upper_case_is_rejected()
    {
        var schema = Schema(Field.String("id") with { Required = true }, Field.String("P_log_type"));

        var ex = Assert.Throws<SchemaException>(schema.Validate);

        Assert.Equal(
            "Schema 'Test.Events': field 'P_log_type' uses the 'p_' prefix, which is reserved for standard fields.",
            ex.Message);
    }

    [Fact]
    public void A_nested_field_may_use_the_p_prefix()
    {
        var schema = Schema(
            Field.String("id") with { Required = true },
            Field.Object("outer", Field.String("p_inner")),
            Field.Array("list", FieldType.Object(Field.String("p_item"))));

        Assert.Null(Record.Exception(schema.Validate));
    }

    [Fact]
    public void An_event_time_marker_on_a_string_is_rejected_with_the_type()
    {
        var schema = Schema(
            Field.String("id") with { Required = true },
            Field.String("time") with { IsEventTime = true });

        var ex = Assert.Throws<SchemaException>(schema.Validate);

        Assert.Equal("Schema 'Test.Events': field 'time' is marked as event time but is of type string.", ex.Message);
    }

    [Fact]
    public void An_event_time_marker_on_a_nested_number_is_rejected_with_the_dotted_path()
    {
        var schema = Schema(
            Field.String("id") with { Required = true },
            Field.Object("a", Field.Int64("b") with { IsEventTime = true }));

        var ex = Assert.Throws<SchemaException>(schema.Validate);

        Assert.Equal("Schema 'Test.Events': field 'a.b' is marked as event time but is of type bigint.", ex.Message);
    }

    [Fact]
    public void An_event_time_marker_on_an_array_of_timestamps_is_rejected()
    {
        var schema = Schema(
            Field.String("id") with { Required = true },
            Field.Array("times", FieldType.Timestamp(TimestampFormat.Rfc3339)) with { IsEventTime = true });

        var ex = Assert.Throws<SchemaException>(schema.Validate);

        Assert.Equal(
            "Schema 'Test.Events': field 'times' is marked as event time but is of type array<timestamp(rfc3339)>.",
            ex.Message);
    }

    [Fact]
    public void An_empty_name_inside_an_object_is_reported_with_the_parent_path()
    {
        var schema = Schema(
            Field.String("id") with { Required = true },
            Field.Object("a", new SchemaField("", FieldType.String)));

        var ex = Assert.Throws<SchemaException>(schema.Validate);

        Assert.Equal("Schema 'Test.Events': a field under 'a' has an empty name.", ex.Message);
    }

    [Fact]
    public void An_empty_name_at_the_top_level_is_rejected()
    {
        var schema = Schema(Field.String("id") with { Required = true }, new SchemaField("", FieldType.String));

        var ex = Assert.Throws<SchemaException>(schema.Validate);

        Assert.Contains("has an empty name", ex.Message, StringComparison.Ordinal);
    }

    private static LogSchema Schema(params SchemaField[] fields) => new(Name) { Fields = fields };
}
