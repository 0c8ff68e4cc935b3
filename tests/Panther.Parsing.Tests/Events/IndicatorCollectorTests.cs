using System.Text;
using Panther.Parsing.Events;
using Panther.Schemas.Indicators;

namespace Panther.Parsing.Tests.Events;

public class IndicatorCollectorTests
{
    [Fact]
    public void Values_are_deduplicated_per_set_and_sorted_by_set_then_ordinal_value()
    {
        var collector = new IndicatorCollector();
        collector.Add(IndicatorField.IpAddresses, "10.0.0.2"u8);
        collector.Add(IndicatorField.DomainNames, "b.example"u8);
        collector.Add(IndicatorField.IpAddresses, "10.0.0.10"u8);
        collector.Add(IndicatorField.IpAddresses, "10.0.0.2"u8);
        collector.Add(IndicatorField.DomainNames, "a.example"u8);
        collector.Add(IndicatorField.Usernames, "10.0.0.2"u8);

        collector.Sort();

        Assert.Equal(
            ["p_any_ip_addresses=10.0.0.10", "p_any_ip_addresses=10.0.0.2", "p_any_domain_names=a.example",
                "p_any_domain_names=b.example", "p_any_usernames=10.0.0.2"],
            Entries(collector));
    }

    [Fact]
    public void Many_values_are_sorted_and_deduplicated_after_the_table_grows()
    {
        var collector = new IndicatorCollector();
        var expected = new SortedSet<string>(StringComparer.Ordinal);
        var random = new Random(42);
        for (var i = 0; i < 500; i++)
        {
            var value = $"user-{random.Next(0, 300)}";
            expected.Add(value);
            collector.Add(IndicatorField.Usernames, Encoding.UTF8.GetBytes(value));
        }

        collector.Sort();

        Assert.Equal(expected.Select(v => $"p_any_usernames={v}"), Entries(collector));
    }

    [Fact]
    public void Values_added_after_sorting_are_still_deduplicated()
    {
        var collector = new IndicatorCollector();
        collector.Add(IndicatorField.Emails, "b@example.com"u8);
        collector.Add(IndicatorField.Emails, "a@example.com"u8);
        collector.Sort();

        collector.Add(IndicatorField.Emails, "b@example.com"u8);
        collector.Add(IndicatorField.Emails, "c@example.com"u8);
        collector.Sort();

        Assert.Equal(["p_any_emails=a@example.com", "p_any_emails=b@example.com", "p_any_emails=c@example.com"],
            Entries(collector));
    }

    [Fact]
    public void Clear_forgets_values_so_they_can_be_added_again()
    {
        var collector = new IndicatorCollector();
        collector.Add(IndicatorField.Emails, "a@example.com"u8);
        collector.Clear();
        collector.Add(IndicatorField.Emails, "a@example.com"u8);
        collector.Add(IndicatorField.Emails, ""u8);

        Assert.Equal(["p_any_emails=a@example.com"], Entries(collector));
    }

    private static List<string> Entries(IndicatorCollector collector)
    {
        var entries = new List<string>();
        for (var i = 0; i < collector.Count; i++)
        {
            var value = collector.GetEntry(i, out var field);
            entries.Add($"{IndicatorField.All[field].Name}={Encoding.UTF8.GetString(value)}");
        }

        return entries;
    }
}
