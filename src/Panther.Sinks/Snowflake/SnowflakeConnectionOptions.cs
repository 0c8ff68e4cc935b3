using System.Security.Cryptography;

namespace Panther.Sinks.Snowflake;

/// <summary>
/// How to reach Snowflake's SQL API with key-pair authentication: the account, the user whose public key is
/// registered (<c>ALTER USER ... SET RSA_PUBLIC_KEY</c>), the private key, and the session's role and warehouse.
/// </summary>
public sealed class SnowflakeConnectionOptions
{
    /// <summary>Gets or sets the account identifier: <c>myorg-myaccount</c>, or an account locator such as
    /// <c>xy12345</c> or <c>xy12345.us-east-2.aws</c>.</summary>
    public string Account { get; set; } = "";

    /// <summary>Gets or sets the user name.</summary>
    public string User { get; set; } = "";

    /// <summary>Gets or sets the user's RSA private key. Never written to logs or messages.</summary>
    public RSA? PrivateKey { get; set; }

    /// <summary>Gets or sets the base URL of the account; <c>https://ACCOUNT.snowflakecomputing.com</c> when null.
    /// Set it for private links, or for a test server.</summary>
    public Uri? AccountUrl { get; set; }

    /// <summary>Gets or sets the role of the session; the user's default role when null.</summary>
    public string? Role { get; set; }

    /// <summary>Gets or sets the warehouse that runs the statements; the user's default when null.</summary>
    public string? Warehouse { get; set; }

    /// <summary>Gets or sets how long Snowflake may run one statement; 10 minutes by default.</summary>
    public TimeSpan StatementTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Gets or sets the wait between checks of a statement that runs asynchronously; 1 second by default.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets how many times a request that failed for a transient reason (a network error, 429 or
    /// 5xx) is sent again, with the same request id so that Snowflake runs the statement once; 4 by default.
    /// </summary>
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>Gets or sets the first wait before a retry, doubled at each retry; 1 second by default.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets the longest wait before a retry, also when Snowflake's <c>Retry-After</c> header asks
    /// for longer. Default: 30 seconds.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets the base URL: <see cref="AccountUrl"/>, or the one made from <see cref="Account"/>.</summary>
    /// <returns>The URL.</returns>
    public Uri GetAccountUrl() => AccountUrl
        ?? new Uri($"https://{Account.ToLowerInvariant().Replace('_', '-')}.snowflakecomputing.com/");

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentException">The account, user or key is missing.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Account) || Account.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'
            or '.')))
        {
            throw new ArgumentException($"The Snowflake account '{Account}' is not an account identifier.");
        }

        if (string.IsNullOrWhiteSpace(User) || User.Contains('.', StringComparison.Ordinal))
        {
            throw new ArgumentException("A Snowflake user name is required, without '.'.");
        }

        if (PrivateKey is null)
        {
            throw new ArgumentException("A Snowflake private key is required for key-pair authentication.");
        }
    }
}
