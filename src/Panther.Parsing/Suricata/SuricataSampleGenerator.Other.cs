using System.Text.Json;
using Panther.Parsing.Generation;

namespace Panther.Parsing.Suricata;

/// <summary>
/// Event types without a log type of their own, which become <c>Suricata.Other</c>: ldap, dcerpc, modbus,
/// bittorrent_dht, pop3, websocket, mdns and llmnr.
/// </summary>
public sealed partial class SuricataSampleGenerator
{
    private static void WriteOther(Utf8JsonWriter writer, Random random, string eventType)
    {
        writer.WriteStartObject(eventType);
        switch (eventType)
        {
            case "ldap":
                WriteLdap(writer, random);
                break;
            case "dcerpc":
                writer.WriteString("request", "REQUEST");
                writer.WriteString("response", "RESPONSE");
                writer.WriteNumber("call_id", random.Next(1, 90));
                writer.WriteString("rpc_version", "5.0");
                writer.WriteStartObject("req");
                writer.WriteNumber("opnum", random.Next(0, 40));
                writer.WriteNumber("frag_cnt", 1);
                writer.WriteNumber("stub_data_size", random.Next(16, 400));
                writer.WriteEndObject();
                writer.WriteString("interface_uuid", "12345778-1234-abcd-ef00-0123456789ac");
                break;
            case "modbus":
                var write = random.OneIn(5);
                writer.WriteNumber("id", random.Next(1, 300));
                writer.WriteStartObject("request");
                writer.WriteNumber("transaction_id", random.Next(1, 65535));
                writer.WriteNumber("protocol_id", 0);
                writer.WriteNumber("unit_id", 1);
                writer.WriteNumber("function_raw", write ? 6 : 3);
                writer.WriteString("function_code", write ? "WrSingleReg" : "RdHoldRegs");
                writer.WriteString("access_type", write ? "WRITE SINGLE | HOLDING" : "READ | HOLDING");
                writer.WriteEndObject();
                break;
            case "bittorrent_dht":
                writer.WriteString("transaction_id", random.Hex(4));
                writer.WriteString("request_type", "get_peers");
                writer.WriteStartObject("request");
                writer.WriteString("id", random.Hex(40));
                writer.WriteString("info_hash", random.Hex(40));
                writer.WriteEndObject();
                break;
            case "pop3":
                writer.WriteStartObject("request");
                writer.WriteString("command", "USER");
                WriteStringArray(writer, "args", random.Pick(MailUsers));
                writer.WriteEndObject();
                writer.WriteStartObject("response");
                writer.WriteBoolean("success", true);
                writer.WriteString("status_line", "+OK");
                writer.WriteEndObject();
                break;
            case "websocket":
                writer.WriteBoolean("fin", true);
                writer.WriteString("opcode", random.OneIn(3) ? "binary" : "text");
                writer.WriteNumber("mask", (long)(uint)random.Next());
                writer.WriteString("payload_base64", random.Base64(24));
                break;
            default:
                writer.WriteString("type", "request");
                writer.WriteNumber("id", 0);
                writer.WriteStartArray("queries");
                writer.WriteStartObject();
                writer.WriteString("rrname", eventType == "mdns" ? "_googlecast._tcp.local" : "wpad");
                writer.WriteString("rrtype", eventType == "mdns" ? "PTR" : "A");
                writer.WriteEndObject();
                writer.WriteEndArray();
                break;
        }

        writer.WriteEndObject();
    }

    private static void WriteLdap(Utf8JsonWriter writer, Random random)
    {
        var messageId = random.Next(1, 200);
        var bind = random.OneIn(2);
        writer.WriteStartObject("request");
        writer.WriteNumber("message_id", messageId);
        if (bind)
        {
            writer.WriteString("operation", "bind_request");
            writer.WriteStartObject("bind_request");
            writer.WriteNumber("version", 3);
            writer.WriteString("name", $"cn={random.Pick(MailUsers)},ou=people,dc=acme,dc=internal");
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteString("operation", "search_request");
            writer.WriteStartObject("search_request");
            writer.WriteString("base_object", "dc=acme,dc=internal");
            writer.WriteString("scope", "sub");
            writer.WriteString("filter", "(&(objectClass=user)(servicePrincipalName=*))");
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteStartArray("responses");
        writer.WriteStartObject();
        writer.WriteNumber("message_id", messageId);
        writer.WriteString("operation", bind ? "bind_response" : "search_result_done");
        writer.WriteStartObject(bind ? "bind_response" : "search_result_done");
        writer.WriteString("result_code", random.OneIn(5) ? "invalid_credentials" : "success");
        writer.WriteString("matched_dn", "");
        writer.WriteString("message", "");
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
    }
}
