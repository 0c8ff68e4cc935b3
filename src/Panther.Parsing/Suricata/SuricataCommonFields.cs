using Panther.Schemas.Fields;
using Panther.Schemas.Indicators;
using Panther.Schemas.Time;

namespace Panther.Parsing.Suricata;

/// <summary>
/// The envelope every EVE record may carry whatever its <c>event_type</c>: time, flow identity, the five-tuple,
/// the application protocol, capture details and, for alerts, the packet and payload. Each Suricata log type is this
/// envelope plus the objects of its own event type.
/// </summary>
internal static class SuricataCommonFields
{
    /// <summary>The member that tells the event types apart.</summary>
    public const string EventTypeName = "event_type";

    private static readonly SchemaField[] Leading =
    [
        Field.Timestamp("timestamp", TimestampFormat.Rfc3339, isEventTime: true) with
        {
            Description = "When the packet, flow or transaction was seen; not required, so that an impossible " +
                "time keeps its event with a parse error.",
        },
        Field.UInt64("flow_id") with { Description = "The flow's id; shared by every record of one flow." },
        Field.UInt64("parent_id") with { Description = "The flow id of the flow that this one was expected from." },
        Field.Int64("pcap_cnt") with { Description = "The packet's number in the capture." },
        Field.String("pcap_filename") with { Description = "The capture file being read, in offline mode." },
    ];

    private static readonly SchemaField[] Trailing =
    [
        Field.String("in_iface") with { Description = "The interface the packet was captured on." },
        Field.Json("vlan") with { Description = "The VLAN id, or the list of VLAN ids when they are stacked." },
        Field.String("src_ip", IndicatorKind.Ip) with { Description = "The source address." },
        Field.Int64("src_port") with { Description = "The source port." },
        Field.String("dest_ip", IndicatorKind.Ip) with { Description = "The destination address." },
        Field.Int64("dest_port") with { Description = "The destination port." },
        Field.Int32("ip_v") with { Description = "The IP version, 4 or 6." },
        Field.String("proto") with { Description = "The transport protocol: TCP, UDP, ICMP, ..." },
        Field.Int32("icmp_type") with { Description = "The ICMP type." },
        Field.Int32("icmp_code") with { Description = "The ICMP code." },
        Field.Int32("response_icmp_type") with { Description = "The ICMP type of the reply." },
        Field.Int32("response_icmp_code") with { Description = "The ICMP code of the reply." },
        Field.Int64("spi") with { Description = "The IPsec security parameter index." },
        Field.String("app_proto") with { Description = "The application protocol detected on the flow." },
        Field.String("app_proto_ts") with { Description = "The protocol detected towards the server, if different." },
        Field.String("app_proto_tc") with { Description = "The protocol detected towards the client, if different." },
        Field.String("app_proto_orig") with { Description = "The protocol before a protocol change." },
        Field.String("app_proto_expected") with { Description = "The protocol expected after a protocol change." },
        Field.Int64("tx_id") with { Description = "The application-layer transaction the record belongs to." },
        Field.Boolean("tx_guessed") with { Description = "Whether the transaction of an alert was guessed." },
        Field.String("community_id", IndicatorKind.TraceId) with
        {
            Description = "The Community ID hash of the flow, shared with other tools that see the same flow.",
        },
        Field.String("direction") with { Description = "to_server or to_client." },
        Field.String("pkt_src") with { Description = "Where the packet came from: wire, stream, a tunnel, ..." },
        Field.String("host") with { Description = "The sensor name, when one is configured." },
        Field.String("capture_file") with { Description = "The capture file the packet was read from." },
        Ether(),
        Tunnel(),
        Field.Json("metadata") with { Description = "Flow bits, flow variables and packet variables." },
        Field.String("payload") with { Description = "The packet or stream payload, base64 encoded." },
        Field.String("payload_printable") with { Description = "The payload with unprintable bytes as dots." },
        Field.Int64("payload_length") with { Description = "The payload's length in bytes." },
        Field.Int32("stream") with { Description = "Whether the payload was taken from the reassembled stream." },
        Field.String("packet") with { Description = "The whole packet, base64 encoded." },
        Field.Object("packet_info",
            Field.Int32("linktype"),
            Field.String("linktype_name")) with
        {
            Description = "The link type of the packet.",
        },
    ];

    /// <summary>Builds the envelope around an <c>event_type</c> field that identifies one log type.</summary>
    /// <param name="eventType">The <c>event_type</c> field, required, with its allowed or denied values.</param>
    /// <returns>The envelope's fields, in documentation order.</returns>
    public static SchemaField[] Envelope(SchemaField eventType) => [.. Leading, eventType, .. Trailing];

    private static SchemaField Ether() =>
        Field.Object("ether",
            Field.String("src_mac", IndicatorKind.MacAddress),
            Field.String("dest_mac", IndicatorKind.MacAddress),
            Field.Array("src_macs", FieldType.String, IndicatorKind.MacAddress),
            Field.Array("dest_macs", FieldType.String, IndicatorKind.MacAddress),
            Field.Int32("ether_type")) with
        {
            Description = "The Ethernet header.",
        };

    private static SchemaField Tunnel() =>
        Field.Object("tunnel",
            Field.String("src_ip", IndicatorKind.Ip),
            Field.Int64("src_port"),
            Field.String("dest_ip", IndicatorKind.Ip),
            Field.Int64("dest_port"),
            Field.String("proto"),
            Field.Int32("depth"),
            Field.Int64("pcap_cnt"),
            Field.String("pkt_src")) with
        {
            Description = "The outer addresses of a tunnelled packet.",
        };
}
