using Panther.Parsing.CloudTrail;
using Panther.Parsing.Okta;
using Panther.Parsing.Osquery;
using Panther.Parsing.Suricata;
using Panther.Schemas;

namespace Panther.Parsing;

/// <summary>The log types that ship with Panther for .NET.</summary>
public static class BuiltInLogTypes
{
    /// <summary>Gets every built-in log type.</summary>
    public static IReadOnlyList<LogSchema> All { get; } =
        [.. CloudTrailLogTypes.All, .. OsqueryLogTypes.All, .. OktaLogTypes.All, .. SuricataLogTypes.All];

    /// <summary>Creates a registry holding every built-in log type.</summary>
    /// <returns>The registry.</returns>
    public static LogTypeRegistry CreateRegistry() => new LogTypeRegistry().AddRange(All);
}
