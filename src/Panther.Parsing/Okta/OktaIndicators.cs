using Panther.Schemas.Fields;
using Panther.Schemas.Indicators;

namespace Panther.Parsing.Okta;

/// <summary>
/// How indicators are found in <c>debugContext.debugData</c>, whose members depend on the event type: by member name,
/// at any depth. Names follow the System Log's camelCase spelling.
/// </summary>
/// <remarks>
/// <c>requestUri</c> and <c>url</c> hold a path without a host (<c>/api/v1/authn</c>) and are not scanned. Free-form
/// strings are not scanned for emails either: request ids such as <c>X7LBsMxeqO-ADcGcmp0WGQAAB@g</c> contain an
/// <c>@</c>.
/// </remarks>
public static class OktaIndicators
{
    /// <summary>
    /// Gets the rules applied to <c>debugData</c>: IP addresses (<c>ip</c>, <c>ipAddress</c>, names ending in
    /// <c>Ip</c> or <c>IpAddress</c>, <c>clientAddress</c>), absolute URLs and their hosts (<c>origin</c>,
    /// <c>redirectUri</c>, names ending in <c>Url</c>), emails (<c>email</c>, names ending in <c>Email</c>) and
    /// <c>domain</c>.
    /// </summary>
    public static IReadOnlyList<KeyIndicatorRule> DebugDataRules { get; } =
    [
        KeyIndicatorRule.Exact("ip", IndicatorKind.Ip),
        KeyIndicatorRule.EndsWith("Ip", IndicatorKind.Ip),
        KeyIndicatorRule.Exact("ipAddress", IndicatorKind.Ip),
        KeyIndicatorRule.EndsWith("IpAddress", IndicatorKind.Ip),
        KeyIndicatorRule.Exact("clientAddress", IndicatorKind.Ip),
        KeyIndicatorRule.Exact("origin", IndicatorKind.Url),
        KeyIndicatorRule.Exact("redirectUri", IndicatorKind.Url),
        KeyIndicatorRule.EndsWith("Url", IndicatorKind.Url),
        KeyIndicatorRule.Exact("email", IndicatorKind.Email),
        KeyIndicatorRule.EndsWith("Email", IndicatorKind.Email),
        KeyIndicatorRule.Exact("domain", IndicatorKind.Domain),
    ];
}
