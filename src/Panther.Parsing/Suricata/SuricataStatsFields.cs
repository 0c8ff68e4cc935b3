using Panther.Schemas.Fields;

namespace Panther.Parsing.Suricata;

/// <summary>
/// The <c>stats</c> object of the periodic counter records. Its sections grow with every Suricata release and
/// hold per-thread counters when those are enabled, so each section is kept as raw JSON.
/// </summary>
internal static class SuricataStatsFields
{
    /// <summary>Gets the <c>stats</c> object.</summary>
    public static SchemaField Stats { get; } =
        Field.Object("stats",
            Field.Int64("uptime") with { Description = "Seconds since the engine started." },
            Field.Json("capture") with { Description = "Packets captured and dropped by the capture method." },
            Field.Json("decoder") with { Description = "Packets and bytes per decoded protocol." },
            Field.Json("exception_policy"),
            Field.Json("flow") with { Description = "Flow table counters." },
            Field.Json("defrag"),
            Field.Json("tcp") with { Description = "TCP session and reassembly counters." },
            Field.Json("detect") with { Description = "Alerts and rule engine counters." },
            Field.Json("app_layer") with { Description = "Flows and transactions per application protocol." },
            Field.Json("flow_bypassed"),
            Field.Json("ftp"),
            Field.Json("http"),
            Field.Json("file_store"),
            Field.Json("memcap"),
            Field.Json("threads") with { Description = "The same counters per thread, when enabled." }) with
        {
            Description = "The engine's counters since it started, with their change since the last record.",
        };
}
