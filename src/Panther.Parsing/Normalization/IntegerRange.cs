using Panther.Schemas.Fields;

namespace Panther.Parsing.Normalization;

/// <summary>The value ranges of the signed integer field types.</summary>
internal static class IntegerRange
{
    /// <summary>Checks whether a value fits an integer type.</summary>
    /// <param name="kind">The type: <see cref="FieldTypeKind.Int16"/>, <see cref="FieldTypeKind.Int32"/> or
    /// <see cref="FieldTypeKind.Int64"/>.</param>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when the value fits.</returns>
    public static bool Contains(FieldTypeKind kind, long value) => kind switch
    {
        FieldTypeKind.Int16 => value is >= short.MinValue and <= short.MaxValue,
        FieldTypeKind.Int32 => value is >= int.MinValue and <= int.MaxValue,
        _ => true,
    };
}
