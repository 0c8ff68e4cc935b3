using Panther.Schemas.Fields;
using Panther.Schemas.Indicators;
using Panther.Schemas.Time;

namespace Panther.Parsing.Suricata;

/// <summary>
/// The objects that describe a flow as a whole: <c>flow</c> (a finished flow, or the counters logged with an
/// alert), <c>netflow</c> (one direction of a flow) and <c>tcp</c> (the flags and state of a TCP flow).
/// </summary>
internal static class SuricataFlowFields
{
    /// <summary>Gets the <c>flow</c> object.</summary>
    public static SchemaField Flow { get; } =
        Field.Object("flow",
            Field.Int64("pkts_toserver"),
            Field.Int64("pkts_toclient"),
            Field.Int64("bytes_toserver"),
            Field.Int64("bytes_toclient"),
            Field.Timestamp("start", TimestampFormat.Rfc3339) with { Description = "The flow's first packet." },
            Field.Timestamp("end", TimestampFormat.Rfc3339) with { Description = "The flow's last packet." },
            Field.Int64("age") with { Description = "The flow's duration in seconds." },
            Field.String("state") with { Description = "new, established, closed or bypassed." },
            Field.String("reason") with { Description = "Why the flow was logged: timeout, forced, shutdown." },
            Field.Boolean("alerted") with { Description = "Whether any alert fired on the flow." },
            Field.String("action"),
            Field.String("bypass"),
            Field.Json("bypassed"),
            Field.Int64("tx_cnt"),
            Field.Boolean("emergency"),
            Field.Boolean("elephant"),
            Field.Json("elephant_direction"),
            Field.Boolean("wrong_thread"),
            Field.Json("exception_policy"),
            Field.String("src_ip", IndicatorKind.Ip),
            Field.Int64("src_port"),
            Field.String("dest_ip", IndicatorKind.Ip),
            Field.Int64("dest_port")) with
        {
            Description = "The flow's counters and state.",
        };

    /// <summary>Gets the <c>netflow</c> object.</summary>
    public static SchemaField Netflow { get; } =
        Field.Object("netflow",
            Field.Int64("pkts"),
            Field.Int64("bytes"),
            Field.Timestamp("start", TimestampFormat.Rfc3339),
            Field.Timestamp("end", TimestampFormat.Rfc3339),
            Field.Int64("age"),
            Field.Int32("min_ttl"),
            Field.Int32("max_ttl"),
            Field.Int64("tx_cnt")) with
        {
            Description = "One direction of a flow.",
        };

    /// <summary>Gets the <c>tcp</c> object.</summary>
    public static SchemaField Tcp { get; } =
        Field.Object("tcp",
            Field.String("tcp_flags") with { Description = "The flags seen in both directions, in hex." },
            Field.String("tcp_flags_ts") with { Description = "The flags seen towards the server, in hex." },
            Field.String("tcp_flags_tc") with { Description = "The flags seen towards the client, in hex." },
            Field.Boolean("syn"),
            Field.Boolean("fin"),
            Field.Boolean("rst"),
            Field.Boolean("psh"),
            Field.Boolean("ack"),
            Field.Boolean("urg"),
            Field.Boolean("ecn"),
            Field.Boolean("cwr"),
            Field.String("state"),
            Field.Boolean("ts_gap"),
            Field.Boolean("tc_gap"),
            Field.Int64("ts_max_regions"),
            Field.Int64("tc_max_regions"),
            Field.Int64("ts_urgent_oob_data"),
            Field.Int64("tc_urgent_oob_data")) with
        {
            Description = "The TCP flags and state of the flow.",
        };
}
