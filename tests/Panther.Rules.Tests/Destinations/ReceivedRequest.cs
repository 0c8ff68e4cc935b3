using System.Text.Json;

namespace Panther.Rules.Tests.Destinations;

/// <summary>One request as the receiver saw it.</summary>
internal sealed record ReceivedRequest(
    string Method, string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public JsonElement Json() => JsonDocument.Parse(Body).RootElement.Clone();
}
