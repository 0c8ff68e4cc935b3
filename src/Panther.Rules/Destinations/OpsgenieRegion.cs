namespace Panther.Rules.Destinations;

/// <summary>Which Opsgenie API an account lives on.</summary>
public enum OpsgenieRegion
{
    /// <summary>The default API, <c>https://api.opsgenie.com</c>.</summary>
    Us,

    /// <summary>The European API, <c>https://api.eu.opsgenie.com</c>.</summary>
    Eu,
}
