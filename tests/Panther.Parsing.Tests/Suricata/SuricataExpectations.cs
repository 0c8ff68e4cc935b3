using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Panther.Parsing.Tests.Suricata;

/// <summary>
/// What a Suricata record should become, worked out from the record itself and independently of the schemas: the
/// log type its <c>event_type</c> names and the instant its <c>timestamp</c> gives.
/// </summary>
internal static partial class SuricataExpectations
{
    private static readonly Dictionary<string, string> TypeNames = new(StringComparer.Ordinal)
    {
        ["alert"] = "Alert", ["anomaly"] = "Anomaly", ["dhcp"] = "DHCP", ["dnp3"] = "DNP3", ["dns"] = "DNS",
        ["drop"] = "Drop", ["fileinfo"] = "FileInfo", ["flow"] = "Flow", ["ftp"] = "FTP", ["ftp_data"] = "FTPData",
        ["http"] = "HTTP", ["http2"] = "HTTP2", ["ike"] = "IKE", ["ikev2"] = "IKE", ["krb5"] = "KRB5",
        ["mqtt"] = "MQTT", ["netflow"] = "Netflow", ["nfs"] = "NFS", ["pgsql"] = "PgSQL", ["quic"] = "QUIC",
        ["rdp"] = "RDP", ["rfb"] = "RFB", ["sip"] = "SIP", ["smb"] = "SMB", ["smtp"] = "SMTP", ["snmp"] = "SNMP",
        ["ssh"] = "SSH", ["stats"] = "Stats", ["tftp"] = "TFTP", ["tls"] = "TLS",
    };

    public static IReadOnlyCollection<string> KnownEventTypes => TypeNames.Keys;

    public static string LogType(JsonElement record) =>
        "Suricata." + TypeNames.GetValueOrDefault(record.GetProperty("event_type").GetString()!, "Other");

    /// <summary>The instant of a valid EVE timestamp, or <see langword="null"/> when it is absent or
    /// invalid.</summary>
    public static DateTime? EventTime(JsonElement record)
    {
        if (!record.TryGetProperty("timestamp", out var value) || value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var match = EveTimestamp().Match(value.GetString()!);
        if (!match.Success)
        {
            return null;
        }

        var fraction = match.Groups["fraction"].Value.PadRight(7, '0')[..7];
        var offset = match.Groups["offset"].Success
            ? $"{match.Groups["offset"].Value}:{match.Groups["minutes"].Value}"
            : "+00:00";
        var text = $"{match.Groups["date"].Value}T{match.Groups["time"].Value}.{fraction}{offset}";
        return DateTimeOffset.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture,
            DateTimeStyles.None, out var parsed) ? parsed.UtcDateTime : null;
    }

    public static IEnumerable<string> Addresses(JsonElement record)
    {
        foreach (var name in new[] { "src_ip", "dest_ip" })
        {
            if (record.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
            {
                yield return value.GetString()!;
            }
        }
    }

    [GeneratedRegex(@"^(?<date>\d{4}-\d\d-\d\d)T(?<time>\d\d:\d\d:\d\d)(?:\.(?<fraction>\d{1,9}))?" +
        @"(?:(?<offset>[+-]\d\d)(?<minutes>\d\d))?$")]
    private static partial Regex EveTimestamp();
}
