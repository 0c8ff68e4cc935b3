using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Panther.Schemas.Indicators.Scanners;

namespace Panther.Schemas.Indicators;

/// <summary>
/// A kind of indicator that a schema field can declare, such as <c>ip</c> or <c>aws_arn</c>, with the scanner
/// that validates values of that kind and writes them to the right <c>p_any_*</c> sets.
/// </summary>
/// <remarks>
/// The names match Panther's scanner names, so YAML schemas that say <c>indicators: [ip]</c> keep working.
/// Add a kind of your own with <see cref="Define"/>.
/// </remarks>
public sealed class IndicatorKind
{
    private static readonly ConcurrentDictionary<string, IndicatorKind> ByName = new(StringComparer.Ordinal);

    private IndicatorKind(string name, IndicatorScanner scanner)
    {
        Name = name;
        Scanner = scanner;
    }

    /// <summary>Gets the kind's name, for example <c>ip</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the scanner that validates and writes values of this kind.</summary>
    public IndicatorScanner Scanner { get; }

    /// <summary>Gets <c>ip</c>: a valid IPv4 or IPv6 literal, written to <c>p_any_ip_addresses</c>.</summary>
    public static IndicatorKind Ip { get; } = Define("ip", new IpScanner());

    /// <summary>Gets <c>domain</c>: a domain name as given (punycode decoded).</summary>
    public static IndicatorKind Domain { get; } = Define("domain", new DomainScanner());

    /// <summary>Gets <c>hostname</c>: an IP address when it parses as one, otherwise a domain name.</summary>
    public static IndicatorKind Hostname { get; } = Define("hostname", new HostnameScanner());

    /// <summary>Gets <c>url</c>: the URL itself to <c>p_any_urls</c> and its host as a hostname.</summary>
    public static IndicatorKind Url { get; } = Define("url", new UrlScanner());

    /// <summary>Gets <c>net_addr</c>: a <c>host:port</c> address whose host is scanned as a hostname.</summary>
    public static IndicatorKind NetAddress { get; } = Define("net_addr", new NetAddressScanner());

    /// <summary>Gets <c>md5</c>: 32 hex digits, stored lower-case.</summary>
    public static IndicatorKind Md5 { get; } = Define("md5", new HashScanner(32, IndicatorField.Md5Hashes));

    /// <summary>Gets <c>sha1</c>: 40 hex digits, stored lower-case.</summary>
    public static IndicatorKind Sha1 { get; } = Define("sha1", new HashScanner(40, IndicatorField.Sha1Hashes));

    /// <summary>Gets <c>sha256</c>: 64 hex digits, stored lower-case.</summary>
    public static IndicatorKind Sha256 { get; } = Define("sha256", new HashScanner(64, IndicatorField.Sha256Hashes));

    /// <summary>Gets <c>aws_account_id</c>: exactly 12 ASCII digits.</summary>
    public static IndicatorKind AwsAccountId { get; } = Define("aws_account_id", new AwsAccountIdScanner());

    /// <summary>Gets <c>aws_instance_id</c>: an EC2 instance id such as <c>i-0abc</c>.</summary>
    public static IndicatorKind AwsInstanceId { get; } = Define("aws_instance_id", new AwsInstanceIdScanner());

    /// <summary>Gets <c>aws_arn</c>: an ARN, plus its account id and, for EC2 instances, its instance id.</summary>
    public static IndicatorKind AwsArn { get; } = Define("aws_arn", new AwsArnScanner());

    /// <summary>Gets <c>aws_tag</c>: a <c>key:value</c> tag.</summary>
    public static IndicatorKind AwsTag { get; } = Define("aws_tag", new AwsTagScanner());

    /// <summary>Gets <c>email</c>: an address containing <c>@</c>.</summary>
    public static IndicatorKind Email { get; } = Define("email", new EmailScanner());

    /// <summary>Gets <c>username</c>: any non-empty value, as given.</summary>
    public static IndicatorKind Username { get; } =
        Define("username", new VerbatimScanner(IndicatorField.Usernames));

    /// <summary>Gets <c>trace_id</c>: any non-empty value, as given.</summary>
    public static IndicatorKind TraceId { get; } = Define("trace_id", new VerbatimScanner(IndicatorField.TraceIds));

    /// <summary>Gets <c>mac</c>: a 48-bit MAC address, stored lower-case with colons.</summary>
    public static IndicatorKind MacAddress { get; } = Define("mac", new MacAddressScanner());

    /// <summary>Gets every kind defined so far.</summary>
    public static IReadOnlyCollection<IndicatorKind> All => [.. ByName.Values];

    /// <summary>Defines an indicator kind, or returns the existing kind with that name.</summary>
    /// <param name="name">The kind's name, as used in schemas.</param>
    /// <param name="scanner">The scanner for values of this kind.</param>
    /// <returns>The kind. When the name is already defined, the existing kind (and its scanner) is returned.</returns>
    public static IndicatorKind Define(string name, IndicatorScanner scanner)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(scanner);
        return ByName.GetOrAdd(name, static (n, s) => new IndicatorKind(n, s), scanner);
    }

    /// <summary>Finds a kind by name.</summary>
    /// <param name="name">The kind's name.</param>
    /// <param name="kind">The kind, when found.</param>
    /// <returns><see langword="true"/> when the kind is defined.</returns>
    public static bool TryGet(string name, [NotNullWhen(true)] out IndicatorKind? kind)
    {
        EnsureBuiltInsDefined();
        return ByName.TryGetValue(name, out kind);
    }

    /// <inheritdoc />
    public override string ToString() => Name;

    private static void EnsureBuiltInsDefined() => _ = Ip;
}
