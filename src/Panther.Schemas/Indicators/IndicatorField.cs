using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace Panther.Schemas.Indicators;

/// <summary>
/// One of the <c>p_any_*</c> indicator sets that every normalized event can carry, such as
/// <c>p_any_ip_addresses</c>. Each set holds sorted, de-duplicated strings and is omitted when empty.
/// </summary>
/// <remarks>
/// The built-in sets are static properties. A host adds its own set with <see cref="Define"/>; a name can be
/// defined once per process and later calls return the same instance.
/// </remarks>
public sealed class IndicatorField
{
    private static readonly ConcurrentDictionary<string, IndicatorField> ByName = new(StringComparer.Ordinal);
    private static readonly Lock DefineLock = new();
    private static volatile IndicatorField[] _all = [];

    private IndicatorField(string name, int id)
    {
        Name = name;
        Id = id;
    }

    /// <summary>Gets the column name, for example <c>p_any_ip_addresses</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the dense, process-wide index of this set, usable as an array index.</summary>
    public int Id { get; }

    /// <summary>Gets every indicator set defined so far, ordered by <see cref="Id"/>.</summary>
    public static IReadOnlyList<IndicatorField> All => _all;

    /// <summary>Gets the number of indicator sets defined so far.</summary>
    public static int Count => _all.Length;

    /// <summary>Gets <c>p_any_ip_addresses</c>.</summary>
    public static IndicatorField IpAddresses { get; } = Define("p_any_ip_addresses");

    /// <summary>Gets <c>p_any_domain_names</c>.</summary>
    public static IndicatorField DomainNames { get; } = Define("p_any_domain_names");

    /// <summary>Gets <c>p_any_md5_hashes</c>.</summary>
    public static IndicatorField Md5Hashes { get; } = Define("p_any_md5_hashes");

    /// <summary>Gets <c>p_any_sha1_hashes</c>.</summary>
    public static IndicatorField Sha1Hashes { get; } = Define("p_any_sha1_hashes");

    /// <summary>Gets <c>p_any_sha256_hashes</c>.</summary>
    public static IndicatorField Sha256Hashes { get; } = Define("p_any_sha256_hashes");

    /// <summary>Gets <c>p_any_trace_ids</c>.</summary>
    public static IndicatorField TraceIds { get; } = Define("p_any_trace_ids");

    /// <summary>Gets <c>p_any_aws_account_ids</c>.</summary>
    public static IndicatorField AwsAccountIds { get; } = Define("p_any_aws_account_ids");

    /// <summary>Gets <c>p_any_aws_instance_ids</c>.</summary>
    public static IndicatorField AwsInstanceIds { get; } = Define("p_any_aws_instance_ids");

    /// <summary>Gets <c>p_any_aws_arns</c>.</summary>
    public static IndicatorField AwsArns { get; } = Define("p_any_aws_arns");

    /// <summary>Gets <c>p_any_aws_tags</c>.</summary>
    public static IndicatorField AwsTags { get; } = Define("p_any_aws_tags");

    /// <summary>Gets <c>p_any_emails</c>.</summary>
    public static IndicatorField Emails { get; } = Define("p_any_emails");

    /// <summary>Gets <c>p_any_usernames</c>.</summary>
    public static IndicatorField Usernames { get; } = Define("p_any_usernames");

    /// <summary>Gets <c>p_any_mac_addresses</c>.</summary>
    public static IndicatorField MacAddresses { get; } = Define("p_any_mac_addresses");

    /// <summary>Gets <c>p_any_urls</c>.</summary>
    public static IndicatorField Urls { get; } = Define("p_any_urls");

    /// <summary>
    /// Defines an indicator set, or returns the existing one with that name.
    /// </summary>
    /// <param name="name">The column name; it must start with <c>p_any_</c> and use lower-case letters,
    /// digits and underscores.</param>
    /// <returns>The indicator set.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a valid indicator column name.</exception>
    public static IndicatorField Define(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!IsValidName(name))
        {
            throw new ArgumentException(
                $"Indicator field '{name}' must start with 'p_any_' and use only a-z, 0-9 and '_'.", nameof(name));
        }

        if (ByName.TryGetValue(name, out var existing))
        {
            return existing;
        }

        lock (DefineLock)
        {
            if (ByName.TryGetValue(name, out existing))
            {
                return existing;
            }

            var field = new IndicatorField(name, _all.Length);
            _all = [.. _all, field];
            ByName[name] = field;
            return field;
        }
    }

    /// <summary>Finds a defined indicator set by its column name.</summary>
    /// <param name="name">The column name.</param>
    /// <param name="field">The set, when found.</param>
    /// <returns><see langword="true"/> when a set with that name is defined.</returns>
    public static bool TryGet(string name, [NotNullWhen(true)] out IndicatorField? field)
        => ByName.TryGetValue(name, out field);

    /// <inheritdoc />
    public override string ToString() => Name;

    private static bool IsValidName(string name)
    {
        if (!name.StartsWith("p_any_", StringComparison.Ordinal) || name.Length == "p_any_".Length)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
