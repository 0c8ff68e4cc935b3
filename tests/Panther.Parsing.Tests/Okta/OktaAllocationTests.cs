namespace Panther.Parsing.Tests.Okta;

/// <summary>Parsing Okta System Log events allocates nothing per event once the parser's buffers have grown.</summary>
public class OktaAllocationTests
{
    private static readonly string SystemLogLine = JsonLine.From("""
        {
            "actor": {
                "id": "00u1example",
                "type": "User",
                "alternateId": "ana.lima@example.org",
                "displayName": "Ana Lima",
                "detailEntry": null
            },
            "client": {
                "userAgent": {
                    "rawUserAgent": "Mozilla/5.0 (X11; Linux x86_64)",
                    "os": "Linux",
                    "browser": "FIREFOX"
                },
                "zone": "null",
                "device": "Computer",
                "id": null,
                "ipAddress": "198.51.100.77",
                "geographicalContext": {
                    "city": "Lisbon",
                    "state": "Lisbon",
                    "country": "Portugal",
                    "postalCode": "1000-001",
                    "geolocation": {"lat": 38.7223, "lon": -9.1393}
                }
            },
            "device": null,
            "authenticationContext": {
                "authenticationProvider": null,
                "credentialProvider": null,
                "credentialType": null,
                "issuer": null,
                "interface": null,
                "authenticationStep": 0,
                "externalSessionId": "idxExample01"
            },
            "displayMessage": "User login to Okta",
            "eventType": "user.session.start",
            "outcome": {"result": "FAILURE", "reason": "INVALID_CREDENTIALS"},
            "published": "2026-03-02T08:15:00.123Z",
            "securityContext": {
                "asNumber": 64500,
                "asOrg": "example transit",
                "isp": "example transit",
                "domain": "example.net",
                "isProxy": false
            },
            "severity": "WARN",
            "debugContext": {
                "debugData": {
                    "requestId": "req-1",
                    "requestUri": "/idp/idx/identify",
                    "origin": "https://example.okta.com",
                    "risk": "{reasons=New Device, New IP, level=HIGH}",
                    "threatSuspected": "false"
                }
            },
            "legacyEventType": "core.user_auth.login_failed",
            "transaction": {"type": "WEB", "id": "req-1", "detail": {}},
            "uuid": "5b0c6a1e-0000-4000-8000-00000000abcd",
            "version": "0",
            "request": {
                "ipChain": [
                    {
                        "ip": "198.51.100.77",
                        "geographicalContext": null,
                        "version": "V4",
                        "source": null
                    },
                    {
                        "ip": "2001:db8::7",
                        "geographicalContext": null,
                        "version": "V6",
                        "source": null
                    }
                ]
            },
            "target": [
                {
                    "id": "00u1example",
                    "type": "User",
                    "alternateId": "ana.lima@example.org",
                    "displayName": "Ana Lima",
                    "detailEntry": {"methodTypeUsed": "Password"}
                }
            ]
        }
        """);

    [Fact]
    public void Parsing_a_system_log_event_among_all_types_allocates_nothing_in_steady_state()
    {
        var (allocated, batch) = SteadyState.Parse(SystemLogLine);

        var evt = Assert.Single(batch.Events);
        Assert.Equal("Okta.SystemLog", evt.LogType);
        Assert.True(evt.HasOwnEventTime);
        Assert.Empty(evt.ParseErrors);
        Assert.Empty(batch.Quarantined);
        Assert.Equal(0, allocated);
    }
}
