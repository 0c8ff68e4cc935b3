using Panther.Schemas;
using Panther.Schemas.Fields;

namespace Panther.Parsing.Suricata;

/// <summary>
/// The Suricata EVE JSON log types: one per <c>event_type</c>, each its own table, written with the public schema
/// API like any user schema. Every type shares the EVE envelope (time, flow id, five-tuple, application protocol,
/// payload and packet) and types the objects of its own event type. An <c>event_type</c> that none of them knows
/// becomes <c>Suricata.Other</c>, with the envelope typed and everything else kept as it arrived.
/// </summary>
/// <remarks>
/// <c>event_type</c> is the only required field. The timestamp is not required, so that a record with an impossible
/// time is kept with a parse error instead of being quarantined.
/// </remarks>
public static class SuricataLogTypes
{
    private static readonly Uri EveFormat = new("https://docs.suricata.io/en/latest/output/eve/eve-json-format.html");

    /// <summary>Gets the schema of <c>alert</c> records: a rule matched.</summary>
    public static LogSchema Alert { get; } = Create("Alert", "Alerts: a rule matched a packet, flow or transaction.",
        ["alert"],
        SuricataAlertFields.Alert,
        SuricataAlertFields.Verdict,
        SuricataFlowFields.Flow,
        SuricataFileFields.Files,
        SuricataHttpFields.Http,
        SuricataDnsFields.Dns,
        SuricataTlsFields.Tls,
        SuricataTlsFields.Ssh,
        SuricataMailFields.Smtp,
        SuricataMailFields.Email);

    /// <summary>Gets the schema of <c>anomaly</c> records: malformed or unexpected traffic.</summary>
    public static LogSchema Anomaly { get; } = Create("Anomaly",
        "Anomalies: packets or protocol messages that could not be decoded or broke the protocol's rules.",
        ["anomaly"],
        SuricataAlertFields.Anomaly);

    /// <summary>Gets the schema of <c>dhcp</c> records.</summary>
    public static LogSchema Dhcp { get; } = Create("DHCP", "DHCP messages: address requests, offers and leases.",
        ["dhcp"],
        SuricataProtocolFields.Dhcp);

    /// <summary>Gets the schema of <c>dnp3</c> records.</summary>
    public static LogSchema Dnp3 { get; } = Create("DNP3", "DNP3 requests and responses of industrial control.",
        ["dnp3"],
        SuricataProtocolFields.Dnp3);

    /// <summary>Gets the schema of <c>dns</c> records, in EVE DNS versions 1, 2 and 3.</summary>
    public static LogSchema Dns { get; } = Create("DNS",
        "DNS queries and answers, in any of the three EVE DNS layouts; SuricataDns reads them as one view.",
        ["dns"],
        SuricataDnsFields.Dns);

    /// <summary>Gets the schema of <c>drop</c> records: a packet dropped in IPS mode.</summary>
    public static LogSchema Drop { get; } = Create("Drop", "Packets dropped in IPS mode, with the rule responsible.",
        ["drop"],
        SuricataAlertFields.Drop,
        SuricataAlertFields.Alert,
        SuricataAlertFields.Verdict);

    /// <summary>Gets the schema of <c>fileinfo</c> records: a file seen on the wire.</summary>
    public static LogSchema FileInfo { get; } = Create("FileInfo",
        "Files seen in HTTP, SMTP, SMB, NFS, FTP and other transfers, with their hashes.",
        ["fileinfo"],
        SuricataFileFields.FileInfo,
        SuricataHttpFields.Http,
        SuricataMailFields.Smtp,
        SuricataMailFields.Email,
        SuricataFileFields.Smb,
        SuricataFileFields.Nfs);

    /// <summary>Gets the schema of <c>flow</c> records: a flow that ended or timed out.</summary>
    public static LogSchema Flow { get; } = Create("Flow", "Flows, logged when they end or time out.",
        ["flow"],
        SuricataFlowFields.Flow,
        SuricataFlowFields.Tcp);

    /// <summary>Gets the schema of <c>ftp</c> records.</summary>
    public static LogSchema Ftp { get; } = Create("FTP", "FTP commands and replies on the control channel.",
        ["ftp"],
        SuricataFileFields.Ftp);

    /// <summary>Gets the schema of <c>ftp_data</c> records.</summary>
    public static LogSchema FtpData { get; } = Create("FTPData", "FTP data transfers.",
        ["ftp_data"],
        SuricataFileFields.FtpData);

    /// <summary>Gets the schema of <c>http</c> records.</summary>
    public static LogSchema Http { get; } = Create("HTTP", "HTTP transactions.",
        ["http"],
        SuricataHttpFields.Http);

    /// <summary>Gets the schema of <c>http2</c> records.</summary>
    public static LogSchema Http2 { get; } = Create("HTTP2", "HTTP/2 streams, as early HTTP/2 logging wrote them.",
        ["http2"],
        SuricataHttpFields.Http2Record,
        SuricataHttpFields.Http);

    /// <summary>Gets the schema of <c>ike</c> and <c>ikev2</c> records.</summary>
    public static LogSchema Ike { get; } = Create("IKE", "IKEv1 and IKEv2 exchanges of IPsec.",
        ["ike", "ikev2"],
        SuricataProtocolFields.Ike,
        Field.Json("ikev2") with { Description = "The exchange, as IKEv2-only logging wrote it." });

    /// <summary>Gets the schema of <c>krb5</c> records.</summary>
    public static LogSchema Krb5 { get; } = Create("KRB5", "Kerberos 5 requests, tickets and errors.",
        ["krb5"],
        SuricataProtocolFields.Krb5);

    /// <summary>Gets the schema of <c>mqtt</c> records.</summary>
    public static LogSchema Mqtt { get; } = Create("MQTT", "MQTT messages.",
        ["mqtt"],
        SuricataProtocolFields.Mqtt);

    /// <summary>Gets the schema of <c>netflow</c> records: one direction of a flow.</summary>
    public static LogSchema Netflow { get; } = Create("Netflow", "Flows logged one direction at a time.",
        ["netflow"],
        SuricataFlowFields.Netflow,
        SuricataFlowFields.Tcp);

    /// <summary>Gets the schema of <c>nfs</c> records.</summary>
    public static LogSchema Nfs { get; } = Create("NFS", "NFS calls and replies.",
        ["nfs"],
        SuricataFileFields.Nfs,
        Field.Json("rpc") with { Description = "The ONC RPC header of the call." });

    /// <summary>Gets the schema of <c>pgsql</c> records.</summary>
    public static LogSchema PgSql { get; } = Create("PgSQL", "PostgreSQL requests and responses.",
        ["pgsql"],
        SuricataProtocolFields.PgSql);

    /// <summary>Gets the schema of <c>quic</c> records.</summary>
    public static LogSchema Quic { get; } = Create("QUIC", "QUIC handshakes.",
        ["quic"],
        SuricataTlsFields.Quic);

    /// <summary>Gets the schema of <c>rdp</c> records.</summary>
    public static LogSchema Rdp { get; } = Create("RDP", "Remote Desktop Protocol connection setups.",
        ["rdp"],
        SuricataProtocolFields.Rdp);

    /// <summary>Gets the schema of <c>rfb</c> records.</summary>
    public static LogSchema Rfb { get; } = Create("RFB", "RFB (VNC) handshakes.",
        ["rfb"],
        SuricataProtocolFields.Rfb);

    /// <summary>Gets the schema of <c>sip</c> records.</summary>
    public static LogSchema Sip { get; } = Create("SIP", "SIP requests and responses.",
        ["sip"],
        SuricataProtocolFields.Sip);

    /// <summary>Gets the schema of <c>smb</c> records.</summary>
    public static LogSchema Smb { get; } = Create("SMB", "SMB commands and responses, with NTLM and Kerberos details.",
        ["smb"],
        SuricataFileFields.Smb);

    /// <summary>Gets the schema of <c>smtp</c> records.</summary>
    public static LogSchema Smtp { get; } = Create("SMTP", "SMTP transactions, with the message headers.",
        ["smtp"],
        SuricataMailFields.Smtp,
        SuricataMailFields.Email);

    /// <summary>Gets the schema of <c>snmp</c> records.</summary>
    public static LogSchema Snmp { get; } = Create("SNMP", "SNMP requests, responses and traps.",
        ["snmp"],
        SuricataProtocolFields.Snmp);

    /// <summary>Gets the schema of <c>ssh</c> records.</summary>
    public static LogSchema Ssh { get; } = Create("SSH", "SSH sessions: the banners of client and server.",
        ["ssh"],
        SuricataTlsFields.Ssh);

    /// <summary>Gets the schema of <c>stats</c> records: the engine's counters.</summary>
    public static LogSchema Stats { get; } = Create("Stats", "The engine's counters, logged periodically.",
        ["stats"],
        SuricataStatsFields.Stats);

    /// <summary>Gets the schema of <c>tftp</c> records.</summary>
    public static LogSchema Tftp { get; } = Create("TFTP", "TFTP read and write requests.",
        ["tftp"],
        SuricataFileFields.Tftp);

    /// <summary>Gets the schema of <c>tls</c> records.</summary>
    public static LogSchema Tls { get; } = Create("TLS", "TLS handshakes, with the server certificate.",
        ["tls"],
        SuricataTlsFields.Tls);

    /// <summary>
    /// Gets every <c>event_type</c> value that has a log type of its own, in the order of <see cref="All"/>.
    /// </summary>
    public static IReadOnlyList<string> KnownEventTypes { get; } =
    [
        "alert", "anomaly", "dhcp", "dnp3", "dns", "drop", "fileinfo", "flow", "ftp", "ftp_data", "http", "http2",
        "ike", "ikev2", "krb5", "mqtt", "netflow", "nfs", "pgsql", "quic", "rdp", "rfb", "sip", "smb", "smtp",
        "snmp", "ssh", "stats", "tftp", "tls",
    ];

    /// <summary>
    /// Gets the schema of records whose <c>event_type</c> has no log type of its own (<c>ldap</c>, <c>arp</c>, a
    /// type added by a later Suricata, ...): the envelope is typed and every other member kept verbatim.
    /// </summary>
    /// <remarks>
    /// It asks for nothing but a string <c>event_type</c>, so it is a fallback (<see cref="LogSchema.IsFallback"/>):
    /// the parser tries it only after every other registered type has declined a record.
    /// </remarks>
    public static LogSchema Other { get; } = new("Suricata.Other")
    {
        IsFallback = true,
        Description = "Records of any other event type: the EVE envelope is typed, the rest kept as it arrived.",
        ReferenceUrl = EveFormat,
        Fields = SuricataCommonFields.Envelope(
            Field.String(SuricataCommonFields.EventTypeName) with
            {
                Required = true,
                DeniedValues = KnownEventTypes,
                Description = "The kind of record; any value without a log type of its own.",
            }),
    };

    /// <summary>Gets every Suricata log type, <see cref="Other"/> last.</summary>
    public static IReadOnlyList<LogSchema> All { get; } =
    [
        Alert, Anomaly, Dhcp, Dnp3, Dns, Drop, FileInfo, Flow, Ftp, FtpData, Http, Http2, Ike, Krb5, Mqtt, Netflow,
        Nfs, PgSql, Quic, Rdp, Rfb, Sip, Smb, Smtp, Snmp, Ssh, Stats, Tftp, Tls, Other,
    ];

    private static LogSchema Create(string type, string description, string[] eventTypes,
        params SchemaField[] specific)
    {
        var eventType = Field.String(SuricataCommonFields.EventTypeName) with
        {
            Required = true,
            AllowedValues = eventTypes,
            Description = "The kind of record.",
        };

        return new LogSchema("Suricata." + type)
        {
            Description = description,
            ReferenceUrl = EveFormat,
            Fields = [.. SuricataCommonFields.Envelope(eventType), .. specific],
        };
    }
}
