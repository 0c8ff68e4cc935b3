using System.Text;
using Panther.Schemas.Indicators;

namespace Panther.Schemas.Tests.Indicators;

/// <summary>
/// Records every value a scanner writes as a (field name, text) pair. Decoding is strict, so a scanner that
/// writes invalid UTF-8 fails the test.
/// </summary>
public sealed class RecordingIndicatorWriter : IIndicatorWriter
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, true);

    private readonly List<(string Field, string Value)> _entries = [];

    /// <summary>Gets the values written so far, in order.</summary>
    public IReadOnlyList<(string Field, string Value)> Entries => _entries;

    /// <summary>Scans a text value with the kind's scanner and returns what it wrote.</summary>
    public static IReadOnlyList<(string Field, string Value)> Scan(IndicatorKind kind, string value) =>
        Scan(kind, Encoding.UTF8.GetBytes(value));

    /// <summary>Scans raw bytes with the kind's scanner and returns what it wrote.</summary>
    public static IReadOnlyList<(string Field, string Value)> Scan(IndicatorKind kind, byte[] utf8Value)
    {
        var writer = new RecordingIndicatorWriter();
        kind.Scanner.Scan(utf8Value, writer);
        return writer.Entries;
    }

    /// <inheritdoc />
    public void Add(IndicatorField field, ReadOnlySpan<byte> utf8Value) =>
        _entries.Add((field.Name, StrictUtf8.GetString(utf8Value)));
}
