using Panther.Rules.Alerts;

namespace Panther.Rules.Destinations;

/// <summary>
/// Picks the destinations of an alert, the way Panther did: a suppressed alert, or one whose only destination is
/// <c>SKIP</c>, goes nowhere; an alert that names destinations (by id or name, in any case) goes to those; any other
/// goes to every destination whose default severities include its severity. Last, destinations that do not take the
/// alert's type (rule or rule error) are dropped.
/// </summary>
public sealed class AlertRouter
{
    /// <summary>The destination name that suppresses delivery when it is the only one.</summary>
    public const string Skip = "SKIP";

    private readonly IReadOnlyList<IAlertDestination> _destinations;

    /// <summary>Initializes a new instance of the <see cref="AlertRouter"/> class.</summary>
    /// <param name="destinations">The registered destinations.</param>
    /// <exception cref="ArgumentException">Two destinations share an id.</exception>
    public AlertRouter(IEnumerable<IAlertDestination> destinations)
    {
        ArgumentNullException.ThrowIfNull(destinations);
        _destinations = [.. destinations];
        var duplicate = _destinations.GroupBy(d => d.Id, StringComparer.OrdinalIgnoreCase)
            .FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException(
                $"Two alert destinations have the id '{duplicate.Key}'.", nameof(destinations));
        }
    }

    /// <summary>Gets the registered destinations.</summary>
    public IReadOnlyList<IAlertDestination> Destinations => _destinations;

    /// <summary>Decides where an alert goes.</summary>
    /// <param name="alert">The alert.</param>
    /// <returns>The destinations, and the names that matched none.</returns>
    public AlertRoute Route(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (alert.Suppressed
            || (alert.Destinations.Count == 1 && string.Equals(alert.Destinations[0]?.Trim(), Skip,
                StringComparison.OrdinalIgnoreCase)))
        {
            return new AlertRoute { Suppressed = true };
        }

        var unknown = new List<string>();
        IEnumerable<IAlertDestination> chosen;
        if (alert.Destinations.Count > 0)
        {
            var named = new HashSet<IAlertDestination>();
            foreach (var wanted in alert.Destinations)
            {
                var match = Find(wanted);
                if (match is null)
                {
                    unknown.Add(wanted);
                }
                else
                {
                    named.Add(match);
                }
            }

            chosen = _destinations.Where(named.Contains);
        }
        else
        {
            chosen = _destinations.Where(d => d.DefaultSeverities.Contains(alert.Severity));
        }

        return new AlertRoute
        {
            Destinations = [.. chosen.Where(d => d.AlertTypes.Contains(alert.Type))],
            UnknownNames = unknown,
        };
    }

    private IAlertDestination? Find(string? wanted)
    {
        var key = wanted?.Trim();
        if (string.IsNullOrEmpty(key))
        {
            return null;
        }

        return _destinations.FirstOrDefault(d => string.Equals(d.Id, key, StringComparison.OrdinalIgnoreCase))
            ?? _destinations.FirstOrDefault(d => string.Equals(d.Name, key, StringComparison.OrdinalIgnoreCase));
    }
}
