using System.Globalization;
using Panther.Parsing.Events;

namespace Panther.Parsing.Normalization;

/// <summary>The log types of one family that declined a record for the same reason, listed once in the quarantine
/// reason as <c>Suricata.* (29 types): missing required field 'event_type'</c>.</summary>
internal sealed class DeclineGroup
{
    private readonly List<string> _names;
    private readonly IdentifyDecline _decline;
    private readonly string _family;
    private readonly string _key;

    /// <summary>Starts a group with its first log type.</summary>
    /// <param name="schema">The log type.</param>
    /// <param name="decline">Why it declined.</param>
    /// <param name="key">The decline's <see cref="KeyOf"/>.</param>
    /// <param name="closeness">How close the record came to the log type.</param>
    public DeclineGroup(CompiledSchema schema, IdentifyDecline decline, string key, double closeness)
    {
        _names = [schema.Name];
        _decline = decline;
        _family = schema.Family;
        _key = key;
        Closeness = closeness;
    }

    /// <summary>Gets the closeness of the nearest log type of the group.</summary>
    public double Closeness { get; private set; }

    /// <summary>Gets what makes two declines read the same without formatting both: the field name for a missing
    /// field, "" for a root that is not an object, else the reason itself.</summary>
    public static string KeyOf(NormalizedEvent evt, IdentifyDecline decline) => decline switch
    {
        { Field: null } => "",
        { Value: < 0 } => decline.Field.Field.Name,
        _ => EventNormalizer.Describe(evt, decline),
    };

    /// <summary>Tells whether a decline of a log type belongs to this group.</summary>
    public bool Matches(string family, IdentifyDecline decline, string key) =>
        IsMissing(_decline) == IsMissing(decline) && string.Equals(_family, family, StringComparison.Ordinal)
        && string.Equals(_key, key, StringComparison.Ordinal);

    /// <summary>Adds a log type that declined for the same reason.</summary>
    public void Add(CompiledSchema schema, double closeness)
    {
        _names.Add(schema.Name);
        Closeness = Math.Max(Closeness, closeness);
    }

    /// <summary>Writes the group as it appears in the quarantine reason.</summary>
    public string Describe(NormalizedEvent evt)
    {
        var reason = IsMissing(_decline) || _decline.Field is null ? EventNormalizer.Describe(evt, _decline) : _key;
        return _names.Count == 1
            ? $"{_names[0]}: {reason}"
            : string.Create(CultureInfo.InvariantCulture, $"{_family}.* ({_names.Count} types): {reason}");
    }

    private static bool IsMissing(IdentifyDecline decline) => decline.Value < 0;
}
