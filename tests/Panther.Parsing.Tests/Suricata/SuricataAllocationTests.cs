namespace Panther.Parsing.Tests.Suricata;

/// <summary>
/// Parsing Suricata records allocates nothing per event once the parser's buffers have grown, with every built-in
/// log type registered (so each record is classified among all of them).
/// </summary>
public class SuricataAllocationTests
{
    private const string AlertLine =
        """{"timestamp":"2021-05-30T20:07:13.208777+0200","flow_id":1696236471136137,"in_iface":"eth0","event_type":"alert","vlan":[61,62],"src_ip":"10.0.0.5","src_port":18715,"dest_ip":"179.60.192.3","dest_port":80,"proto":"TCP","community_id":"1:Vz08QRsy2I1yGIXi37yvHKBnVwM=","tx_id":0,"alert":{"action":"allowed","gid":1,"signature_id":2001219,"rev":20,"signature":"ET SCAN Potential SSH Scan","category":"Attempted Information Leak","severity":2,"source":{"ip":"10.0.0.5","port":18715},"target":{"ip":"179.60.192.3","port":80},"metadata":{"policy":["security"]}},"http":{"hostname":"www.example.com","url":"http://www.example.com/index.html","http_user_agent":"curl/8.5.0","http_method":"GET","protocol":"HTTP/1.1","status":200,"length":9},"app_proto":"http","flow":{"pkts_toserver":4,"pkts_toclient":4,"bytes_toserver":416,"bytes_toclient":524,"start":"2021-05-30T20:07:13.108777+0200"},"payload":"R0VUIC8gSFRUUC8xLjENCg==","payload_printable":"GET / HTTP/1.1\r\n","stream":1,"packet":"AMCV+E3TAMCV4Bm+CABFAAC4"}""";

    private const string DnsLine =
        """{"timestamp":"2024-07-10T10:00:00.000003+0000","flow_id":1418448010418811,"event_type":"dns","src_ip":"192.0.2.53","src_port":53,"dest_ip":"192.0.2.15","dest_port":36994,"proto":"UDP","dns":{"version":3,"type":"response","tx_id":0,"id":39524,"flags":"8180","qr":true,"rd":true,"ra":true,"opcode":0,"rcode":"NOERROR","queries":[{"rrname":"www.example.com","rrtype":"A"}],"answers":[{"rrname":"www.example.com","rrtype":"CNAME","ttl":300,"rdata":"edge.example.net"},{"rrname":"edge.example.net","rrtype":"A","ttl":60,"rdata":"198.51.100.7"}],"grouped":{"A":["198.51.100.7"],"CNAME":["edge.example.net"]}}}""";

    [Fact]
    public void Parsing_suricata_alert_and_dns_records_allocates_nothing_in_steady_state()
    {
        var (allocated, batch) = SteadyState.Parse(AlertLine, DnsLine);

        Assert.Equal(["Suricata.Alert", "Suricata.DNS"], batch.Events.Select(e => e.LogType));
        Assert.All(batch.Events, e => Assert.Empty(e.ParseErrors));
        Assert.Empty(batch.Quarantined);
        Assert.Equal(0, allocated);
    }
}
