using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Panther.Rules.Destinations;

/// <summary>
/// Signs and verifies the bodies of <see cref="WebhookDestination"/>. The signature is HMAC-SHA256, keyed with the
/// shared secret, over the UTF-8 bytes of the timestamp header, a dot, and the raw body; it travels as
/// <c>sha256=</c> followed by lower-case hex. Receivers call <see cref="Verify"/> with the raw body they received.
/// </summary>
public static class WebhookSignature
{
    /// <summary>The header with the signing time, in Unix seconds.</summary>
    public const string TimestampHeader = "X-Panther-Timestamp";

    /// <summary>The header with the signature, <c>sha256=&lt;hex&gt;</c>.</summary>
    public const string SignatureHeader = "X-Panther-Signature";

    /// <summary>The header with the alert id, for receivers that de-duplicate deliveries.</summary>
    public const string AlertIdHeader = "X-Panther-Alert-Id";

    private const string Prefix = "sha256=";

    /// <summary>Computes the signature header value for a body.</summary>
    /// <param name="secret">The shared secret.</param>
    /// <param name="timestamp">The timestamp header value.</param>
    /// <param name="body">The raw body.</param>
    /// <returns><c>sha256=</c> and the lower-case hex HMAC.</returns>
    public static string Compute(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(timestamp);
        return Prefix + Convert.ToHexStringLower(Hash(secret, timestamp, body));
    }

    /// <summary>
    /// Checks a received signature in constant time, and that the timestamp lies within a tolerance of now, which
    /// limits replays of a captured request.
    /// </summary>
    /// <param name="secret">The shared secret.</param>
    /// <param name="timestamp">The received timestamp header.</param>
    /// <param name="body">The raw received body, byte for byte.</param>
    /// <param name="signature">The received signature header.</param>
    /// <param name="now">The receiver's current time.</param>
    /// <param name="tolerance">How far the timestamp may lie from <paramref name="now"/>; often 5 minutes.</param>
    /// <returns><see langword="true"/> when the signature matches and the timestamp is recent.</returns>
    public static bool Verify(
        string secret, string? timestamp, ReadOnlySpan<byte> body, string? signature, DateTimeOffset now,
        TimeSpan tolerance)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (timestamp is null || signature is null || !signature.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return false;
        }

        var sent = DateTimeOffset.FromUnixTimeSeconds(seconds);
        if ((now - sent).Duration() > tolerance)
        {
            return false;
        }

        var hex = signature.AsSpan(Prefix.Length);
        Span<byte> received = stackalloc byte[HMACSHA256.HashSizeInBytes];
        if (hex.Length != received.Length * 2
            || Convert.FromHexString(hex, received, out _, out var written) != System.Buffers.OperationStatus.Done
            || written != received.Length)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Hash(secret, timestamp, body), received);
    }

    private static byte[] Hash(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        var key = Encoding.UTF8.GetBytes(secret);
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        hmac.AppendData(Encoding.UTF8.GetBytes(timestamp + "."));
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }
}
