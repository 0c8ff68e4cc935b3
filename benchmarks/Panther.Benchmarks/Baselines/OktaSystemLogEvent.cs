using System.Text.Json;

namespace Panther.Benchmarks.Baselines;

/// <summary>
/// The plain classes a C# developer writes to read Okta System Log events with JsonSerializer: the documented members
/// typed, <c>debugData</c>, <c>detailEntry</c> and <c>changeDetails</c> left free-form.
/// </summary>
public sealed class OktaSystemLogEvent
{
    public string? Uuid { get; set; }

    public DateTimeOffset? Published { get; set; }

    public string? EventType { get; set; }

    public string? Version { get; set; }

    public string? Severity { get; set; }

    public string? LegacyEventType { get; set; }

    public string? DisplayMessage { get; set; }

    public OktaActor? Actor { get; set; }

    public OktaClient? Client { get; set; }

    public JsonElement? Device { get; set; }

    public OktaAuthenticationContext? AuthenticationContext { get; set; }

    public OktaSecurityContext? SecurityContext { get; set; }

    public OktaRequest? Request { get; set; }

    public List<OktaTarget>? Target { get; set; }

    public OktaTransaction? Transaction { get; set; }

    public OktaDebugContext? DebugContext { get; set; }

    public OktaOutcome? Outcome { get; set; }
}

/// <summary>The actor of <see cref="OktaSystemLogEvent"/>.</summary>
public sealed class OktaActor
{
    public string? Id { get; set; }

    public string? Type { get; set; }

    public string? AlternateId { get; set; }

    public string? DisplayName { get; set; }

    public JsonElement? DetailEntry { get; set; }
}

/// <summary>A target of <see cref="OktaSystemLogEvent"/>.</summary>
public sealed class OktaTarget
{
    public string? Id { get; set; }

    public string? Type { get; set; }

    public string? AlternateId { get; set; }

    public string? DisplayName { get; set; }

    public JsonElement? DetailEntry { get; set; }

    public JsonElement? ChangeDetails { get; set; }
}

/// <summary>The client of <see cref="OktaSystemLogEvent"/>.</summary>
public sealed class OktaClient
{
    public OktaUserAgent? UserAgent { get; set; }

    public string? Zone { get; set; }

    public string? Device { get; set; }

    public string? Id { get; set; }

    public string? IpAddress { get; set; }

    public OktaGeographicalContext? GeographicalContext { get; set; }
}

/// <summary>The user agent of <see cref="OktaClient"/>.</summary>
public sealed class OktaUserAgent
{
    public string? RawUserAgent { get; set; }

    public string? Os { get; set; }

    public string? Browser { get; set; }
}

/// <summary>Where an address of <see cref="OktaSystemLogEvent"/> is.</summary>
public sealed class OktaGeographicalContext
{
    public string? City { get; set; }

    public string? State { get; set; }

    public string? Country { get; set; }

    public string? PostalCode { get; set; }

    public OktaGeolocation? Geolocation { get; set; }
}

/// <summary>The coordinates of <see cref="OktaGeographicalContext"/>.</summary>
public sealed class OktaGeolocation
{
    public double? Lat { get; set; }

    public double? Lon { get; set; }
}

/// <summary>The authentication context of <see cref="OktaSystemLogEvent"/>.</summary>
public sealed class OktaAuthenticationContext
{
    public string? AuthenticationProvider { get; set; }

    public string? CredentialProvider { get; set; }

    public string? CredentialType { get; set; }

    public JsonElement? Issuer { get; set; }

    public string? Interface { get; set; }

    public int? AuthenticationStep { get; set; }

    public string? ExternalSessionId { get; set; }

    public string? RootSessionId { get; set; }
}

/// <summary>The security context of <see cref="OktaSystemLogEvent"/>.</summary>
public sealed class OktaSecurityContext
{
    public long? AsNumber { get; set; }

    public string? AsOrg { get; set; }

    public string? Isp { get; set; }

    public string? Domain { get; set; }

    public bool? IsProxy { get; set; }
}

/// <summary>The request of <see cref="OktaSystemLogEvent"/>.</summary>
public sealed class OktaRequest
{
    public List<OktaIpHop>? IpChain { get; set; }
}

/// <summary>One address of <see cref="OktaRequest.IpChain"/>.</summary>
public sealed class OktaIpHop
{
    public string? Ip { get; set; }

    public OktaGeographicalContext? GeographicalContext { get; set; }

    public string? Version { get; set; }

    public string? Source { get; set; }
}

/// <summary>The transaction of <see cref="OktaSystemLogEvent"/>.</summary>
public sealed class OktaTransaction
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public JsonElement? Detail { get; set; }
}

/// <summary>The debug context of <see cref="OktaSystemLogEvent"/>: free-form values by name.</summary>
public sealed class OktaDebugContext
{
    public Dictionary<string, JsonElement>? DebugData { get; set; }
}

/// <summary>The outcome of <see cref="OktaSystemLogEvent"/>.</summary>
public sealed class OktaOutcome
{
    public string? Result { get; set; }

    public string? Reason { get; set; }
}
