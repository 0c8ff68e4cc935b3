using Panther.Schemas.Fields;
using Panther.Schemas.Indicators;
using Panther.Schemas.Time;

namespace Panther.Schemas.Tests.Fields;

public class FieldTests
{
    [Fact]
    public void A_string_field_has_the_shared_string_type_and_no_options_by_default()
    {
        var field = Field.String("host");

        Assert.Equal("host", field.Name);
        Assert.Same(FieldType.String, field.Type);
        Assert.False(field.Required);
        Assert.False(field.IsEventTime);
        Assert.Null(field.Description);
        Assert.Empty(field.Indicators);
        Assert.Empty(field.KeyIndicators);
        Assert.Empty(field.AllowedValues);
        Assert.Empty(field.DeniedValues);
    }

    [Fact]
    public void A_string_field_keeps_its_indicator_kinds_in_order()
    {
        var field = Field.String("source", IndicatorKind.Hostname, IndicatorKind.Url);

        Assert.Equal([IndicatorKind.Hostname, IndicatorKind.Url], field.Indicators);
    }

    [Theory]
    [InlineData(FieldTypeKind.Boolean)]
    [InlineData(FieldTypeKind.Int32)]
    [InlineData(FieldTypeKind.Int64)]
    [InlineData(FieldTypeKind.Double)]
    public void Scalar_helpers_use_the_shared_type_of_their_kind(FieldTypeKind kind)
    {
        var (field, shared) = kind switch
        {
            FieldTypeKind.Boolean => (Field.Boolean("x"), FieldType.Boolean),
            FieldTypeKind.Int32 => (Field.Int32("x"), FieldType.Int32),
            FieldTypeKind.Int64 => (Field.Int64("x"), FieldType.Int64),
            _ => (Field.Double("x"), FieldType.Double),
        };

        Assert.Equal("x", field.Name);
        Assert.Equal(kind, field.Type.Kind);
        Assert.Same(shared, field.Type);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_timestamp_field_keeps_its_format_and_event_time_marker(bool isEventTime)
    {
        var field = Field.Timestamp("time", TimestampFormat.UnixSeconds, isEventTime);

        var type = Assert.IsType<TimestampFieldType>(field.Type);
        Assert.Same(TimestampFormat.UnixSeconds, type.Format);
        Assert.Equal(isEventTime, field.IsEventTime);
    }

    [Fact]
    public void An_object_field_holds_its_fields_in_declaration_order()
    {
        var inner = Field.String("b");
        var other = Field.Int64("a");

        var field = Field.Object("outer", inner, other);

        var type = Assert.IsType<ObjectFieldType>(field.Type);
        Assert.Equal(["b", "a"], type.Fields.Select(f => f.Name));
        Assert.Same(inner, type.Fields[0]);
    }

    [Fact]
    public void An_array_field_holds_its_element_type_and_indicators()
    {
        var field = Field.Array("ips", FieldType.String, IndicatorKind.Ip);

        var type = Assert.IsType<ArrayFieldType>(field.Type);
        Assert.Same(FieldType.String, type.Element);
        Assert.Equal([IndicatorKind.Ip], field.Indicators);
        Assert.Equal("array<string>", field.Type.ToString());
    }

    [Fact]
    public void A_map_field_holds_its_value_type()
    {
        var field = Field.Map("counts", FieldType.Int64);

        var type = Assert.IsType<MapFieldType>(field.Type);
        Assert.Same(FieldType.Int64, type.Value);
        Assert.Equal("map<string,bigint>", field.Type.ToString());
    }

    [Fact]
    public void A_json_field_holds_its_key_indicator_rules()
    {
        var byName = KeyIndicatorRule.Exact("instanceId", IndicatorKind.AwsInstanceId);
        var bySuffix = KeyIndicatorRule.EndsWith("Arn", IndicatorKind.AwsArn);

        var field = Field.Json("details", byName, bySuffix);

        Assert.Same(FieldType.Json, field.Type);
        Assert.Equal([byName, bySuffix], field.KeyIndicators);
    }

    [Fact]
    public void A_with_expression_sets_options_and_keeps_the_rest()
    {
        var field = Field.String("eventName", IndicatorKind.Username) with
        {
            Required = true,
            Description = "The action.",
            AllowedValues = ["Get", "Put"],
        };

        Assert.Equal("eventName", field.Name);
        Assert.Same(FieldType.String, field.Type);
        Assert.True(field.Required);
        Assert.Equal("The action.", field.Description);
        Assert.Equal(["Get", "Put"], field.AllowedValues);
        Assert.Equal([IndicatorKind.Username], field.Indicators);
    }

    [Fact]
    public void Key_indicator_rules_record_how_they_match()
    {
        var exact = KeyIndicatorRule.Exact("ip", IndicatorKind.Ip);
        var suffix = KeyIndicatorRule.EndsWith("InstanceId", IndicatorKind.AwsInstanceId);
        var any = KeyIndicatorRule.AnyString(IndicatorKind.AwsArn);

        Assert.Equal(("ip", KeyMatch.Exact, IndicatorKind.Ip), (exact.Name, exact.Match, exact.Kind));
        Assert.Equal(
            ("InstanceId", KeyMatch.Suffix, IndicatorKind.AwsInstanceId),
            (suffix.Name, suffix.Match, suffix.Kind));
        Assert.Equal(((string?)null, KeyMatch.Any, IndicatorKind.AwsArn), (any.Name, any.Match, any.Kind));
    }

    [Fact]
    public void Key_indicator_rules_reject_an_empty_name()
    {
        Assert.Throws<ArgumentException>(() => KeyIndicatorRule.Exact("", IndicatorKind.Ip));
        Assert.Throws<ArgumentException>(() => KeyIndicatorRule.EndsWith("", IndicatorKind.Ip));
        Assert.Throws<ArgumentNullException>(() => KeyIndicatorRule.AnyString(null!));
    }
}
