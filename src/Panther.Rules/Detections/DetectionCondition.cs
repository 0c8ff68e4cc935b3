namespace Panther.Rules.Detections;

/// <summary>The family of a condition, which decides the keys its expression takes.</summary>
internal enum ConditionShape
{
    Text,
    Number,
    In,
    Existence,
    Address,
    Network,
    Elements,
    Absolute,
}

/// <summary>
/// One <c>Condition</c> name and what it means: the positive test, whether it is negated and whether it ignores
/// case. <see cref="Find"/> knows every name Panther's simple detections use.
/// </summary>
internal sealed record DetectionCondition(
    string Name, ConditionShape Shape, bool Negate = false, bool IgnoreCase = false)
{
    private static readonly Dictionary<string, DetectionCondition> Names = Build();

    public TextOperation Text { get; init; }

    public NumberOperation Number { get; init; }

    public ExistenceOperation Existence { get; init; }

    public AddressOperation Address { get; init; }

    public ElementQuantifier Quantifier { get; init; }

    /// <summary>Gets the known names, for error messages.</summary>
    public static IEnumerable<string> KnownNames => Names.Keys.Order(StringComparer.Ordinal);

    /// <summary>Finds a condition by its exact name.</summary>
    public static DetectionCondition? Find(string name) => Names.GetValueOrDefault(name);

    private static Dictionary<string, DetectionCondition> Build()
    {
        var all = new List<DetectionCondition>();
        foreach (var (positive, negative, operation) in new[]
        {
            ("Equals", "DoesNotEqual", TextOperation.Equals),
            ("StartsWith", "DoesNotStartWith", TextOperation.StartsWith),
            ("EndsWith", "DoesNotEndWith", TextOperation.EndsWith),
            ("Contains", "DoesNotContain", TextOperation.Contains),
        })
        {
            all.Add(new(positive, ConditionShape.Text) { Text = operation });
            all.Add(new(negative, ConditionShape.Text, Negate: true) { Text = operation });
            all.Add(new("I" + positive, ConditionShape.Text, IgnoreCase: true) { Text = operation });
            all.Add(new("I" + negative, ConditionShape.Text, Negate: true, IgnoreCase: true) { Text = operation });
        }

        all.Add(new("IsGreaterThan", ConditionShape.Number) { Number = NumberOperation.GreaterThan });
        all.Add(new("IsGreaterThanOrEqual", ConditionShape.Number) { Number = NumberOperation.GreaterThanOrEqual });
        all.Add(new("IsLessThan", ConditionShape.Number) { Number = NumberOperation.LessThan });
        all.Add(new("IsLessThanOrEqual", ConditionShape.Number) { Number = NumberOperation.LessThanOrEqual });
        all.Add(new("IsIn", ConditionShape.In));
        all.Add(new("IsNotIn", ConditionShape.In, Negate: true));
        all.Add(new("Exists", ConditionShape.Existence) { Existence = ExistenceOperation.Exists });
        all.Add(new("DoesNotExist", ConditionShape.Existence, Negate: true) { Existence = ExistenceOperation.Exists });
        all.Add(new("IsNull", ConditionShape.Existence) { Existence = ExistenceOperation.IsNull });
        all.Add(new("IsNotNull", ConditionShape.Existence, Negate: true) { Existence = ExistenceOperation.IsNull });
        all.Add(new("IsNullOrEmpty", ConditionShape.Existence) { Existence = ExistenceOperation.IsNullOrEmpty });
        all.Add(new("IsNotNullOrEmpty", ConditionShape.Existence, Negate: true)
        {
            Existence = ExistenceOperation.IsNullOrEmpty,
        });
        all.Add(new("IsIPAddress", ConditionShape.Address) { Address = AddressOperation.Any });
        all.Add(new("IsIPv4Address", ConditionShape.Address) { Address = AddressOperation.Version4 });
        all.Add(new("IsIPv6Address", ConditionShape.Address) { Address = AddressOperation.Version6 });
        all.Add(new("IsIPAddressPublic", ConditionShape.Address) { Address = AddressOperation.Public });
        all.Add(new("IsIPAddressPrivate", ConditionShape.Address) { Address = AddressOperation.Private });
        all.Add(new("IsIPAddressInCIDR", ConditionShape.Network));
        all.Add(new("IsIPAddressNotInCIDR", ConditionShape.Network, Negate: true));
        all.Add(new("AnyElement", ConditionShape.Elements) { Quantifier = ElementQuantifier.AnyElement });
        all.Add(new("AllElements", ConditionShape.Elements) { Quantifier = ElementQuantifier.AllElements });
        all.Add(new("OnlyOneElement", ConditionShape.Elements) { Quantifier = ElementQuantifier.OnlyOneElement });
        all.Add(new("NoElement", ConditionShape.Elements) { Quantifier = ElementQuantifier.NoElement });
        all.Add(new("AlwaysTrue", ConditionShape.Absolute));
        all.Add(new("AlwaysFalse", ConditionShape.Absolute, Negate: true));
        return all.ToDictionary(c => c.Name, StringComparer.Ordinal);
    }
}
