using Panther.Schemas.Fields;
using Panther.Schemas.Time;

namespace Panther.Schemas.Tests.Fields;

public class FieldTypeTests
{
    public static TheoryData<FieldType, FieldTypeKind, string> Scalars => new()
    {
        { FieldType.String, FieldTypeKind.String, "string" },
        { FieldType.Boolean, FieldTypeKind.Boolean, "boolean" },
        { FieldType.Int16, FieldTypeKind.Int16, "smallint" },
        { FieldType.Int32, FieldTypeKind.Int32, "int" },
        { FieldType.Int64, FieldTypeKind.Int64, "bigint" },
        { FieldType.Float, FieldTypeKind.Float, "float" },
        { FieldType.Double, FieldTypeKind.Double, "double" },
        { FieldType.Json, FieldTypeKind.Json, "json" },
    };

    [Theory]
    [MemberData(nameof(Scalars))]
    public void Scalar_types_have_their_kind_and_a_lower_case_name(FieldType type, FieldTypeKind kind, string text)
    {
        Assert.Equal(kind, type.Kind);
        Assert.Equal(text, type.ToString());
    }

    [Fact]
    public void Scalar_types_are_shared_instances()
    {
        Assert.Same(FieldType.String, FieldType.String);
        Assert.Same(FieldType.Int64, FieldType.Int64);
        Assert.Same(FieldType.Json, FieldType.Json);
    }

    [Fact]
    public void A_timestamp_type_keeps_its_format_and_names_it()
    {
        var type = FieldType.Timestamp(TimestampFormat.UnixMilliseconds);

        Assert.Equal(FieldTypeKind.Timestamp, type.Kind);
        Assert.Same(TimestampFormat.UnixMilliseconds, type.Format);
        Assert.Equal("timestamp(unix_ms)", type.ToString());
        Assert.Equal("timestamp(rfc3339)", FieldType.Timestamp(TimestampFormat.Rfc3339).ToString());
        var custom = FieldType.Timestamp(TimestampFormat.Custom("%Y-%m-%d %H:%M:%S"));
        Assert.Equal("timestamp(%Y-%m-%d %H:%M:%S)", custom.ToString());
    }

    [Fact]
    public void An_array_type_names_its_element()
    {
        var type = FieldType.Array(FieldType.String);

        Assert.Equal(FieldTypeKind.Array, type.Kind);
        Assert.Same(FieldType.String, type.Element);
        Assert.Equal("array<string>", type.ToString());
    }

    [Fact]
    public void A_map_type_has_string_keys_and_names_its_value()
    {
        var type = FieldType.Map(FieldType.Int64);

        Assert.Equal(FieldTypeKind.Map, type.Kind);
        Assert.Same(FieldType.Int64, type.Value);
        Assert.Equal("map<string,bigint>", type.ToString());
    }

    [Fact]
    public void An_object_type_keeps_its_fields_in_order_and_is_named_object()
    {
        var a = Field.String("a");
        var b = Field.Int32("b");

        var type = FieldType.Object(a, b);

        Assert.Equal(FieldTypeKind.Object, type.Kind);
        Assert.Equal([a, b], type.Fields);
        Assert.Equal("object", type.ToString());
    }

    [Fact]
    public void Nested_composite_types_name_every_level()
    {
        var type = FieldType.Array(FieldType.Map(FieldType.Array(FieldType.Timestamp(TimestampFormat.UnixSeconds))));

        Assert.Equal("array<map<string,array<timestamp(unix)>>>", type.ToString());
        Assert.Equal("map<string,object>", FieldType.Map(FieldType.Object(Field.String("x"))).ToString());
    }

    [Fact]
    public void Composite_types_reject_a_null_element()
    {
        Assert.Throws<ArgumentNullException>(() => FieldType.Array(null!));
        Assert.Throws<ArgumentNullException>(() => FieldType.Map(null!));
        Assert.Throws<ArgumentNullException>(() => FieldType.Timestamp(null!));
    }
}
