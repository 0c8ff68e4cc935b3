using Panther.Schemas.Fields;
using Panther.Schemas.Indicators;
using Panther.Schemas.Yaml;

namespace Panther.Schemas.Tests.Yaml;

public class YamlSchemaLoaderTests
{
    private const string Proxy = """
        schema: Custom.Proxy
        description: Our web proxy
        referenceURL: https://proxy.example.com/docs
        definitions:
          Endpoint:
            type: object
            fields:
              - name: ip
                type: string
                indicators: [ip]
              - name: port
                type: int
        fields:
          - name: time
            type: timestamp
            timeFormat: "%Y-%m-%d %H:%M:%S"
            isEventTime: true
            required: true
          - name: action
            type: string
            required: true
            validate:
              allow: [allow, block]
          - name: client
            type: ref
            target: Endpoint
          - name: hosts
            type: array
            element:
              type: string
              indicators: [hostname]
          - name: bytes
            type: bigint
          - name: score
            type: float
          - name: extra
            type: json
          - name: seen
            type: timestamp
            timeFormats: [unix_ms, rfc3339]
        """;

    [Fact]
    public void A_panther_style_schema_becomes_the_same_model_as_one_written_in_code()
    {
        var schema = YamlSchemaLoader.Load(Proxy, "proxy.yml");

        Assert.Equal("Custom.Proxy", schema.Name);
        Assert.Equal("Our web proxy", schema.Description);
        Assert.Equal(new Uri("https://proxy.example.com/docs"), schema.ReferenceUrl);
        Assert.Equal(["time", "action", "client", "hosts", "bytes", "score", "extra", "seen"],
            schema.Fields.Select(f => f.Name));
        var time = schema.Fields[0];
        Assert.True(time.Required);
        Assert.True(time.IsEventTime);
        Assert.Equal("%Y-%m-%d %H:%M:%S", ((TimestampFieldType)time.Type).Format.Name);
        Assert.Equal(["allow", "block"], schema.Fields[1].AllowedValues);
        var client = Assert.IsType<ObjectFieldType>(schema.Fields[2].Type);
        Assert.Equal(["ip", "port"], client.Fields.Select(f => f.Name));
        Assert.Equal([IndicatorKind.Ip], client.Fields[0].Indicators);
        Assert.Equal("array<string>", schema.Fields[3].Type.ToString());
        Assert.Equal([IndicatorKind.Hostname], schema.Fields[3].Indicators);
        Assert.Equal(FieldType.Int64, schema.Fields[4].Type);
        Assert.Equal(FieldType.Double, schema.Fields[5].Type);
        Assert.Equal(FieldType.Json, schema.Fields[6].Type);
        Assert.Equal("unix_ms | rfc3339", ((TimestampFieldType)schema.Fields[7].Type).Format.Name);
    }

    [Theory]
    [InlineData("schema: Custom.X\nfields:\n  - name: a\n    type: strng\n    required: true\n",
        "x.yml: a: unknown type 'strng'; expected one of string, boolean, smallint, int, bigint, ubigint, float, " +
        "double, timestamp, object, array, json, ref (line 3)")]
    [InlineData("schema: Custom.X\nfields:\n  - name: a\n    type: string\n    indicators: [ipv9]\n",
        "x.yml: a: unknown indicator 'ipv9'")]
    [InlineData("schema: Custom.X\nfields:\n  - name: o\n    type: object\n    fields:\n      - name: t\n" +
        "        type: timestamp\n", "x.yml: o.t: a timestamp needs 'timeFormat'")]
    [InlineData("schema: Custom.X\nfields:\n  - name: a\n    type: string\n    copy: {from: b}\n",
        "x.yml: a: 'copy' is not supported yet (line 5)")]
    [InlineData("schema: Custom.X\nfields:\n  - name: a\n    type: ref\n    target: Nope\n",
        "x.yml: a: 'target' names 'Nope', which is not in 'definitions'")]
    [InlineData("schema: Custom.X\nfields:\n  - type: string\n", "x.yml: fields[0]: a field needs a 'name'")]
    [InlineData("schema: Custom.X\nfields:\n  - name: a\n    type: string\n    required: maybe\n",
        "x.yml: a: 'required' must be true or false, not 'maybe' (line 5)")]
    [InlineData("schema: NoDot\nfields:\n  - name: a\n    type: string\n    required: true\n",
        "x.yml: schema: Log type name 'NoDot' must be 'Family.Type'")]
    [InlineData("schema: Custom.X\nfields:\n  - name: a\n    type: string\n",
        "x.yml: Schema 'Custom.X' has no required field")]
    [InlineData("schema: Custom.X\nfields: [a: [\n", "x.yml: line 3: not valid YAML")]
    [InlineData("schema: Custom.X\nfields:\n  - name: a\n    type: string\n    isEventTime: true\n",
        "x.yml: a: 'isEventTime' needs type timestamp, not string")]
    public void Invalid_schemas_are_rejected_with_the_file_the_field_path_and_the_problem(string yaml,
        string expected)
    {
        var ex = Assert.Throws<SchemaException>(() => YamlSchemaLoader.Load(yaml, "x.yml"));

        Assert.StartsWith(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_definition_that_refers_to_itself_is_rejected()
    {
        const string yaml = """
            schema: Custom.Loop
            definitions:
              Node:
                type: object
                fields:
                  - name: next
                    type: ref
                    target: Node
            fields:
              - name: root
                type: ref
                target: Node
                required: true
            """;

        var ex = Assert.Throws<SchemaException>(() => YamlSchemaLoader.Load(yaml, "loop.yml"));

        Assert.StartsWith("loop.yml: root.next: definition 'Node' refers to itself", ex.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void LoadPath_reads_every_yaml_file_of_a_folder_in_order()
    {
        var folder = Directory.CreateTempSubdirectory("panther-yaml-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "b.yaml"), Proxy.Replace("Custom.Proxy", "Custom.B",
                StringComparison.Ordinal));
            Directory.CreateDirectory(Path.Combine(folder.FullName, "sub"));
            File.WriteAllText(Path.Combine(folder.FullName, "sub", "a.yml"), Proxy);
            File.WriteAllText(Path.Combine(folder.FullName, "notes.txt"), "not a schema");

            var schemas = YamlSchemaLoader.LoadPath(folder.FullName);

            Assert.Equal(["Custom.B", "Custom.Proxy"], schemas.Select(s => s.Name));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
