using Panther.Schemas.Fields;
using Panther.Schemas.Indicators;
using Panther.Schemas.Time;

namespace Panther.Parsing.Suricata;

/// <summary>
/// The objects of encrypted sessions: the <c>tls</c> handshake and certificate, the <c>quic</c> client hello and
/// the <c>ssh</c> banners. Distinguished names are kept whole: their values may hold <c>", "</c>.
/// </summary>
internal static class SuricataTlsFields
{
    /// <summary>Gets the <c>tls</c> object.</summary>
    public static SchemaField Tls { get; } =
        Field.Object("tls", [
            .. Certificate(),
            Field.String("sni", IndicatorKind.Hostname) with { Description = "The server name the client asked for." },
            Field.String("version") with { Description = "The protocol version, or UNDETERMINED." },
            Fingerprint("ja3"),
            Fingerprint("ja3s"),
            Field.String("ja4"),
            Field.Boolean("session_resumed"),
            Field.String("from_proto"),
            Field.Array("client_alpns", FieldType.String),
            Field.Array("server_alpns", FieldType.String),
            Field.Object("client", Certificate()) with { Description = "The client certificate." },
            Field.Json("client_handshake"),
            Field.Json("server_handshake"),
        ]) with
        {
            Description = "The TLS handshake and the server certificate.",
        };

    /// <summary>Gets the <c>quic</c> object.</summary>
    public static SchemaField Quic { get; } =
        Field.Object("quic",
            Field.String("version"),
            Field.String("sni", IndicatorKind.Hostname) with { Description = "The server name the client asked for." },
            Field.String("ua") with { Description = "The user agent of Google QUIC." },
            Fingerprint("ja3"),
            Fingerprint("ja3s"),
            Field.String("ja4"),
            Field.Json("cyu"),
            Field.Json("extensions")) with
        {
            Description = "The QUIC hello.",
        };

    /// <summary>Gets the <c>ssh</c> object.</summary>
    public static SchemaField Ssh { get; } =
        Field.Object("ssh",
            SshSide("client"),
            SshSide("server")) with
        {
            Description = "The SSH banners of both sides.",
        };

    private static SchemaField[] Certificate() =>
    [
        Field.String("subject") with { Description = "The certificate's subject DN." },
        Field.String("issuerdn") with { Description = "The certificate's issuer DN." },
        Field.String("serial"),
        Field.String("fingerprint") with { Description = "The SHA-1 of the certificate, in hex pairs." },
        Field.Timestamp("notbefore", TimestampFormat.Rfc3339),
        Field.Timestamp("notafter", TimestampFormat.Rfc3339),
        Field.Array("subjectaltname", FieldType.String, IndicatorKind.Hostname),
        Field.String("certificate") with { Description = "The certificate, base64 encoded, when logged." },
        Field.Array("chain", FieldType.String) with { Description = "The certificate chain, base64 encoded." },
    ];

    private static SchemaField Fingerprint(string name) =>
        Field.Object(name,
            Field.String("hash"),
            Field.String("string"));

    private static SchemaField SshSide(string name) =>
        Field.Object(name,
            Field.String("proto_version"),
            Field.String("software_version"),
            Fingerprint("hassh"));
}
