namespace Panther.Parsing.Tests.Osquery;

/// <summary>Parsing osquery results allocates nothing per event once the parser's buffers have grown.</summary>
public class OsqueryAllocationTests
{
    private static readonly string DifferentialLine = JsonLine.From("""
        {
            "name": "pack_incident-response_open_sockets",
            "hostIdentifier": "web-01.example.internal",
            "calendarTime": "Mon Mar  2 08:15:00 2026 UTC",
            "unixTime": "1772439300",
            "epoch": "0",
            "counter": "17",
            "numerics": false,
            "decorations": {"host_uuid": "5f0e1c2a-0000-4000-8000-000000000001", "hostname": "web-01"},
            "columns": {
                "pid": "812",
                "fd": "14",
                "family": "2",
                "protocol": "6",
                "local_address": "10.0.4.17",
                "local_port": "51514",
                "remote_address": "203.0.113.9",
                "remote_port": "443",
                "path": "/usr/bin/curl",
                "username": "deploy",
                "sha256": "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855"
            },
            "action": "added"
        }
        """);

    [Fact]
    public void Parsing_a_differential_event_among_all_types_allocates_nothing_in_steady_state()
    {
        var (allocated, batch) = SteadyState.Parse(DifferentialLine);

        var evt = Assert.Single(batch.Events);
        Assert.Equal("Osquery.Differential", evt.LogType);
        Assert.True(evt.HasOwnEventTime);
        Assert.Empty(evt.ParseErrors);
        Assert.Empty(batch.Quarantined);
        Assert.Equal(0, allocated);
    }
}
