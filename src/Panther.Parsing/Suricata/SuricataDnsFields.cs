using Panther.Schemas.Fields;
using Panther.Schemas.Indicators;

namespace Panther.Parsing.Suricata;

/// <summary>
/// The <c>dns</c> object in all three EVE layouts: version 1 (one record per line, <c>type</c> query or answer,
/// top-level <c>rrname</c>, <c>rrtype</c>, <c>rdata</c>), version 2 (<c>version</c> 2, an <c>answers</c> list and
/// <c>grouped</c> answers by record type) and version 3 of Suricata 8 (<c>type</c> request or response,
/// <c>queries</c>, <c>answers</c>, <c>authorities</c> and <c>additionals</c> lists). The fields are their union, so
/// every layout parses; <see cref="SuricataDns"/> reads them as one view.
/// </summary>
internal static class SuricataDnsFields
{
    /// <summary>Gets the <c>dns</c> object.</summary>
    public static SchemaField Dns { get; } = Field.Object("dns", DnsMembers()) with
    {
        Description = "The DNS message or record; the layout depends on version (absent for version 1).",
    };

    private static SchemaField[] DnsMembers() =>
    [
        Field.Int32("version") with { Description = "The EVE DNS layout: absent for 1, then 2 or 3." },
        Field.String("type") with { Description = "query or answer (versions 1 and 2), request or response (3)." },
        Field.Int64("id") with { Description = "The DNS message id." },
        Field.String("flags") with { Description = "The header flags, in hex." },
        Field.Boolean("qr"),
        Field.Boolean("aa"),
        Field.Boolean("tc"),
        Field.Boolean("rd"),
        Field.Boolean("ra"),
        Field.Boolean("z"),
        Field.Int32("opcode"),
        Field.String("rcode") with { Description = "The response code: NOERROR, NXDOMAIN, ..." },
        Field.String("rrname", IndicatorKind.Hostname) with
        {
            Description = "The name asked for (version 2, and version 1 queries) or the answer's name (version 1).",
        },
        Field.String("rrtype") with { Description = "The record type: A, AAAA, CNAME, ..." },
        Field.Int64("ttl") with { Description = "The answer's time to live (version 1)." },
        Field.String("rdata", IndicatorKind.Hostname) with { Description = "The answer's data (version 1)." },
        Field.Int64("tx_id"),
        Field.Array("queries", FieldType.Object(Query())) with { Description = "The questions (version 3)." },
        Field.Array("query", FieldType.Object(Query())) with { Description = "The questions, as alerts log them." },
        Records("answers", "The answer records (versions 2 and 3)."),
        Records("authorities", "The authority records."),
        Records("additionals", "The additional records."),
        Grouped(),
        Field.Object("answer", AnswerMembers()) with { Description = "The answer, as version 2 alerts log it." },
    ];

    private static SchemaField[] Query() =>
    [
        Field.String("rrname", IndicatorKind.Hostname),
        Field.String("rrtype"),
        Field.Boolean("rrname_truncated"),
        Field.String("type"),
        Field.Int64("id"),
        Field.Int64("tx_id"),
        Field.Int32("opcode"),
        Field.Boolean("z"),
    ];

    private static SchemaField[] Record() =>
    [
        Field.String("rrname", IndicatorKind.Hostname),
        Field.String("rrtype"),
        Field.Int64("ttl"),
        Field.String("rdata", IndicatorKind.Hostname) with
        {
            Description = "An address for A and AAAA, a name for CNAME, MX, NS and PTR, text otherwise.",
        },
        Field.Boolean("rrname_truncated"),
        Field.Boolean("rdata_truncated"),
        Field.Json("soa", KeyIndicatorRule.Exact("mname", IndicatorKind.Domain)),
        Field.Json("srv", KeyIndicatorRule.Exact("name", IndicatorKind.Domain)),
        Field.Json("sshfp"),
        Field.Json("opt"),
    ];

    private static SchemaField Records(string name, string description) =>
        Field.Array(name, FieldType.Object(Record())) with { Description = description };

    private static SchemaField Grouped() =>
        Field.Json("grouped",
            KeyIndicatorRule.Exact("A", IndicatorKind.Ip),
            KeyIndicatorRule.Exact("AAAA", IndicatorKind.Ip),
            KeyIndicatorRule.Exact("CNAME", IndicatorKind.Domain),
            KeyIndicatorRule.Exact("MX", IndicatorKind.Domain),
            KeyIndicatorRule.Exact("NS", IndicatorKind.Domain),
            KeyIndicatorRule.Exact("PTR", IndicatorKind.Domain)) with
        {
            Description = "The answers' data by record type (version 2 and 3 answers).",
        };

    private static SchemaField[] AnswerMembers() =>
    [
        Field.Int32("version"),
        Field.String("type"),
        Field.Int64("id"),
        Field.String("flags"),
        Field.Boolean("qr"),
        Field.Boolean("aa"),
        Field.Boolean("tc"),
        Field.Boolean("rd"),
        Field.Boolean("ra"),
        Field.Int32("opcode"),
        Field.String("rcode"),
        Field.String("rrname", IndicatorKind.Hostname),
        Field.String("rrtype"),
        Records("answers", "The answer records."),
        Records("authorities", "The authority records."),
        Records("additionals", "The additional records."),
        Grouped(),
    ];
}
