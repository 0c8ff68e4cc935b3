using System.Text;
using Panther.Schemas.Fields;
using Panther.Schemas.Indicators;

namespace Panther.Parsing.Normalization;

/// <summary>A schema field prepared for the normalizer: UTF-8 name, scanners and value lists as byte arrays.</summary>
internal sealed class CompiledField
{
    public CompiledField(SchemaField field)
    {
        Field = field;
        Name = Encoding.UTF8.GetBytes(field.Name);
        Type = CompiledType.Compile(field.Type);
        Scanners = [.. field.Indicators.Select(k => k.Scanner)];
        KeyRules = new KeyRuleSet([.. field.KeyIndicators.Select(r => new CompiledKeyRule(r))]);
        Allowed = [.. field.AllowedValues.Select(Encoding.UTF8.GetBytes)];
        Denied = [.. field.DeniedValues.Select(Encoding.UTF8.GetBytes)];
    }

    public SchemaField Field { get; }

    public byte[] Name { get; }

    public CompiledType Type { get; }

    public IndicatorScanner[] Scanners { get; }

    public KeyRuleSet KeyRules { get; }

    public byte[][] Allowed { get; }

    public byte[][] Denied { get; }

    public bool IsEventTime => Field.IsEventTime;

    public bool HasValueRules => Allowed.Length > 0 || Denied.Length > 0;
}
