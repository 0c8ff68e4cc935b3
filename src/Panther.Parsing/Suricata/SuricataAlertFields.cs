using Panther.Schemas.Fields;
using Panther.Schemas.Indicators;

namespace Panther.Parsing.Suricata;

/// <summary>
/// The objects of detection records: the <c>alert</c> of a rule match, the <c>verdict</c> taken in IPS mode, the
/// <c>drop</c> of a dropped packet and the <c>anomaly</c> of a malformed one.
/// </summary>
internal static class SuricataAlertFields
{
    /// <summary>Gets the rule match of an alert (also logged with drops in IPS mode).</summary>
    public static SchemaField Alert { get; } =
        Field.Object("alert",
            Field.String("action") with { Description = "allowed or blocked." },
            Field.Int64("gid") with { Description = "The rule's group id." },
            Field.Int64("signature_id") with { Description = "The rule's id." },
            Field.Int64("rev") with { Description = "The rule's revision." },
            Field.String("signature") with { Description = "The rule's message." },
            Field.String("category") with { Description = "The rule's classification." },
            Field.Int32("severity") with { Description = "The priority: 1 is the highest." },
            Endpoint("source"),
            Endpoint("target"),
            Field.String("xff", IndicatorKind.Ip) with { Description = "The X-Forwarded-For address, if logged." },
            Field.Array("references", FieldType.String) with { Description = "The rule's references." },
            Field.String("rule") with { Description = "The rule's text, when logged." },
            Field.Json("metadata") with { Description = "The rule's metadata keywords, each a list of strings." },
            Field.Json("context") with { Description = "Extra context some rules log." },
            Field.Int64("tx_id")) with
        {
            Description = "The rule that matched.",
        };

    /// <summary>Gets the final action Suricata took on the packet.</summary>
    public static SchemaField Verdict { get; } =
        Field.Object("verdict",
            Field.String("action"),
            Field.Array("reject", FieldType.String),
            Field.String("reject_target")) with
        {
            Description = "The action taken on the packet: alert, drop, pass or reject.",
        };

    /// <summary>Gets the packet header details of a dropped packet.</summary>
    public static SchemaField Drop { get; } =
        Field.Object("drop",
            Field.Int64("len"),
            Field.Int32("tos"),
            Field.Int32("ttl"),
            Field.Int64("ipid"),
            Field.Int64("tcpseq"),
            Field.Int64("tcpack"),
            Field.Int64("tcpwin"),
            Field.Boolean("syn"),
            Field.Boolean("ack"),
            Field.Boolean("psh"),
            Field.Boolean("rst"),
            Field.Boolean("urg"),
            Field.Boolean("fin"),
            Field.Int64("tcpres"),
            Field.Int64("tcpurgp"),
            Field.Int64("udplen"),
            Field.Int64("icmp_id"),
            Field.Int64("icmp_seq"),
            Field.Int64("flowlbl"),
            Field.Int32("hoplimit"),
            Field.Int32("tc"),
            Field.String("reason") with { Description = "Why the packet was dropped." },
            Field.Json("verdict")) with
        {
            Description = "The dropped packet's header.",
        };

    /// <summary>Gets the description of a decoding or protocol anomaly.</summary>
    public static SchemaField Anomaly { get; } =
        Field.Object("anomaly",
            Field.String("type") with { Description = "decode, stream or applayer." },
            Field.String("event") with { Description = "The anomaly's name." },
            Field.Int32("code"),
            Field.String("layer"),
            Field.String("app_proto")) with
        {
            Description = "The anomaly that was detected.",
        };

    private static SchemaField Endpoint(string name) =>
        Field.Object(name,
            Field.String("ip", IndicatorKind.Ip),
            Field.Int64("port")) with
        {
            Description = name == "source" ? "The rule's idea of the attacker." : "The rule's idea of the victim.",
        };
}
