using System.Globalization;
using System.Text.Json;
using Panther.Parsing.Generation;

namespace Panther.Parsing.Suricata;

/// <summary>
/// Made-up Suricata EVE records of one log type, as a sensor watching an office network and its servers writes
/// them: the envelope (timestamp with a <c>+0000</c> offset, flow ids over the whole 64-bit range, capture interface,
/// addresses, ports, protocol, Community ID, VLAN ids as a number or a stacked list, application protocol) and the
/// object of the event type, such as an alert with its rule and now and then a large payload, DNS in the version 1,
/// 2 and 3 layouts, HTTP with a null status now and then, TLS with distinguished names holding <c>", "</c>, files
/// with hashes, flows, nested engine counters and the smaller protocols.
/// </summary>
/// <remarks>
/// Create one per Suricata log type: <c>new SuricataSampleGenerator("Suricata.DNS")</c>. The generator of
/// <c>Suricata.Other</c> writes event types that have no log type of their own (<c>ldap</c>, <c>dcerpc</c>,
/// <c>modbus</c>, ...).
/// </remarks>
public sealed partial class SuricataSampleGenerator : ISampleGenerator
{
    private static readonly string[] OtherEventTypes =
        ["ldap", "dcerpc", "modbus", "bittorrent_dht", "pop3", "websocket", "mdns", "llmnr"];

    private static readonly string[] Interfaces = ["ens5", "eth0", "bond0.100", "enp2s0f1"];

    private static readonly Service[] CommonServices =
    [
        new("TCP", 443, "tls"), new("TCP", 443, "tls"), new("TCP", 80, "http"), new("UDP", 53, "dns"),
        new("TCP", 22, "ssh"), new("TCP", 445, "smb", Internal: true), new("UDP", 123, "ntp"),
        new("ICMP", 0, null), new("TCP", 3389, "rdp", Internal: true), new("TCP", 8443, "failed"),
    ];

    private readonly string[] _eventTypes;

    /// <summary>Initializes a generator for one Suricata log type.</summary>
    /// <param name="logType">The name of one of <see cref="SuricataLogTypes.All"/>, such as <c>Suricata.Alert</c> or
    /// <c>Suricata.Other</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="logType"/> is not a Suricata log type.</exception>
    public SuricataSampleGenerator(string logType)
    {
        ArgumentNullException.ThrowIfNull(logType);
        var schema = SuricataLogTypes.All.FirstOrDefault(s => s.Name == logType)
            ?? throw new ArgumentException($"'{logType}' is not a Suricata log type.", nameof(logType));
        var eventType = schema.Fields.First(f => f.Name == SuricataCommonFields.EventTypeName);
        _eventTypes = eventType.AllowedValues.Count > 0 ? [.. eventType.AllowedValues] : OtherEventTypes;
        LogType = logType;
    }

    /// <inheritdoc />
    public string LogType { get; }

    /// <inheritdoc />
    public void Write(Utf8JsonWriter writer, Random random, long index)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(random);
        var eventType = random.Pick(_eventTypes);
        var time = SampleRandom.Start.AddTicks(index * 2_500_000 + random.Next(2_500_000));

        writer.WriteStartObject();
        writer.WriteString("timestamp", Timestamp(time));
        if (eventType == "stats")
        {
            writer.WriteString("event_type", eventType);
            WriteStats(writer, random, index);
            writer.WriteEndObject();
            return;
        }

        var signature = eventType is "alert" or "drop" ? random.Pick(Signatures) : default;
        var service = eventType switch
        {
            "alert" or "drop" => signature.Service,
            "flow" or "netflow" or "anomaly" => random.Pick(CommonServices),
            _ => ServiceOf(eventType, random),
        };
        var peers = Peers.Create(random, service, ToClient(eventType, random));

        WriteEnvelope(writer, random, eventType, peers);
        switch (eventType)
        {
            case "alert":
                WriteAlertRecord(writer, random, signature, peers, time);
                break;
            case "drop":
                WriteDrop(writer, random, signature, peers);
                break;
            case "anomaly":
                WriteAnomaly(writer, random, service);
                break;
            case "flow":
                WriteFlow(writer, random, peers, time, alerted: random.OneIn(10));
                WriteTcp(writer, random, peers);
                break;
            case "netflow":
                WriteNetflow(writer, random, peers, time);
                break;
            default:
                WriteApplication(writer, random, eventType, peers);
                break;
        }

        writer.WriteEndObject();
    }

    private static void WriteEnvelope(Utf8JsonWriter writer, Random random, string eventType, Peers peers)
    {
        writer.WriteNumber("flow_id", random.OneIn(2) ? random.NextUInt64() : random.NextUInt64() >> 13);
        if (random.OneIn(10))
        {
            writer.WriteNumber("pcap_cnt", random.Next(1, 2_000_000));
        }

        writer.WriteString("in_iface", random.Pick(Interfaces));
        writer.WriteString("event_type", eventType);
        switch (random.Next(12))
        {
            case 0 or 1:
                writer.WriteNumber("vlan", random.Next(1, 4095));
                break;
            case 2:
                writer.WriteStartArray("vlan");
                writer.WriteNumberValue(random.Next(1, 4095));
                writer.WriteNumberValue(random.Next(1, 4095));
                writer.WriteEndArray();
                break;
        }

        writer.WriteString("src_ip", peers.SourceIp);
        if (peers.Service.Proto != "ICMP")
        {
            writer.WriteNumber("src_port", peers.SourcePort);
        }

        writer.WriteString("dest_ip", peers.DestinationIp);
        if (peers.Service.Proto != "ICMP")
        {
            writer.WriteNumber("dest_port", peers.DestinationPort);
        }

        if (random.OneIn(2))
        {
            writer.WriteNumber("ip_v", peers.IsIpv6 ? 6 : 4);
        }

        writer.WriteString("proto", peers.Service.Proto == "ICMP" && peers.IsIpv6 ? "IPv6-ICMP" : peers.Service.Proto);
        if (peers.Service.Proto == "ICMP")
        {
            writer.WriteNumber("icmp_type", peers.IsIpv6 ? 128 : 8);
            writer.WriteNumber("icmp_code", 0);
        }

        if (eventType is "alert" or "drop" or "anomaly" && random.OneIn(2))
        {
            writer.WriteString("pkt_src", random.OneIn(8) ? "stream (flow timeout)" : "wire/pcap");
        }

        if (random.OneIn(5))
        {
            writer.WriteString("host", random.OneIn(2) ? "sensor-dc1" : "sensor-branch-02");
        }

        if (random.OneIn(4))
        {
            writer.WriteStartObject("ether");
            writer.WriteString("src_mac", random.MacAddress());
            writer.WriteString("dest_mac", random.MacAddress());
            writer.WriteEndObject();
        }

        if (!random.OneIn(3))
        {
            writer.WriteString("community_id", "1:" + random.Base64(20));
        }

        if (peers.Service.AppProto is not null && eventType is not ("flow" or "netflow" or "anomaly"))
        {
            writer.WriteNumber("tx_id", random.Next(4));
        }

        if (peers.Service.AppProto is { } detected)
        {
            writer.WriteString("app_proto", detected);
        }
    }

    private static void WriteApplication(Utf8JsonWriter writer, Random random, string eventType, Peers peers)
    {
        switch (eventType)
        {
            case "dns":
                WriteDns(writer, random);
                break;
            case "fileinfo":
                WriteFileInfoRecord(writer, random, peers);
                break;
            case "http":
                WriteHttp(writer, random, peers, random.Pick(Requests));
                break;
            case "http2":
                WriteHttp2Record(writer, random);
                break;
            case "tls":
                WriteTls(writer, random);
                break;
            case "quic":
                WriteQuic(writer, random);
                break;
            case "ssh":
                WriteSsh(writer, random);
                break;
            case "smtp":
                WriteMail(writer, random, attachment: random.OneIn(3) ? "scan_0042.pdf" : null);
                break;
            case "dhcp":
                WriteDhcp(writer, random, peers);
                break;
            case "dnp3":
                WriteDnp3(writer, random);
                break;
            case "ftp":
                WriteFtp(writer, random);
                break;
            case "ftp_data":
                WriteFtpData(writer, random);
                break;
            case "ike" or "ikev2":
                WriteIke(writer, random, eventType);
                break;
            case "krb5":
                WriteKrb5(writer, random);
                break;
            case "mqtt":
                WriteMqtt(writer, random);
                break;
            case "nfs":
                WriteNfs(writer, random);
                break;
            case "pgsql":
                WritePgSql(writer, random);
                break;
            case "rdp":
                WriteRdp(writer, random);
                break;
            case "rfb":
                WriteRfb(writer, random);
                break;
            case "sip":
                WriteSip(writer, random);
                break;
            case "smb":
                WriteSmb(writer, random);
                break;
            case "snmp":
                WriteSnmp(writer, random);
                break;
            case "tftp":
                WriteTftp(writer, random);
                break;
            default:
                WriteOther(writer, random, eventType);
                break;
        }
    }

    /// <summary>The usual transport, port and application protocol of an application event type.</summary>
    private static Service ServiceOf(string eventType, Random random) => eventType switch
    {
        "dhcp" => new("UDP", 67, "dhcp", Internal: true),
        "dnp3" => new("TCP", 20000, "dnp3", Internal: true),
        "dns" => random.OneIn(10) ? new("TCP", 53, "dns", Internal: true) : new("UDP", 53, "dns", Internal: true),
        "fileinfo" => random.Next(3) switch
        {
            0 => new("TCP", 25, "smtp"),
            1 => new("TCP", 445, "smb", Internal: true),
            _ => new("TCP", 80, "http"),
        },
        "ftp" => new("TCP", 21, "ftp"),
        "ftp_data" => new("TCP", random.Next(50000, 51000), "ftp-data"),
        "http" => random.OneIn(4) ? new("TCP", 8080, "http") : new("TCP", 80, "http"),
        "http2" => new("TCP", 443, "http2"),
        "ike" or "ikev2" => new("UDP", 500, "ike"),
        "krb5" => new(random.OneIn(3) ? "UDP" : "TCP", 88, "krb5", Internal: true),
        "mqtt" => new("TCP", 1883, "mqtt", Internal: true),
        "nfs" => new("TCP", 2049, "nfs", Internal: true),
        "pgsql" => new("TCP", 5432, "pgsql", Internal: true),
        "quic" => new("UDP", 443, "quic"),
        "rdp" => new("TCP", 3389, "rdp", Internal: true),
        "rfb" => new("TCP", 5900, "rfb", Internal: true),
        "sip" => new("UDP", 5060, "sip"),
        "smb" => new("TCP", 445, "smb", Internal: true),
        "smtp" => new("TCP", 25, "smtp"),
        "snmp" => new("UDP", 161, "snmp", Internal: true),
        "ssh" => new("TCP", 22, "ssh"),
        "tftp" => new("UDP", 69, "tftp", Internal: true),
        "tls" => new("TCP", 443, "tls"),
        "ldap" => new("TCP", 389, "ldap", Internal: true),
        "dcerpc" => new("TCP", 135, "dcerpc", Internal: true),
        "modbus" => new("TCP", 502, "modbus", Internal: true),
        "bittorrent_dht" => new("UDP", 6881, "bittorrent-dht"),
        "pop3" => new("TCP", 110, "pop3"),
        "websocket" => new("TCP", 80, "websocket"),
        "mdns" => new("UDP", 5353, "mdns", Internal: true),
        "llmnr" => new("UDP", 5355, "llmnr", Internal: true),
        _ => new("TCP", 443, null),
    };

    /// <summary>Whether a record is logged from the server's side, so that the server is the source.</summary>
    private static bool ToClient(string eventType, Random random) => eventType switch
    {
        "fileinfo" => !random.OneIn(4),
        "dns" or "dhcp" or "snmp" or "sip" or "krb5" => random.OneIn(2),
        _ => false,
    };

    private static string Timestamp(DateTime utc) =>
        utc.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'+0000'", CultureInfo.InvariantCulture);

    private static string CertificateTime(DateTime utc) =>
        utc.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    private static void WriteStringArray(Utf8JsonWriter writer, string name, params ReadOnlySpan<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary>The transport, server port and application protocol of a conversation.</summary>
    /// <param name="Proto">TCP, UDP or ICMP.</param>
    /// <param name="Port">The server's port; 0 for ICMP.</param>
    /// <param name="AppProto">The application protocol Suricata detects, or <see langword="null"/>.</param>
    /// <param name="Internal">Whether the server is on the private network.</param>
    private readonly record struct Service(string Proto, int Port, string? AppProto, bool Internal = false);

    /// <summary>The two ends of a conversation, in the order the record names them.</summary>
    private readonly record struct Peers(Service Service, string SourceIp, int SourcePort, string DestinationIp,
        int DestinationPort, bool IsIpv6, bool ToClient)
    {
        /// <summary>Gets the address of the server, whichever side the record names first.</summary>
        public string ServerIp => ToClient ? SourceIp : DestinationIp;

        public static Peers Create(Random random, Service service, bool toClient)
        {
            var v6 = random.OneIn(10);
            var client = v6 ? random.Ipv6() : random.PrivateIpv4();
            var server = v6 ? random.Ipv6()
                : (service.Internal || random.OneIn(6)) ? random.PrivateIpv4() : random.PublicIpv4();
            var clientPort = service.Proto == "ICMP" ? 0 : service.Port == 67 ? 68 : random.EphemeralPort();
            return toClient
                ? new Peers(service, server, service.Port, client, clientPort, v6, toClient)
                : new Peers(service, client, clientPort, server, service.Port, v6, toClient);
        }
    }
}
