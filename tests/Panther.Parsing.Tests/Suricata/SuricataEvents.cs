using System.Text;
using Panther.Parsing.Events;

namespace Panther.Parsing.Tests.Suricata;

/// <summary>
/// Parses EVE lines straight into a batch, so that tests can use the live <see cref="NormalizedEvent"/>s (for the
/// helpers that read them) rather than copies.
/// </summary>
internal static class SuricataEvents
{
    public static EventBatch Parse(params IEnumerable<string> lines)
    {
        var options = new LogParserOptions { TimeProvider = new FixedTimeProvider(ParseRun.ParseTime) };
        var parser = new LogParser(BuiltInLogTypes.CreateRegistry(), options);
        var batch = new EventBatch();
        var line = 0;
        foreach (var text in lines)
        {
            line++;
            parser.Parse(Encoding.UTF8.GetBytes(text), new LogSource("test"), new RecordPosition(line, 0, 0), batch);
        }

        Assert.Empty(batch.Quarantined);
        return batch;
    }

    public static NormalizedEvent ParseOne(string line) => Assert.Single(Parse(line).Events);

    /// <summary>A DNS record with the envelope of a real one around the given <c>dns</c> object.</summary>
    public static string Dns(string dnsObject) =>
        $$"""{"timestamp":"2024-07-10T10:00:00.000001+0000","flow_id":1,"event_type":"dns","src_ip":"192.0.2.15","src_port":36994,"dest_ip":"192.0.2.53","dest_port":53,"proto":"UDP","dns":{{dnsObject}}}""";
}
