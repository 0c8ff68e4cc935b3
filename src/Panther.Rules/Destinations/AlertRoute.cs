namespace Panther.Rules.Destinations;

/// <summary>Where <see cref="AlertRouter"/> decided an alert goes.</summary>
public sealed record AlertRoute
{
    /// <summary>Gets the destinations to send to, each once, in registration order.</summary>
    public IReadOnlyList<IAlertDestination> Destinations { get; init; } = [];

    /// <summary>Gets the names the alert asked for that match no destination's id or name.</summary>
    public IReadOnlyList<string> UnknownNames { get; init; } = [];

    /// <summary>Gets a value indicating whether the rule suppressed delivery (<c>SKIP</c> or no list).</summary>
    public bool Suppressed { get; init; }
}
