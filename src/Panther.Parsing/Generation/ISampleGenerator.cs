using System.Text.Json;

namespace Panther.Parsing.Generation;

/// <summary>
/// Writes realistic, made-up events of one log type, deterministically from a seed, for benchmarks, load tests and
/// demos that need volume without downloads.
/// </summary>
public interface ISampleGenerator
{
    /// <summary>Gets the log type the events belong to, for example <c>AWS.CloudTrail</c>.</summary>
    string LogType { get; }

    /// <summary>Writes one event as a JSON object.</summary>
    /// <param name="writer">Where the event goes.</param>
    /// <param name="random">The source of variety; the same seed gives the same events.</param>
    /// <param name="index">The 0-based position of the event in the generated sequence.</param>
    void Write(Utf8JsonWriter writer, Random random, long index);
}
