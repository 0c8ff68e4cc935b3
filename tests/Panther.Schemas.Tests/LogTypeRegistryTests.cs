using Panther.Schemas.Fields;

namespace Panther.Schemas.Tests;

public class LogTypeRegistryTests
{
    [Fact]
    public void A_new_registry_is_empty()
    {
        var registry = new LogTypeRegistry();

        Assert.Equal(0, registry.Count);
        Assert.Empty(registry.Schemas);
    }

    [Fact]
    public void Add_returns_the_registry_for_chaining()
    {
        var registry = new LogTypeRegistry();

        Assert.Same(registry, registry.Add(Schema("Test.One")));
    }

    [Fact]
    public void Schemas_keep_the_order_they_were_added_in()
    {
        var registry = new LogTypeRegistry()
            .Add(Schema("Zeta.Events"))
            .Add(Schema("Alpha.Events"))
            .AddRange([Schema("Mid.Events"), Schema("Beta.Events")]);

        Assert.Equal(
            ["Zeta.Events", "Alpha.Events", "Mid.Events", "Beta.Events"],
            registry.Schemas.Select(s => s.Name));
        Assert.Equal(4, registry.Count);
    }

    [Fact]
    public void AddRange_adds_nothing_when_one_of_the_schemas_is_taken()
    {
        var registry = new LogTypeRegistry().Add(Schema("Test.One"));

        var ex = Assert.Throws<SchemaException>(() => registry.AddRange([Schema("Test.Two"), Schema("Test.One")]));

        Assert.Equal("Log type 'Test.One' is already registered.", ex.Message);
        Assert.Equal(["Test.One"], registry.Schemas.Select(s => s.Name));
        Assert.False(registry.TryGet("Test.Two", out _));
    }

    [Fact]
    public void Get_and_try_get_find_a_schema_by_its_exact_name()
    {
        var schema = Schema("Test.Events");
        var registry = new LogTypeRegistry().Add(schema);

        Assert.Same(schema, registry.Get("Test.Events"));
        Assert.True(registry.TryGet("Test.Events", out var found));
        Assert.Same(schema, found);
        Assert.False(registry.TryGet("test.events", out var missing));
        Assert.Null(missing);
    }

    [Fact]
    public void A_second_schema_with_the_same_name_is_rejected_and_the_first_is_kept()
    {
        var first = Schema("Test.Events");
        var registry = new LogTypeRegistry().Add(first);

        var ex = Assert.Throws<SchemaException>(() => registry.Add(Schema("Test.Events")));

        Assert.Equal("Log type 'Test.Events' is already registered.", ex.Message);
        Assert.Equal(1, registry.Count);
        Assert.Same(first, registry.Get("Test.Events"));
    }

    [Theory]
    [InlineData("AWS.CloudTrail", "Aws.Cloudtrail", "aws_cloudtrail")]
    [InlineData("A_B.C", "A.B_C", "a_b_c")]
    public void Two_names_that_map_to_the_same_table_are_rejected(string first, string second, string table)
    {
        var registry = new LogTypeRegistry().Add(Schema(first));

        var ex = Assert.Throws<SchemaException>(() => registry.Add(Schema(second)));

        Assert.Equal($"Log type '{second}' would share the table '{table}' with '{first}'.", ex.Message);
        Assert.Equal([first], registry.Schemas.Select(s => s.Name));
        Assert.False(registry.TryGet(second, out _));
    }

    [Fact]
    public void An_invalid_schema_is_rejected_and_not_added()
    {
        var registry = new LogTypeRegistry();
        var invalid = new LogSchema("Test.Events") { Fields = [Field.String("a")] };

        Assert.Throws<SchemaException>(() => registry.Add(invalid));

        Assert.Equal(0, registry.Count);
        Assert.False(registry.TryGet("Test.Events", out _));
    }

    [Fact]
    public void Get_of_an_unknown_name_lists_the_registered_ones_in_order()
    {
        var registry = new LogTypeRegistry().Add(Schema("Zeta.Events")).Add(Schema("Alpha.Events"));

        var ex = Assert.Throws<KeyNotFoundException>(() => registry.Get("Nope.Nope"));

        Assert.Equal("Unknown log type 'Nope.Nope'. Registered: Zeta.Events, Alpha.Events.", ex.Message);
    }

    [Fact]
    public void Add_rejects_null() =>
        Assert.Throws<ArgumentNullException>(() => new LogTypeRegistry().Add(null!));

    private static LogSchema Schema(string name) =>
        new(name) { Fields = [Field.String("id") with { Required = true }] };
}
