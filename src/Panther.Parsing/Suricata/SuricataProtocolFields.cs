using Panther.Schemas.Fields;
using Panther.Schemas.Indicators;

namespace Panther.Parsing.Suricata;

/// <summary>
/// The objects of the smaller application protocols: <c>dhcp</c>, <c>dnp3</c>, <c>ike</c>, <c>krb5</c>,
/// <c>mqtt</c>, <c>pgsql</c>, <c>rdp</c>, <c>rfb</c>, <c>sip</c> and <c>snmp</c>. Their main members are typed; the
/// parts whose shape depends on the message are raw JSON.
/// </summary>
internal static class SuricataProtocolFields
{
    /// <summary>Gets the <c>dhcp</c> object.</summary>
    public static SchemaField Dhcp { get; } =
        Field.Object("dhcp",
            Field.String("type") with { Description = "request or reply." },
            Field.Int64("id") with { Description = "The transaction id." },
            Field.String("client_mac", IndicatorKind.MacAddress),
            Field.String("assigned_ip", IndicatorKind.Ip),
            Field.String("client_ip", IndicatorKind.Ip),
            Field.String("requested_ip", IndicatorKind.Ip),
            Field.String("relay_ip", IndicatorKind.Ip),
            Field.String("next_server_ip", IndicatorKind.Ip),
            Field.String("dhcp_type") with { Description = "discover, offer, request, ack, ..." },
            Field.String("client_id"),
            Field.String("hostname", IndicatorKind.Hostname) with { Description = "The client's host name." },
            Field.String("vendor_class_identifier"),
            Field.Int64("lease_time"),
            Field.Int64("renewal_time"),
            Field.Int64("rebinding_time"),
            Field.String("subnet_mask"),
            Field.Array("routers", FieldType.String, IndicatorKind.Ip),
            Field.Array("dns_servers", FieldType.String, IndicatorKind.Ip),
            Field.Array("params", FieldType.String) with { Description = "The options the client asked for." }) with
        {
            Description = "The DHCP message.",
        };

    /// <summary>Gets the <c>dnp3</c> object.</summary>
    public static SchemaField Dnp3 { get; } =
        Field.Object("dnp3",
            Field.String("type") with { Description = "request or response." },
            Field.Int64("src") with { Description = "The link-layer source address." },
            Field.Int64("dst") with { Description = "The link-layer destination address." },
            Field.Json("control"),
            Field.Json("iin") with { Description = "The internal indications of a response." },
            Field.Json("application") with { Description = "The application layer: function code and objects." },
            Field.Json("request"),
            Field.Json("response")) with
        {
            Description = "The DNP3 message.",
        };

    /// <summary>Gets the <c>ike</c> object, for IKEv1 and IKEv2.</summary>
    public static SchemaField Ike { get; } =
        Field.Object("ike",
            Field.Int32("version_major"),
            Field.Int32("version_minor"),
            Field.String("init_spi"),
            Field.String("resp_spi"),
            Field.Int64("message_id"),
            Field.Int32("exchange_type"),
            Field.String("exchange_type_verbose"),
            Field.String("role"),
            Field.Json("attributes") with { Description = "The proposed or chosen transforms." },
            Field.Json("payload"),
            Field.Json("ikev1"),
            Field.Json("ikev2")) with
        {
            Description = "The IKE exchange.",
        };

    /// <summary>Gets the <c>krb5</c> object.</summary>
    public static SchemaField Krb5 { get; } =
        Field.Object("krb5",
            Field.String("msg_type"),
            Field.String("cname", IndicatorKind.Username) with { Description = "The client principal." },
            Field.String("realm"),
            Field.String("sname") with { Description = "The service principal." },
            Field.String("encryption"),
            Field.Boolean("weak_encryption"),
            Field.String("ticket_encryption"),
            Field.Boolean("ticket_weak_encryption"),
            Field.String("error_code"),
            Field.String("failed_request")) with
        {
            Description = "The Kerberos 5 message.",
        };

    /// <summary>Gets the <c>mqtt</c> object: one member per message type, each with its own fields.</summary>
    public static SchemaField Mqtt { get; } =
        Field.Object("mqtt",
            Field.Object("connect",
                Field.String("protocol_string"),
                Field.Int32("protocol_version"),
                Field.String("client_id"),
                Field.String("username", IndicatorKind.Username),
                Field.String("password"),
                Field.Json("flags"),
                Field.Json("will"),
                Field.Json("properties")),
            Field.Json("connack"),
            Field.Json("publish"),
            Field.Json("puback"),
            Field.Json("pubrec"),
            Field.Json("pubrel"),
            Field.Json("pubcomp"),
            Field.Json("subscribe"),
            Field.Json("suback"),
            Field.Json("unsubscribe"),
            Field.Json("unsuback"),
            Field.Json("pingreq"),
            Field.Json("pingresp"),
            Field.Json("disconnect")) with
        {
            Description = "The MQTT messages of the transaction.",
        };

    /// <summary>Gets the <c>pgsql</c> object.</summary>
    public static SchemaField PgSql { get; } =
        Field.Object("pgsql",
            Field.Int64("tx_id"),
            Field.Json("request", KeyIndicatorRule.Exact("user", IndicatorKind.Username)) with
            {
                Description = "The client's messages: startup parameters, queries, password messages.",
            },
            Field.Json("response") with { Description = "The server's messages." }) with
        {
            Description = "The PostgreSQL request and response.",
        };

    /// <summary>Gets the <c>rdp</c> object.</summary>
    public static SchemaField Rdp { get; } =
        Field.Object("rdp",
            Field.Int64("tx_id"),
            Field.String("event_type") with { Description = "The RDP message: initial_request, connect_request, ..." },
            Field.String("cookie") with { Description = "The routing cookie, often the user name." },
            Field.Json("client") with { Description = "The client's build, name, screen and capabilities." },
            Field.Array("channels", FieldType.String),
            Field.Json("server_supports"),
            Field.String("protocol"),
            Field.Json("x509_serials")) with
        {
            Description = "The RDP message.",
        };

    /// <summary>Gets the <c>rfb</c> object.</summary>
    public static SchemaField Rfb { get; } =
        Field.Object("rfb",
            Field.Json("server_protocol_version"),
            Field.Json("client_protocol_version"),
            Field.Json("authentication"),
            Field.Boolean("screen_shared"),
            Field.Json("framebuffer"),
            Field.String("server_security_failure_reason")) with
        {
            Description = "The RFB (VNC) handshake.",
        };

    /// <summary>Gets the <c>sip</c> object.</summary>
    public static SchemaField Sip { get; } =
        Field.Object("sip",
            Field.String("method"),
            Field.String("uri"),
            Field.String("version"),
            Field.String("request_line"),
            Field.String("code"),
            Field.String("reason"),
            Field.String("response_line"),
            Field.Json("sdp") with { Description = "The session description carried in the message." }) with
        {
            Description = "The SIP request or response.",
        };

    /// <summary>Gets the <c>snmp</c> object.</summary>
    public static SchemaField Snmp { get; } =
        Field.Object("snmp",
            Field.Int32("version"),
            Field.String("pdu_type"),
            Field.String("community"),
            Field.String("usm"),
            Field.Array("vars", FieldType.String) with { Description = "The object ids of the variables." },
            Field.String("trap_type"),
            Field.String("trap_oid"),
            Field.String("trap_address", IndicatorKind.Ip)) with
        {
            Description = "The SNMP message.",
        };
}
