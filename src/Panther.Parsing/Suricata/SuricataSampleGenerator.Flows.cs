using System.Text.Json;
using Panther.Parsing.Generation;

namespace Panther.Parsing.Suricata;

/// <summary>Flows as a whole: the flow counters of alerts, flow and netflow records, and the engine's stats.</summary>
public sealed partial class SuricataSampleGenerator
{
    private static readonly string[] AppLayerProtocols = ["http", "tls", "dns_udp", "dns_tcp", "smb", "ssh", "quic"];

    private static void WriteAlertFlow(Utf8JsonWriter writer, Random random, Peers peers, DateTime time)
    {
        var packets = 1 + random.Next(40);
        writer.WriteStartObject("flow");
        writer.WriteNumber("pkts_toserver", packets);
        writer.WriteNumber("pkts_toclient", packets - random.Next(packets));
        writer.WriteNumber("bytes_toserver", packets * random.Next(60, 1400));
        writer.WriteNumber("bytes_toclient", packets * random.Next(60, 1400));
        writer.WriteString("start", Timestamp(time.AddMilliseconds(-random.Next(1, 60_000))));
        if (random.OneIn(4))
        {
            writer.WriteString("src_ip", peers.SourceIp);
            writer.WriteString("dest_ip", peers.DestinationIp);
            writer.WriteNumber("src_port", peers.SourcePort);
            writer.WriteNumber("dest_port", peers.DestinationPort);
        }

        writer.WriteEndObject();
    }

    private static void WriteFlow(Utf8JsonWriter writer, Random random, Peers peers, DateTime time, bool alerted)
    {
        var age = random.OneIn(3) ? 0 : random.Next(1, 3600);
        var toServer = 1 + random.Next(400);
        var toClient = random.OneIn(6) ? 0 : 1 + random.Next(600);
        writer.WriteStartObject("flow");
        writer.WriteNumber("pkts_toserver", toServer);
        writer.WriteNumber("pkts_toclient", toClient);
        writer.WriteNumber("bytes_toserver", toServer * (long)random.Next(54, 1500));
        writer.WriteNumber("bytes_toclient", toClient * (long)random.Next(54, 1500) * (random.OneIn(20) ? 5000 : 1));
        writer.WriteString("start", Timestamp(time.AddSeconds(-age - 1)));
        writer.WriteString("end", Timestamp(time.AddMilliseconds(-random.Next(1000))));
        writer.WriteNumber("age", age);
        writer.WriteString("state", peers.Service.Proto != "TCP" ? "new"
            : (random.OneIn(4) ? "established" : "closed"));
        writer.WriteString("reason", random.Next(10) switch
        {
            0 => "shutdown",
            1 => "forced",
            _ => "timeout",
        });
        writer.WriteBoolean("alerted", alerted);
        if (random.OneIn(15))
        {
            writer.WriteString("bypass", "local");
        }

        writer.WriteEndObject();
    }

    private static void WriteTcp(Utf8JsonWriter writer, Random random, Peers peers)
    {
        if (peers.Service.Proto != "TCP")
        {
            return;
        }

        var reset = random.OneIn(6);
        writer.WriteStartObject("tcp");
        writer.WriteString("tcp_flags", reset ? "16" : "1b");
        writer.WriteString("tcp_flags_ts", reset ? "02" : "1b");
        writer.WriteString("tcp_flags_tc", reset ? "14" : "1b");
        writer.WriteBoolean("syn", true);
        if (reset)
        {
            writer.WriteBoolean("rst", true);
        }
        else
        {
            writer.WriteBoolean("fin", true);
            writer.WriteBoolean("psh", true);
        }

        writer.WriteBoolean("ack", true);
        writer.WriteString("state", !reset && random.OneIn(3) ? "fin_wait2" : "closed");
        writer.WriteEndObject();
    }

    private static void WriteNetflow(Utf8JsonWriter writer, Random random, Peers peers, DateTime time)
    {
        var age = random.Next(0, 900);
        var packets = 1 + random.Next(2000);
        writer.WriteStartObject("netflow");
        writer.WriteNumber("pkts", packets);
        writer.WriteNumber("bytes", packets * (long)random.Next(54, 1500));
        writer.WriteString("start", Timestamp(time.AddSeconds(-age - 1)));
        writer.WriteString("end", Timestamp(time.AddMilliseconds(-random.Next(1000))));
        writer.WriteNumber("age", age);
        writer.WriteNumber("min_ttl", 52 + random.Next(10));
        writer.WriteNumber("max_ttl", 64);
        writer.WriteEndObject();
        if (random.OneIn(2))
        {
            WriteTcp(writer, random, peers);
        }
    }

    /// <summary>Writes the engine counters: totals since start, nested by subsystem, some per thread.</summary>
    private static void WriteStats(Utf8JsonWriter writer, Random random, long index)
    {
        var uptime = 8 * (index + 1) + random.Next(8);
        var packets = uptime * (4_000 + random.Next(2_000));
        writer.WriteStartObject("stats");
        writer.WriteNumber("uptime", uptime);
        writer.WriteStartObject("capture");
        writer.WriteNumber("kernel_packets", packets);
        writer.WriteNumber("kernel_drops", random.OneIn(4) ? random.Next(1, 5000) : 0);
        writer.WriteNumber("errors", 0);
        writer.WriteEndObject();
        WriteDecoder(writer, random, packets);
        writer.WriteStartObject("flow");
        writer.WriteNumber("memcap", 0);
        writer.WriteNumber("total", packets / 30);
        writer.WriteNumber("tcp", packets / 45);
        writer.WriteNumber("udp", packets / 120);
        writer.WriteNumber("icmpv4", packets / 4000);
        writer.WriteNumber("spare", 10_000 + random.Next(500));
        writer.WriteNumber("emerg_mode_entered", 0);
        writer.WriteNumber("memuse", 7_000_000 + random.Next(5_000_000));
        writer.WriteStartObject("mgr");
        writer.WriteNumber("full_hash_pass", uptime / 8);
        writer.WriteNumber("flows_checked", packets / 50);
        writer.WriteNumber("flows_timeout", packets / 70);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteStartObject("tcp");
        writer.WriteNumber("sessions", packets / 45);
        writer.WriteNumber("syn", packets / 44);
        writer.WriteNumber("synack", packets / 46);
        writer.WriteNumber("rst", packets / 900);
        writer.WriteNumber("reassembly_gap", random.Next(40));
        writer.WriteNumber("memuse", 3_276_800);
        writer.WriteNumber("reassembly_memuse", 12_000_000 + random.Next(400_000));
        writer.WriteEndObject();
        WriteDetect(writer, random, uptime);
        WriteAppLayer(writer, packets);
        if (random.OneIn(4))
        {
            writer.WriteStartObject("threads");
            for (var thread = 1; thread <= 2; thread++)
            {
                writer.WriteStartObject($"W#0{thread}-ens5");
                writer.WriteStartObject("capture");
                writer.WriteNumber("kernel_packets", packets / 2);
                writer.WriteNumber("kernel_drops", 0);
                writer.WriteEndObject();
                writer.WriteStartObject("detect");
                writer.WriteNumber("alert", uptime / 60);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteDecoder(Utf8JsonWriter writer, Random random, long packets)
    {
        writer.WriteStartObject("decoder");
        writer.WriteNumber("pkts", packets);
        writer.WriteNumber("bytes", packets * 620);
        writer.WriteNumber("invalid", random.Next(100));
        writer.WriteNumber("ipv4", packets * 9 / 10);
        writer.WriteNumber("ipv6", packets / 10);
        writer.WriteNumber("ethernet", packets);
        writer.WriteNumber("tcp", packets * 7 / 10);
        writer.WriteNumber("udp", packets * 3 / 10);
        writer.WriteNumber("icmpv4", packets / 400);
        writer.WriteNumber("vlan", packets / 5);
        writer.WriteNumber("avg_pkt_size", 620);
        writer.WriteNumber("max_pkt_size", 1514);
        writer.WriteStartObject("event");
        writer.WriteStartObject("ipv4");
        writer.WriteNumber("trunc_pkt", random.Next(5));
        writer.WriteNumber("opt_pad_required", 0);
        writer.WriteEndObject();
        writer.WriteStartObject("tcp");
        writer.WriteNumber("invalid_optlen", random.Next(3));
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteDetect(Utf8JsonWriter writer, Random random, long uptime)
    {
        writer.WriteStartObject("detect");
        writer.WriteStartArray("engines");
        writer.WriteStartObject();
        writer.WriteNumber("id", 0);
        writer.WriteString("last_reload", Timestamp(SampleRandom.Start.AddHours(-random.Next(1, 48))));
        writer.WriteNumber("rules_loaded", 48_211);
        writer.WriteNumber("rules_failed", random.Next(3));
        writer.WriteNumber("rules_skipped", 0);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteNumber("alert", uptime / 30);
        writer.WriteNumber("alert_queue_overflow", 0);
        writer.WriteNumber("alerts_suppressed", random.Next(20));
        writer.WriteEndObject();
    }

    private static void WriteAppLayer(Utf8JsonWriter writer, long packets)
    {
        writer.WriteStartObject("app_layer");
        writer.WriteStartObject("flow");
        for (var i = 0; i < AppLayerProtocols.Length; i++)
        {
            writer.WriteNumber(AppLayerProtocols[i], packets / (60 * (i + 1)));
        }

        writer.WriteNumber("failed_tcp", packets / 5000);
        writer.WriteEndObject();
        writer.WriteStartObject("tx");
        for (var i = 0; i < AppLayerProtocols.Length; i++)
        {
            writer.WriteNumber(AppLayerProtocols[i], packets / (25 * (i + 1)));
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
