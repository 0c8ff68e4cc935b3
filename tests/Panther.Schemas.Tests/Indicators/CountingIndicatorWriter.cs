using Panther.Schemas.Indicators;

namespace Panther.Schemas.Tests.Indicators;

/// <summary>Counts the values written without keeping them, so that it allocates nothing itself.</summary>
public sealed class CountingIndicatorWriter : IIndicatorWriter
{
    /// <summary>Gets the number of values written so far.</summary>
    public int Count { get; private set; }

    /// <inheritdoc />
    public void Add(IndicatorField field, ReadOnlySpan<byte> utf8Value) => Count++;
}
