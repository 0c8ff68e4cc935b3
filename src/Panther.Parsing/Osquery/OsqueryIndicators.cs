using Panther.Schemas.Fields;
using Panther.Schemas.Indicators;

namespace Panther.Parsing.Osquery;

/// <summary>
/// How indicators are found in osquery's query results. The columns of a result row depend on the query and the
/// decorations on the host's configuration, so their values are found by column name, whatever table they came from.
/// </summary>
/// <remarks>
/// The rules lean on the scanners' own validation: a column whose name ends in <c>_address</c> is only written as an
/// IP address when its value parses as one, so <c>mac_address</c> or an empty <c>local_address</c> add nothing.
/// </remarks>
public static class OsqueryIndicators
{
    /// <summary>
    /// Gets the rules applied to result columns (<c>columns</c>, the rows of <c>snapshot</c> and of
    /// <c>diffResults</c>) and to <c>decorations</c>: addresses as IPs (<c>address</c>, <c>local_address</c>,
    /// <c>remote_address</c>, <c>host_ip</c>, ...), host names, MAC addresses, file hashes and user names.
    /// </summary>
    public static IReadOnlyList<KeyIndicatorRule> ColumnRules { get; } =
    [
        KeyIndicatorRule.Exact("address", IndicatorKind.Ip),
        KeyIndicatorRule.EndsWith("_address", IndicatorKind.Ip),
        KeyIndicatorRule.Exact("ip", IndicatorKind.Ip),
        KeyIndicatorRule.EndsWith("_ip", IndicatorKind.Ip),
        KeyIndicatorRule.Exact("host", IndicatorKind.Hostname),
        KeyIndicatorRule.Exact("hostname", IndicatorKind.Hostname),
        KeyIndicatorRule.Exact("mac", IndicatorKind.MacAddress),
        KeyIndicatorRule.EndsWith("md5", IndicatorKind.Md5),
        KeyIndicatorRule.EndsWith("sha1", IndicatorKind.Sha1),
        KeyIndicatorRule.EndsWith("sha256", IndicatorKind.Sha256),
        KeyIndicatorRule.Exact("username", IndicatorKind.Username),
        KeyIndicatorRule.Exact("user", IndicatorKind.Username),
    ];
}
