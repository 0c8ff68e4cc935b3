using System.Text.Json;
using System.Text.Json.Serialization;

namespace Panther.Benchmarks.Baselines;

/// <summary>
/// The plain classes a C# developer writes to read Suricata EVE records with JsonSerializer and a snake_case naming
/// policy: the envelope, the alert and the flow counters typed, the other event types' objects kept free-form. The
/// timestamp stays a string because its <c>+0000</c> offset is not one JsonSerializer reads.
/// </summary>
public sealed class SuricataEveRecord
{
    public string? Timestamp { get; set; }

    public ulong? FlowId { get; set; }

    public long? PcapCnt { get; set; }

    public string? InIface { get; set; }

    public string? EventType { get; set; }

    public JsonElement? Vlan { get; set; }

    public string? SrcIp { get; set; }

    public int? SrcPort { get; set; }

    public string? DestIp { get; set; }

    public int? DestPort { get; set; }

    public string? Proto { get; set; }

    public string? AppProto { get; set; }

    public string? CommunityId { get; set; }

    public long? TxId { get; set; }

    public SuricataAlert? Alert { get; set; }

    public SuricataFlow? Flow { get; set; }

    public JsonElement? Dns { get; set; }

    public JsonElement? Http { get; set; }

    public JsonElement? Tls { get; set; }

    public string? Payload { get; set; }

    public string? PayloadPrintable { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Other { get; set; }
}

/// <summary>The alert of <see cref="SuricataEveRecord"/>.</summary>
public sealed class SuricataAlert
{
    public string? Action { get; set; }

    public long? Gid { get; set; }

    public long? SignatureId { get; set; }

    public long? Rev { get; set; }

    public string? Signature { get; set; }

    public string? Category { get; set; }

    public int? Severity { get; set; }

    public Dictionary<string, List<string>>? Metadata { get; set; }
}

/// <summary>The flow counters of <see cref="SuricataEveRecord"/>.</summary>
public sealed class SuricataFlow
{
    public long? PktsToserver { get; set; }

    public long? PktsToclient { get; set; }

    public long? BytesToserver { get; set; }

    public long? BytesToclient { get; set; }

    public string? Start { get; set; }

    public string? End { get; set; }
}
