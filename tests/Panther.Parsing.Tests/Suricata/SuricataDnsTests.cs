using Panther.Parsing.Suricata;

namespace Panther.Parsing.Tests.Suricata;

/// <summary>The normalised DNS view over the three EVE DNS layouts.</summary>
public class SuricataDnsTests
{
    [Fact]
    public void A_version_1_query_line_gives_one_question_and_no_answer()
    {
        var evt = SuricataEvents.ParseOne(SuricataEvents.Dns(
            """{"type":"query","id":7145,"rrname":"reddit.com","rrtype":"A","tx_id":10}"""));

        Assert.Equal([new DnsQuery("reddit.com", "A")], SuricataDns.GetQueries(evt));
        Assert.Empty(SuricataDns.GetAnswers(evt));
    }

    [Fact]
    public void A_version_1_answer_line_gives_its_record_and_no_question()
    {
        var evt = SuricataEvents.ParseOne(SuricataEvents.Dns(
            """{"type":"answer","id":1,"rcode":"NOERROR","rrname":"test.test.local","rrtype":"A","ttl":2365,"rdata":"10.0.0.12"}"""));

        Assert.Empty(SuricataDns.GetQueries(evt));
        Assert.Equal([new DnsAnswer("test.test.local", "A", "10.0.0.12", "2365")], SuricataDns.GetAnswers(evt));
    }

    [Fact]
    public void A_version_1_answer_line_without_a_record_gives_no_answer()
    {
        var evt = SuricataEvents.ParseOne(SuricataEvents.Dns(
            """{"type":"answer","id":2,"rcode":"NXDOMAIN","rrname":"missing.example","rrtype":"A"}"""));

        Assert.Empty(SuricataDns.GetAnswers(evt));
    }

    [Fact]
    public void A_version_2_answer_gives_the_question_from_the_top_and_the_records_from_answers()
    {
        var evt = SuricataEvents.ParseOne(SuricataEvents.Dns(
            """{"version":2,"type":"answer","id":9,"rcode":"NOERROR","rrname":"www.example.org","rrtype":"AAAA","answers":[{"rrname":"www.example.org","rrtype":"CNAME","ttl":60,"rdata":"edge.example.net"},{"rrname":"edge.example.net","rrtype":"AAAA","ttl":20,"rdata":"2001:db8::7"}],"grouped":{"CNAME":["edge.example.net"],"AAAA":["2001:db8::7"]}}"""));

        Assert.Equal([new DnsQuery("www.example.org", "AAAA")], SuricataDns.GetQueries(evt));
        Assert.Equal(
            [
                new DnsAnswer("www.example.org", "CNAME", "edge.example.net", "60"),
                new DnsAnswer("edge.example.net", "AAAA", "2001:db8::7", "20"),
            ],
            SuricataDns.GetAnswers(evt));
    }

    [Fact]
    public void A_version_2_answer_logged_only_grouped_gives_one_record_per_value()
    {
        var evt = SuricataEvents.ParseOne(SuricataEvents.Dns(
            """{"version":2,"type":"answer","id":9,"rrname":"example.com","rrtype":"A","grouped":{"A":["192.0.2.1","192.0.2.2"],"SOA":[{"mname":"ns.example.com"}]}}"""));

        Assert.Equal(
            [
                new DnsAnswer(null, "A", "192.0.2.1", null),
                new DnsAnswer(null, "A", "192.0.2.2", null),
                new DnsAnswer(null, "SOA", null, null),
            ],
            SuricataDns.GetAnswers(evt));
    }

    [Fact]
    public void A_version_3_response_gives_its_queries_and_answers_but_not_its_authorities()
    {
        var evt = SuricataEvents.ParseOne(SuricataEvents.Dns(
            """{"version":3,"type":"response","id":3,"rcode":"NOERROR","queries":[{"rrname":"example.com","rrtype":"MX"}],"answers":[{"rrname":"example.com","rrtype":"MX","ttl":300,"rdata":"mail.example.com"}],"authorities":[{"rrname":"example.com","rrtype":"NS","ttl":900,"rdata":"ns1.example.com"}]}"""));

        Assert.Equal([new DnsQuery("example.com", "MX")], SuricataDns.GetQueries(evt));
        Assert.Equal([new DnsAnswer("example.com", "MX", "mail.example.com", "300")], SuricataDns.GetAnswers(evt));
    }

    [Fact]
    public void A_version_3_srv_answer_has_no_rdata_text()
    {
        var evt = SuricataEvents.ParseOne(SuricataEvents.Dns(
            """{"version":3,"type":"response","queries":[{"rrname":"_sip._udp.example.com","rrtype":"SRV"}],"answers":[{"rrname":"_sip._udp.example.com","rrtype":"SRV","ttl":30,"srv":{"priority":10,"weight":1,"port":5060,"name":"sip.example.com"}}]}"""));

        Assert.Equal([new DnsAnswer("_sip._udp.example.com", "SRV", null, "30")], SuricataDns.GetAnswers(evt));
        Assert.Empty(evt.ParseErrors);
    }

    [Fact]
    public void An_unknown_version_gives_empty_lists_and_still_parses()
    {
        var evt = SuricataEvents.ParseOne(SuricataEvents.Dns(
            """{"version":4,"type":"message","queries":[{"rrname":"example.com","rrtype":"A"}]}"""));

        Assert.Equal("Suricata.DNS", evt.LogType);
        Assert.Empty(SuricataDns.GetQueries(evt));
        Assert.Empty(SuricataDns.GetAnswers(evt));
    }

    [Fact]
    public void A_version_that_is_not_a_number_gives_empty_lists()
    {
        var evt = SuricataEvents.ParseOne(SuricataEvents.Dns(
            """{"version":"three","type":"request","queries":[{"rrname":"example.com","rrtype":"A"}]}"""));

        Assert.Empty(SuricataDns.GetQueries(evt));
        Assert.Single(evt.ParseErrors);
    }

    [Fact]
    public void The_dns_of_a_version_2_alert_is_read_from_its_query_list_and_answer_object()
    {
        const string Alert = """{"timestamp":"2022-01-01T00:00:00.000001+0000","event_type":"alert","src_ip":"192.0.2.53","dest_ip":"192.0.2.15","alert":{"signature_id":1},"dns":{"query":[{"type":"query","id":1,"rrname":"bad.example","rrtype":"A","tx_id":0}],"answer":{"version":2,"type":"answer","id":1,"rrname":"bad.example","rrtype":"A","answers":[{"rrname":"bad.example","rrtype":"A","ttl":5,"rdata":"203.0.113.9"}]}}}""";

        var evt = SuricataEvents.ParseOne(Alert);

        Assert.Equal("Suricata.Alert", evt.LogType);
        Assert.Equal([new DnsQuery("bad.example", "A"), new DnsQuery("bad.example", "A")], SuricataDns.GetQueries(evt));
        Assert.Equal([new DnsAnswer("bad.example", "A", "203.0.113.9", "5")], SuricataDns.GetAnswers(evt));
    }

    [Fact]
    public void An_event_without_a_dns_object_gives_empty_lists()
    {
        var evt = SuricataEvents.ParseOne(
            """{"timestamp":"2022-01-01T00:00:00.000001+0000","event_type":"flow","flow":{"age":1}}""");

        Assert.Empty(SuricataDns.GetQueries(evt));
        Assert.Empty(SuricataDns.GetAnswers(evt));
    }

    [Fact]
    public void A_null_event_is_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => SuricataDns.GetQueries(null!));
        Assert.Throws<ArgumentNullException>(() => SuricataDns.GetAnswers(null!));
    }
}
