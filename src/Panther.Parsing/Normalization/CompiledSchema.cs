using System.Text;
using Panther.Parsing.Envelopes;
using Panther.Schemas;

namespace Panther.Parsing.Normalization;

/// <summary>A log schema prepared for parsing: fields compiled, required fields and envelopes listed.</summary>
internal sealed class CompiledSchema
{
    private CompiledSchema(LogSchema schema)
    {
        Schema = schema;
        Name = schema.Name;
        Family = schema.Name.Split('.')[0];
        Utf8Name = Encoding.UTF8.GetBytes(schema.Name);
        Root = CompiledObject.Compile(schema.Fields);
        Required = [.. Root.Fields.Where(f => f.Field.Required)];
        Envelopes = [.. schema.Envelopes.Select(e => new CompiledEnvelope(e, this))];
    }

    public LogSchema Schema { get; }

    public string Name { get; }

    /// <summary>Gets the part of the name before the first dot, such as <c>Suricata</c>.</summary>
    public string Family { get; }

    public byte[] Utf8Name { get; }

    public CompiledObject Root { get; }

    public CompiledField[] Required { get; }

    public CompiledEnvelope[] Envelopes { get; }

    public static CompiledSchema Compile(LogSchema schema) => new(schema);
}
