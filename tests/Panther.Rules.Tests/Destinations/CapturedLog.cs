using Microsoft.Extensions.Logging;

namespace Panther.Rules.Tests.Destinations;

/// <summary>One captured log entry: the formatted message, its structured values and any exception.</summary>
internal sealed record CapturedLog(string Category, LogLevel Level, int EventId, string Text);
