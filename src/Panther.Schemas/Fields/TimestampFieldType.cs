using Panther.Schemas.Time;

namespace Panther.Schemas.Fields;

/// <summary>A timestamp field type and the format its values are written in.</summary>
public sealed class TimestampFieldType : FieldType
{
    internal TimestampFieldType(TimestampFormat format)
        : base(FieldTypeKind.Timestamp)
    {
        ArgumentNullException.ThrowIfNull(format);
        Format = format;
    }

    /// <summary>Gets the format the log writes this timestamp in.</summary>
    public TimestampFormat Format { get; }

    /// <inheritdoc />
    public override string ToString() => $"timestamp({Format.Name})";
}
