using System.Text.Json;
using Panther.Parsing.Events;

namespace Panther.Parsing.Suricata;

/// <summary>
/// Reads the questions and answers of a Suricata DNS record the same way whichever EVE DNS layout wrote it, so
/// that rules and reports need not branch on the Suricata version:
/// <code>
/// foreach (var query in SuricataDns.GetQueries(evt))
/// {
///     Console.WriteLine($"{query.RrName} {query.RrType}");
/// }
/// </code>
/// </summary>
/// <remarks>
/// <para>
/// The layout is chosen by <c>dns.version</c>: absent means version 1, where each line is one query or one answer
/// record with <c>rrname</c>, <c>rrtype</c>, <c>rdata</c> and <c>ttl</c> at the top of <c>dns</c>. Version 2 puts
/// the question's name at the top, the records in <c>answers</c> and their data by type in <c>grouped</c>.
/// Version 3 (Suricata 8) lists <c>queries</c> and <c>answers</c>. Any other version gives empty lists.
/// </para>
/// <para>
/// Alerts carry the DNS transaction too: the <c>dns.query</c> list and <c>dns.answer</c> object of version 2 alerts
/// are read as well, so the helper works on <c>Suricata.Alert</c> events as on <c>Suricata.DNS</c> ones. An event
/// without a <c>dns</c> object gives empty lists. The helper allocates its results; it is not meant for the hot
/// path. Call it while the event is valid (see <see cref="NormalizedEvent"/>).
/// </para>
/// </remarks>
public static class SuricataDns
{
    /// <summary>Gets the questions of a DNS record.</summary>
    /// <param name="evt">A <c>Suricata.DNS</c> event, or another Suricata event that carries a <c>dns</c>
    /// object.</param>
    /// <returns>The questions in the order they were logged; empty when there are none or the layout is
    /// unknown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evt"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<DnsQuery> GetQueries(NormalizedEvent evt)
    {
        ArgumentNullException.ThrowIfNull(evt);
        var dns = evt.Root["dns"];
        var queries = new List<DnsQuery>();
        switch (GetVersion(dns))
        {
            case 1:
                if (dns["type"].ValueEquals("query"u8))
                {
                    AddQuery(queries, dns);
                }

                AddQueries(queries, dns["query"]);
                break;
            case 2:
                AddQuery(queries, dns);
                AddQueries(queries, dns["query"]);
                AddQuery(queries, dns["answer"]);
                break;
            case 3:
                AddQueries(queries, dns["queries"]);
                break;
        }

        return queries;
    }

    /// <summary>Gets the answer records of a DNS record.</summary>
    /// <param name="evt">A <c>Suricata.DNS</c> event, or another Suricata event that carries a <c>dns</c>
    /// object.</param>
    /// <returns>
    /// The answer records in the order they were logged. A version 2 record that logs only <c>grouped</c> answers
    /// gives one record per value, without name or TTL. Empty when there are none or the layout is unknown.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="evt"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<DnsAnswer> GetAnswers(NormalizedEvent evt)
    {
        ArgumentNullException.ThrowIfNull(evt);
        var dns = evt.Root["dns"];
        var answers = new List<DnsAnswer>();
        switch (GetVersion(dns))
        {
            case 1:
                if (dns["type"].ValueEquals("answer"u8) && (dns["rdata"].Exists || dns["ttl"].Exists))
                {
                    answers.Add(ToAnswer(dns));
                }

                AddVersion2Answers(answers, dns["answer"]);
                break;
            case 2:
                AddVersion2Answers(answers, dns);
                AddVersion2Answers(answers, dns["answer"]);
                break;
            case 3:
                AddAnswers(answers, dns["answers"]);
                break;
        }

        return answers;
    }

    /// <summary>
    /// Finds the layout: <c>dns.version</c>, or for alerts the version of their <c>dns.answer</c> object; 1 when
    /// neither says; 0 when the version is not a number.
    /// </summary>
    private static long GetVersion(EventValue dns)
    {
        if (dns.Kind != JsonValueKind.Object)
        {
            return 0;
        }

        var version = dns["version"];
        if (version.Kind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            version = dns["answer"]["version"];
        }

        if (version.Kind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return 1;
        }

        return version.TryGetInt64(out var number) ? number : 0;
    }

    private static void AddQuery(List<DnsQuery> queries, EventValue record)
    {
        var name = record["rrname"];
        if (name.Kind is not (JsonValueKind.Undefined or JsonValueKind.Null))
        {
            queries.Add(new DnsQuery(name.GetString(), record["rrtype"].GetString()));
        }
    }

    private static void AddQueries(List<DnsQuery> queries, EventValue list)
    {
        foreach (var record in list.EnumerateArray())
        {
            if (record.Kind == JsonValueKind.Object)
            {
                queries.Add(new DnsQuery(record["rrname"].GetString(), record["rrtype"].GetString()));
            }
        }
    }

    private static void AddVersion2Answers(List<DnsAnswer> answers, EventValue dns)
    {
        if (dns["answers"].Kind == JsonValueKind.Array)
        {
            AddAnswers(answers, dns["answers"]);
            return;
        }

        foreach (var (type, values) in dns["grouped"].EnumerateObject())
        {
            foreach (var value in values.EnumerateArray())
            {
                answers.Add(new DnsAnswer(null, type, Text(value), null));
            }
        }
    }

    private static void AddAnswers(List<DnsAnswer> answers, EventValue list)
    {
        foreach (var record in list.EnumerateArray())
        {
            if (record.Kind == JsonValueKind.Object)
            {
                answers.Add(ToAnswer(record));
            }
        }
    }

    private static DnsAnswer ToAnswer(EventValue record) =>
        new(record["rrname"].GetString(), record["rrtype"].GetString(), Text(record["rdata"]),
            record["ttl"].GetString());

    private static string? Text(EventValue value) => value.Kind == JsonValueKind.String ? value.GetString() : null;
}
