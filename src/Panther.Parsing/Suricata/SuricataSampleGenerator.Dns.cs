using System.Text.Json;
using Panther.Parsing.Generation;

namespace Panther.Parsing.Suricata;

/// <summary>
/// DNS in the three EVE layouts: version 1 (one answer per record), version 2 (<c>query</c> and <c>answer</c>
/// records with an <c>answers</c> list and <c>grouped</c> data) and version 3 (<c>request</c> and <c>response</c>
/// with <c>queries</c>), and the <c>dns</c> object that alerts carry.
/// </summary>
public sealed partial class SuricataSampleGenerator
{
    private static readonly string[] QueryTypes =
        ["A", "A", "A", "A", "AAAA", "AAAA", "MX", "TXT", "PTR", "NS", "SRV"];

    private static void WriteDns(Utf8JsonWriter writer, Random random)
    {
        var question = random.Pick(QueryTypes);
        var name = QueryName(question, random);
        var id = random.Next(65536);
        var rcode = random.Next(12) switch
        {
            0 or 1 => "NXDOMAIN",
            2 => "SERVFAIL",
            _ => "NOERROR",
        };
        var response = random.OneIn(2);
        var answers = response && rcode == "NOERROR" ? Answers(question, name, random) : [];

        writer.WriteStartObject("dns");
        switch (random.Next(6))
        {
            case 0:
                WriteVersion1(writer, random, id, name, question, response, rcode, answers);
                break;
            case 1 or 2 or 3:
                WriteVersion2(writer, random, id, name, question, response, rcode, answers);
                break;
            default:
                WriteVersion3(writer, random, id, name, question, response, rcode, answers);
                break;
        }

        writer.WriteEndObject();
    }

    private static void WriteAlertDns(Utf8JsonWriter writer, Random random)
    {
        var name = random.Alphanumeric(14).ToLowerInvariant() + ".example";
        writer.WriteStartObject("dns");
        if (random.OneIn(2))
        {
            writer.WriteNumber("version", 3);
            writer.WriteString("type", "request");
            writer.WriteNumber("id", random.Next(65536));
            writer.WriteStartArray("queries");
            WriteQuestion(writer, name, "A");
            writer.WriteEndArray();
        }
        else
        {
            writer.WriteStartArray("query");
            writer.WriteStartObject();
            writer.WriteString("type", "query");
            writer.WriteNumber("id", random.Next(65536));
            writer.WriteString("rrname", name);
            writer.WriteString("rrtype", "A");
            writer.WriteNumber("tx_id", 0);
            writer.WriteNumber("opcode", 0);
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static string QueryName(string type, Random random) => type switch
    {
        "PTR" => $"{random.Next(1, 255)}.100.51.198.in-addr.arpa",
        "SRV" => "_ldap._tcp.dc._msdcs.acme.internal",
        "MX" or "TXT" or "NS" => random.OneIn(2) ? "partner.example" : "example.net",
        _ => Domain(random),
    };

    private static List<Answer> Answers(string question, string name,
        Random random)
    {
        var answers = new List<Answer>();
        var target = name;
        if (question is "A" or "AAAA" && random.OneIn(3))
        {
            target = $"edge-{random.Next(1, 40)}.cdn.example.net";
            answers.Add(new Answer(name, "CNAME", random.Next(60, 3600), target));
        }

        var count = question is "A" or "AAAA" or "NS" or "MX" ? 1 + random.Next(3) : 1;
        for (var i = 0; i < count; i++)
        {
            answers.Add(question switch
            {
                "A" => new Answer(target, "A", random.Next(20, 600), random.PublicIpv4()),
                "AAAA" => new Answer(target, "AAAA", random.Next(20, 600), random.Ipv6()),
                "MX" => new Answer(name, "MX", 3600, $"mx{i + 1}.{name}"),
                "NS" => new Answer(name, "NS", 86400, $"ns{i + 1}.dns.example.org"),
                "PTR" => new Answer(name, "PTR", 3600, $"host-{random.Next(1, 255)}.example.net"),
                "SRV" => new Answer(name, "SRV", 600, "dc01.acme.internal"),
                _ => new Answer(name, "TXT", 300, "v=spf1 include:_spf.example.net -all"),
            });
        }

        return answers;
    }

    private static void WriteVersion1(Utf8JsonWriter writer, Random random, int id, string name, string question,
        bool response, string rcode, List<Answer> answers)
    {
        writer.WriteString("type", response ? "answer" : "query");
        writer.WriteNumber("id", id);
        if (!response)
        {
            writer.WriteString("rrname", name);
            writer.WriteString("rrtype", question);
            writer.WriteNumber("tx_id", random.Next(8));
            return;
        }

        writer.WriteString("rcode", rcode);
        if (answers.Count == 0)
        {
            writer.WriteString("rrname", name);
            return;
        }

        var answer = answers[random.Next(answers.Count)];
        writer.WriteString("rrname", answer.Name);
        writer.WriteString("rrtype", answer.Type);
        writer.WriteNumber("ttl", answer.Ttl);
        writer.WriteString("rdata", answer.Data);
    }

    private static void WriteVersion2(Utf8JsonWriter writer, Random random, int id, string name, string question,
        bool response, string rcode, List<Answer> answers)
    {
        if (!response)
        {
            writer.WriteString("type", "query");
            writer.WriteNumber("id", id);
            writer.WriteString("rrname", name);
            writer.WriteString("rrtype", question);
            writer.WriteNumber("tx_id", random.Next(8));
            writer.WriteNumber("opcode", 0);
            return;
        }

        writer.WriteNumber("version", 2);
        writer.WriteString("type", "answer");
        writer.WriteNumber("id", id);
        WriteResponseHeader(writer, rcode);
        writer.WriteString("rrname", name);
        writer.WriteString("rrtype", question);
        writer.WriteString("rcode", rcode);
        WriteAnswers(writer, answers, version3: false);
        WriteAuthority(writer, random, rcode, version3: false);
    }

    private static void WriteVersion3(Utf8JsonWriter writer, Random random, int id, string name, string question,
        bool response, string rcode, List<Answer> answers)
    {
        writer.WriteNumber("version", 3);
        writer.WriteString("type", response ? "response" : "request");
        writer.WriteNumber("tx_id", random.Next(8));
        writer.WriteNumber("id", id);
        if (response)
        {
            WriteResponseHeader(writer, rcode);
        }
        else
        {
            writer.WriteString("flags", "100");
            writer.WriteBoolean("rd", true);
        }

        writer.WriteNumber("opcode", 0);
        writer.WriteString("rcode", response ? rcode : "NOERROR");
        writer.WriteStartArray("queries");
        WriteQuestion(writer, name, question);
        writer.WriteEndArray();
        if (response)
        {
            WriteAnswers(writer, answers, version3: true);
            WriteAuthority(writer, random, rcode, version3: true);
        }
    }

    private static void WriteResponseHeader(Utf8JsonWriter writer, string rcode)
    {
        writer.WriteString("flags", rcode switch
        {
            "NXDOMAIN" => "8183",
            "SERVFAIL" => "8182",
            _ => "8180",
        });
        writer.WriteBoolean("qr", true);
        writer.WriteBoolean("rd", true);
        writer.WriteBoolean("ra", true);
    }

    private static void WriteQuestion(Utf8JsonWriter writer, string name, string type)
    {
        writer.WriteStartObject();
        writer.WriteString("rrname", name);
        writer.WriteString("rrtype", type);
        writer.WriteEndObject();
    }

    private static void WriteAnswers(Utf8JsonWriter writer, List<Answer> answers,
        bool version3)
    {
        if (answers.Count == 0)
        {
            return;
        }

        writer.WriteStartArray("answers");
        foreach (var (name, type, ttl, data) in answers)
        {
            writer.WriteStartObject();
            writer.WriteString("rrname", name);
            writer.WriteString("rrtype", type);
            writer.WriteNumber("ttl", ttl);
            if (type == "SRV" && version3)
            {
                writer.WriteStartObject("srv");
                writer.WriteNumber("priority", 0);
                writer.WriteNumber("weight", 100);
                writer.WriteNumber("port", 389);
                writer.WriteString("name", data);
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteString("rdata", data);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("grouped");
        foreach (var group in answers.GroupBy(a => a.Type))
        {
            writer.WriteStartArray(group.Key);
            foreach (var answer in group)
            {
                writer.WriteStringValue(answer.Data);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteAuthority(Utf8JsonWriter writer, Random random, string rcode, bool version3)
    {
        if (rcode != "NXDOMAIN")
        {
            return;
        }

        writer.WriteStartArray("authorities");
        writer.WriteStartObject();
        writer.WriteString("rrname", "example");
        writer.WriteString("rrtype", "SOA");
        writer.WriteNumber("ttl", random.Next(300, 3600));
        if (version3)
        {
            writer.WriteStartObject("soa");
            writer.WriteString("mname", "ns1.registry.example");
            writer.WriteString("rname", "hostmaster.registry.example");
            writer.WriteNumber("serial", 2026120101);
            writer.WriteNumber("refresh", 1800);
            writer.WriteNumber("retry", 900);
            writer.WriteNumber("expire", 604800);
            writer.WriteNumber("minimum", 86400);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    /// <summary>One resource record of an answer.</summary>
    private readonly record struct Answer(string Name, string Type, int Ttl, string Data);
}
